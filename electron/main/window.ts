import path from 'node:path';
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_START_URL } from './app-origin';

/**
 * The main window's options. `shellDir` is the folder holding the bundled
 * main.cjs and preload.cjs (dist/electron).
 */
export function mainWindowOptions(shellDir: string): BrowserWindowConstructorOptions {
  return {
    title: 'Minute Book',
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    // Shown on ready-to-show so the officer never sees a blank white frame.
    show: false,
    webPreferences: {
      preload: path.join(shellDir, 'preload.cjs'),
      // The renderer is a web page: no Node, its own JavaScript world, OS sandbox.
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Chromium's spellchecker fetches Hunspell dictionaries from the internet on
      // Windows and Linux. It stays off: the minutes are checked by our own worker
      // over the en-GB dictionary bundled in the renderer (renderer/src/spelling).
      spellcheck: false,
    },
  };
}

/** Creates the main window, shows it once painted and loads app://minutes/index.html. */
export function createMainWindow(shellDir: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(shellDir));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL).catch((error: unknown) => {
    console.error('Minute Book could not load its window:', error);
  });
  return window;
}
