import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);

const { applicationMenuTemplate, installApplicationMenu } = await import('../../../electron/main/menu');

/** Every role in a template, submenus included. */
function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

describe('the application menu', () => {
  it('has no zoom items, so Ctrl+= / Ctrl+- / Ctrl+0 reach the window for its own text size, and no Reload', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const all = roles(applicationMenuTemplate(platform)).map((role) => role.toLowerCase());
      expect(all).not.toContain('zoomin');
      expect(all).not.toContain('zoomout');
      expect(all).not.toContain('resetzoom');
      expect(all).not.toContain('reload');
      expect(all).not.toContain('forcereload');
      expect(all).toContain('editmenu'); // cut, copy, paste, undo
    }
    expect(roles(applicationMenuTemplate('darwin'))).toContain('appMenu');
    expect(roles(applicationMenuTemplate('linux'))).not.toContain('appMenu');
  });

  it('replaces Electron’s default menu', () => {
    installApplicationMenu('linux');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith({ template: applicationMenuTemplate('linux') });
  });
});
