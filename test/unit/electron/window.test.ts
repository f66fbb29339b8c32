import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const theme = vi.hoisted(() => ({ shouldUseDarkColors: false, themeSource: 'system' }));
vi.mock('electron', () => ({ BrowserWindow: vi.fn(), nativeTheme: theme }));

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

  it('turns off the spellchecker so no dictionary is downloaded', () => {
    expect(prefs.spellcheck).toBe(false);
  });

  it('loads the bundled preload beside main.cjs', () => {
    expect(prefs.preload).toBe(path.join(shellDir, 'preload.cjs'));
  });

  it('is titled Minute Book, sized for minutes and hidden until painted', () => {
    expect(options).toMatchObject({ title: 'Minute Book', width: 1280, height: 860, minWidth: 900, minHeight: 600, show: false });
  });

  it('starts in the system’s colours, light or dark, and leaves the theme to the system', () => {
    expect(options.backgroundColor).toBe('#f3f4f7');
    theme.shouldUseDarkColors = true;
    try {
      expect(mainWindowOptions(shellDir).backgroundColor).toBe('#14171d');
    } finally {
      theme.shouldUseDarkColors = false;
    }
    expect(theme.themeSource).toBe('system');
  });
});
