import path from 'node:path';
import { app, ipcMain, session, type BrowserWindow } from 'electron';
import { backupsOnQuit, createMeetingBackups } from '../services/backups/backups-on-quit';
import { registerBackupHandlers } from './backups-ipc';
import { registerIpcHandlers } from './ipc';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './protocol';
import { installApplicationMenu } from './menu';
import { installQuitHandshake, quitBackupKind } from './quit';
import { guardSession, guardWebContents } from './security';
import { createMainWindow } from './window';

/**
 * Starts Minute Book. `shellDir` is the folder of the bundled main.cjs
 * (dist/electron); the built renderer sits beside it in dist/renderer.
 */
export function startMinuteBook(shellDir: string): void {
  // Tests (and officers who keep a second, separate profile) point the app at
  // another data folder. Must happen before the single-instance lock, which is per folder.
  const userData = process.env.MINUTE_BOOK_USER_DATA;
  if (userData) app.setPath('userData', path.resolve(userData));

  // One process per profile: two would open the same IndexedDB and overwrite
  // each other's minutes. A second launch hands over to the first and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Electron accepts scheme privileges only before ready; app://minutes/ must
  // be standard and secure from the very first page, or IndexedDB is refused.
  registerAppSchemeAsPrivileged();

  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every web contents, including any the page manages to create, is guarded
  // from birth, before it can navigate anywhere.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  // Copies beyond IndexedDB: the latest meeting files the window hands over, written to <userData>/backups.
  const { store, backups } = createMeetingBackups(app.getPath('userData'));
  const writeBackupsOnQuit = backupsOnQuit(backups, store.folder);
  const quitHandshake = installQuitHandshake({
    app,
    ipcMain,
    getWindow: () => mainWindow,
    beforeQuitting: (outcome) => writeBackupsOnQuit(quitBackupKind(outcome)),
  });

  // One window is the whole app: closing it quits, on macOS too.
  app.on('window-all-closed', () => app.quit());

  void app
    .whenReady()
    .then(() => {
      guardSession(session.defaultSession);
      registerAppProtocol(path.join(shellDir, '../renderer'));
      registerIpcHandlers();
      registerBackupHandlers(store, backups);
      installApplicationMenu();
      mainWindow = createMainWindow(shellDir);
      mainWindow.on('close', (event) => quitHandshake.onWindowClose(event));
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    })
    .catch((error: unknown) => {
      console.error('Minute Book could not start:', error);
      app.exit(1);
    });
}
