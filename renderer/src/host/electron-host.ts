import { BackupSummarySchema, type MinuteBookBridge } from '@shared/ipc/contract';
import { z } from 'zod';
import type { Host } from './host';

const BackupListSchema = z.array(BackupSummarySchema);

/** The host inside Electron: a thin wrapper over the preload's `window.minuteBook`. */
export function createElectronHost(bridge: MinuteBookBridge): Host {
  return {
    kind: 'electron',
    saveFile: (kind, suggestedName, bytes) => bridge.saveFile({ kind, suggestedName, bytes }),
    onFlushBeforeQuit: (flush) => bridge.onFlushBeforeQuit(flush),
    backups: {
      handOver: (meetingId, meetingFile) => bridge.backupMeeting({ meetingId, meetingFile }),
      // What comes back from the shell is checked too: the screen trusts these fields.
      list: async (meetingId) => BackupListSchema.parse(await bridge.listBackups(meetingId === undefined ? {} : { meetingId })),
      read: async (meetingId, backupId) => z.string().parse(await bridge.readBackup({ meetingId, backupId })),
    },
  };
}
