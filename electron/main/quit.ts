import type { App, BrowserWindow, IpcMain, IpcMainEvent } from 'electron';
import { Channels } from '../../shared/ipc/channels';
import { FlushedBeforeQuitSchema, QUIT_FLUSH_TIMEOUT_MS } from '../../shared/ipc/quit-handshake';
import { checkIpcMessage } from './ipc-guard';

/** What the quit handshake needs; fakes will do in tests. */
export interface QuitHandshakeDependencies {
  app: Pick<App, 'on' | 'quit'>;
  ipcMain: Pick<IpcMain, 'on'>;
  /** The main window, or null once it is gone. */
  getWindow(): Pick<BrowserWindow, 'isDestroyed' | 'webContents'> | null;
  timeoutMs?: number;
  /**
   * Runs once the wait is over and before the app quits: writes the backups on
   * quit. Told whether the window answered ('answered') or not ('timed-out');
   * given at most beforeQuittingTimeoutMs, so a hung disk cannot stop a quit.
   */
  beforeQuitting?: (outcome: QuitOutcome) => Promise<void>;
  beforeQuittingTimeoutMs?: number;
}

/** How the wait for the window's last save ended. */
export type QuitOutcome = 'answered' | 'timed-out' | 'no-window';

/** The backups on quit are emergency ones when the window did not answer: its last moments may not be in IndexedDB. */
export function quitBackupKind(outcome: QuitOutcome): 'quit' | 'emergency' {
  return outcome === 'timed-out' ? 'emergency' : 'quit';
}

/** How long the work before quitting (the backups on quit) may take before the app quits regardless. */
export const BEFORE_QUITTING_TIMEOUT_MS = 10_000;

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
  // 'quitting' once the renderer has answered (or timed out) and the backups are
  // written: then quitting proceeds untouched, or our own app.quit() would start
  // the handshake again. 'finishing' while the backups on quit are written.
  let phase: 'open' | 'finishing' | 'quitting' = 'open';
  let pending: { requestId: number; timer: ReturnType<typeof setTimeout> } | null = null;
  let nextRequestId = 0;

  const quitForReal = (why: string, outcome: QuitOutcome): void => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
    console.info(`Quitting: ${why}`);
    const finish = deps.beforeQuitting;
    if (!finish) {
      phase = 'quitting';
      deps.app.quit();
      return;
    }
    phase = 'finishing';
    void withTimeLimit(finish(outcome), deps.beforeQuittingTimeoutMs ?? BEFORE_QUITTING_TIMEOUT_MS)
      .catch((error: unknown) => console.error('Before quitting:', error))
      .finally(() => {
        phase = 'quitting';
        deps.app.quit();
      });
  };

  const holdForFlush = (event: Preventable): void => {
    if (phase === 'quitting') return;
    // A second Quit while the backups are written waits for them.
    if (phase === 'finishing') {
      event.preventDefault();
      return;
    }
    const window = deps.getWindow();
    // No page left to hold unsaved minutes: nothing to wait for but the backups of what main holds.
    if (!window || window.isDestroyed() || window.webContents.isDestroyed()) {
      if (!deps.beforeQuitting) return;
      event.preventDefault();
      quitForReal('no window to ask', 'no-window');
      return;
    }
    event.preventDefault();
    // A second Quit while we wait joins the first request rather than restarting the clock.
    if (pending) return;
    const requestId = nextRequestId++;
    const timer = setTimeout(() => quitForReal(`no answer to flush request ${requestId} within ${timeoutMs} ms`, 'timed-out'), timeoutMs);
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
    quitForReal(parsed.payload.saved ? 'the renderer saved everything' : 'the renderer could not save everything', 'answered');
  });

  return { onWindowClose: holdForFlush };
}

/** The promise, or a rejection once `ms` have passed without it settling. */
function withTimeLimit(work: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up waiting after ${ms} ms`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
