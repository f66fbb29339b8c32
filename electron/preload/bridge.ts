import type { IpcRenderer, IpcRendererEvent } from 'electron';
// Only the channel names and the quit request's schema: the preload is bundled whole, and the contract's zod is large.
import { Channels } from '../../shared/ipc/channels';
import type { MinuteBookBridge } from '../../shared/ipc/contract';
import { FlushBeforeQuitSchema } from '../../shared/ipc/quit-handshake';

/** The parts of ipcRenderer the bridge uses (a fake will do in tests). */
export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener' | 'send'>;

/**
 * Builds the one object the page sees as window.minuteBook. Only these
 * functions cross; ipcRenderer and its event objects never do, so a page that
 * went wrong could not talk to any other channel.
 */
export function createMinuteBookBridge(ipc: BridgeIpc): MinuteBookBridge {
  return {
    saveFile: (request) => ipc.invoke(Channels.saveFile, request),
    backupMeeting: async (request) => {
      await ipc.invoke(Channels.backupMeeting, request);
    },
    listBackups: (request) => ipc.invoke(Channels.listBackups, request),
    readBackup: (request) => ipc.invoke(Channels.readBackup, request),
    onFlushBeforeQuit: (flush) => {
      const listener = (_event: IpcRendererEvent, payload: unknown): void => {
        const parsed = FlushBeforeQuitSchema.safeParse(payload);
        if (!parsed.success) return;
        const { requestId } = parsed.data;
        // Any failure to save still answers, as saved: false, so main quits
        // promptly instead of waiting out its timeout.
        void Promise.resolve()
          .then(() => flush())
          .then(
            (saved) => saved === true,
            () => false,
          )
          .then((saved) => ipc.send(Channels.flushedBeforeQuit, { requestId, saved }));
      };
      ipc.on(Channels.flushBeforeQuit, listener);
      return () => {
        ipc.removeListener(Channels.flushBeforeQuit, listener);
      };
    },
  };
}
