import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const theme = vi.hoisted(() => ({ shouldUseDarkColors: false, themeSource: 'system' }));
const electron = vi.hoisted(() => {
  const created: Array<{ options: BrowserWindowConstructorOptions; loadURL: ReturnType<typeof vi.fn> }> = [];
  class BrowserWindow {
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    show = vi.fn();
    constructor(readonly options: BrowserWindowConstructorOptions) {
      created.push(this);
    }
  }
  return { BrowserWindow, created };
});
vi.mock('electron', () => ({ ...electron, nativeTheme: theme }));

const { createMainWindow } = await import('../../../electron/main/window');

describe('createMainWindow', () => {
  const shellDir = path.join(path.sep, 'opt', 'minute-book', 'dist', 'electron');
  // Options are read once; the window's calls are checked on a fresh one (mocks are cleared between tests).
  createMainWindow(shellDir);
  const options = electron.created[0]?.options ?? {};
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer with no Node', () => {
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('turns off auxclick, so a middle-click never tries to open a window', () => {
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('turns off Chromium’s spellchecker so no dictionary is downloaded (the app checks spelling itself, offline)', () => {
    expect(prefs.spellcheck).toBe(false);
  });

  it('loads the bundled preload beside main.cjs', () => {
    expect(prefs.preload).toBe(path.join(shellDir, 'preload.cjs'));
  });

  it('is titled Minute Book, sized for minutes and hidden until painted', () => {
    expect(options).toMatchObject({ title: 'Minute Book', width: 1280, height: 860, minWidth: 900, minHeight: 600, show: false });
  });

  it('loads our own origin, never a file:// path', () => {
    const window = createMainWindow(shellDir) as unknown as (typeof electron.created)[number];
    expect(window.loadURL).toHaveBeenCalledWith('app://minutes/index.html');
  });

  it('starts in the system’s colours, light or dark, and leaves the theme to the system', () => {
    expect(options.backgroundColor).toBe('#f3f4f7');
    theme.shouldUseDarkColors = true;
    try {
      createMainWindow(shellDir);
      expect(electron.created.at(-1)?.options.backgroundColor).toBe('#14171d');
    } finally {
      theme.shouldUseDarkColors = false;
    }
    expect(theme.themeSource).toBe('system');
  });
});
