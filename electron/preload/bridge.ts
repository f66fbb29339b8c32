import type { IpcRenderer, IpcRendererEvent } from 'electron';
// Only the channel names and the schemas of main's two messages: the preload is bundled whole, and the contract's zod is large.
import { Channels } from '../../shared/ipc/channels';
import type { MinuteBookBridge } from '../../shared/ipc/contract';
import { DiskSpaceSchema, type DiskSpace } from '../../shared/ipc/disk-space';
import { FlushBeforeQuitSchema } from '../../shared/ipc/quit-handshake';

/** The parts of ipcRenderer the bridge uses (a fake will do in tests). */
export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener' | 'send'>;

/**
 * Builds the one object the page sees as window.minuteBook. Only these
 * functions cross; ipcRenderer and its event objects never do, so a page that
 * went wrong could not talk to any other channel.
 */
export function createMinuteBookBridge(ipc: BridgeIpc): MinuteBookBridge {
  // Main sends its free-space reading when the page has loaded and when it crosses the low-disk line, which may be
  // before any screen listens (the app opens its database first): the latest is kept, and a new listener hears it.
  let latestDiskSpace: DiskSpace | null = null;
  const diskSpaceListeners = new Set<(space: DiskSpace) => void>();
  ipc.on(Channels.diskSpace, (_event: IpcRendererEvent, payload: unknown) => {
    const parsed = DiskSpaceSchema.safeParse(payload);
    if (!parsed.success) return;
    latestDiskSpace = parsed.data;
    for (const listener of diskSpaceListeners) listener(parsed.data);
  });
  return {
    saveFile: (request) => ipc.invoke(Channels.saveFile, request),
    backupMeeting: async (request) => {
      await ipc.invoke(Channels.backupMeeting, request);
    },
    listBackups: (request) => ipc.invoke(Channels.listBackups, request),
    readBackup: (request) => ipc.invoke(Channels.readBackup, request),
    emergencyBackup: (request) => ipc.invoke(Channels.emergencyBackup, request),
    chooseEmergencyFolder: (request) => ipc.invoke(Channels.chooseEmergencyFolder, request),
    guardDatabaseFiles: (request) => ipc.invoke(Channels.guardDatabaseFiles, request),
    onDiskSpace: (listener) => {
      diskSpaceListeners.add(listener);
      if (latestDiskSpace) listener(latestDiskSpace);
      return () => {
        diskSpaceListeners.delete(listener);
      };
    },
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
