import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: vi.fn() }));

const { mainWindowOptions } = await import('../../../electron/main/window');

describe('mainWindowOptions', () => {
  const shellDir = path.join(path.sep, 'opt', 'minute-book', 'dist', 'electron');
  const options = mainWindowOptions(shellDir);
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer with no Node', () => {
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
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
});
