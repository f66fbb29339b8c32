import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. Electron's default one carries View → Zoom In / Zoom Out / Actual Size,
 * whose accelerators (Ctrl+= / Ctrl+- / Ctrl+0) the shell takes before the page sees them: the
 * window would zoom the whole page, and the renderer's own text size (renderer/src/ui/text-zoom.ts,
 * remembered between sessions, announced to screen readers) would never hear the keys. So the
 * menu is the default's, less the zoom items and Reload (which would throw away the last half
 * second of typing); Edit keeps cut, copy, paste and undo working on macOS.
 */
export function applicationMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: [{ role: 'togglefullscreen' }] },
    { role: 'windowMenu' },
  ];
}

/** Replaces Electron's default menu with Minute Book's (see applicationMenuTemplate). */
export function installApplicationMenu(platform: NodeJS.Platform = process.platform): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(platform)));
}
