import type { App, BrowserWindow, IpcMain, IpcMainEvent } from 'electron';
import { Channels, FlushedBeforeQuitSchema, QUIT_FLUSH_TIMEOUT_MS } from '../../shared/ipc/contract';
import { checkIpcMessage } from './ipc-guard';

/** What the quit handshake needs; fakes will do in tests. */
export interface QuitHandshakeDependencies {
  app: Pick<App, 'on' | 'quit'>;
  ipcMain: Pick<IpcMain, 'on'>;
  /** The main window, or null once it is gone. */
  getWindow(): Pick<BrowserWindow, 'isDestroyed' | 'webContents'> | null;
  timeoutMs?: number;
}

/** A preventable event, as Electron's before-quit and close pass. */
interface Preventable {
  preventDefault(): void;
}

/** Lets the window's own close be held until the renderer has flushed too. */
export interface QuitHandshake {
  /** Call from the main window's 'close' event: closing the only window quits the app. */
  onWindowClose(event: Preventable): void;
}

/**
 * Holds the quit until the renderer says the minutes on screen are saved: main
 * sends flushBeforeQuit {requestId}, the renderer answers flushedBeforeQuit with
 * the same id, or QUIT_FLUSH_TIMEOUT_MS passes; then the app quits for real.
 * A hung or crashed renderer must not stop the officer from quitting.
 */
export function installQuitHandshake(deps: QuitHandshakeDependencies): QuitHandshake {
  const timeoutMs = deps.timeoutMs ?? QUIT_FLUSH_TIMEOUT_MS;
  // Once the renderer has answered (or timed out), quitting proceeds untouched:
  // without this flag our own app.quit() would start the handshake again.
  let flushed = false;
  let pending: { requestId: number; timer: ReturnType<typeof setTimeout> } | null = null;
  let nextRequestId = 0;

  const quitForReal = (why: string): void => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
    flushed = true;
    console.info(`Quitting: ${why}`);
    deps.app.quit();
  };

  const holdForFlush = (event: Preventable): void => {
    if (flushed) return;
    const window = deps.getWindow();
    // No page left to hold unsaved minutes: nothing to wait for.
    if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
    event.preventDefault();
    // A second Quit while we wait joins the first request rather than restarting the clock.
    if (pending) return;
    const requestId = nextRequestId++;
    const timer = setTimeout(() => quitForReal(`no answer to flush request ${requestId} within ${timeoutMs} ms`), timeoutMs);
    pending = { requestId, timer };
    window.webContents.send(Channels.flushBeforeQuit, { requestId });
  };

  deps.app.on('before-quit', holdForFlush);

  deps.ipcMain.on(Channels.flushedBeforeQuit, (event: IpcMainEvent, payload: unknown) => {
    // Sender, size and shape, each refusal logged: a forged answer must not end the wait.
    const parsed = checkIpcMessage(Channels.flushedBeforeQuit, event, payload, FlushedBeforeQuitSchema);
    if (!parsed.ok) return;
    // An answer to an earlier, abandoned request says nothing about the current one.
    if (!pending || parsed.payload.requestId !== pending.requestId) {
      console.warn(`IPC ${Channels.flushedBeforeQuit}: ignoring stale answer ${parsed.payload.requestId}`);
      return;
    }
    quitForReal(parsed.payload.saved ? 'the renderer saved everything' : 'the renderer could not save everything');
  });

  return { onWindowClose: holdForFlush };
}
