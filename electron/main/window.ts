import path from 'node:path';
import { BrowserWindow, nativeTheme } from 'electron';
import { APP_START_URL } from './app-origin';

/**
 * Creates the main window, shows it once painted and loads app://minutes/index.html.
 * `shellDir` is the folder holding the bundled main.cjs and preload.cjs (dist/electron).
 *
 * The options are written out here, at the `new BrowserWindow(…)`, on purpose:
 * `npm run security` (Electronegativity) reads them from this call, so a weakened
 * setting fails the build instead of hiding behind a helper the tool cannot follow.
 */
export function createMainWindow(shellDir: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Minute Book',
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    // Shown on ready-to-show so the officer never sees a blank white frame.
    show: false,
    // The page's own background (app.css --desk) in the system's scheme, so a dark desktop never flashes white.
    // The theme itself is left to the system (nativeTheme.themeSource stays 'system'): the page follows
    // prefers-color-scheme, prefers-contrast and forced-colors from there.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#14171d' : '#f3f4f7',
    webPreferences: {
      // Reviewed for Electronegativity: the preload puts two typed functions on
      // window.minuteBook (electron/preload/bridge.ts) and never ipcRenderer itself.
      preload: path.join(shellDir, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK -- reviewed: exposes two typed functions, never ipcRenderer
      // The renderer is a web page: no Node, its own JavaScript world, OS sandbox.
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // No auxclick events: a middle-click on a link can never try to open a
      // window (the window-open handler refuses it anyway; this is the belt).
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker fetches Hunspell dictionaries from the internet on
      // Windows and Linux. It stays off: the minutes are checked by our own worker
      // over the en-GB dictionary bundled in the renderer (renderer/src/spelling).
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL).catch((error: unknown) => {
    console.error('Minute Book could not load its window:', error);
  });
  return window;
}
