import { BackupSummarySchema, EmergencyBackupResultSchema, GuardDatabaseFilesResultSchema, type MinuteBookBridge } from '@shared/ipc/contract';
import { z } from 'zod';
import type { Host } from './host';

const BackupListSchema = z.array(BackupSummarySchema);

/** The host inside Electron: a thin wrapper over the preload's `window.minuteBook`. */
export function createElectronHost(bridge: MinuteBookBridge): Host {
  return {
    kind: 'electron',
    saveFile: (kind, suggestedName, bytes) => bridge.saveFile({ kind, suggestedName, bytes }),
    onFlushBeforeQuit: (flush) => bridge.onFlushBeforeQuit(flush),
    // Main's quit handshake waits for the last save (and writes a backup when it does not come).
    warnBeforeLeaving: () => () => undefined,
    onDiskSpace: (listener) => bridge.onDiskSpace(listener),
    databaseFiles: {
      async beforeOpen(reason) {
        const answer = GuardDatabaseFilesResultSchema.parse(await bridge.guardDatabaseFiles({ step: 'before-open', reason }));
        // Told as a full disk, which it is: the saver says so, and tries again.
        if (answer.status === 'no-room') throw Object.assign(new Error(answer.message), { name: 'QuotaExceededError' });
      },
      async afterOpen(intact) {
        const answer = GuardDatabaseFilesResultSchema.parse(await bridge.guardDatabaseFiles({ step: 'after-open', intact }));
        return answer.status === 'done' ? answer.keptAt : null;
      },
    },
    backups: {
      cadence: 'throttled',
      place: 'on this computer’s disk, in Minute Book’s backups folder',
      handOver: (meetingId, meetingFile) => bridge.backupMeeting({ meetingId, meetingFile }),
      // What comes back from the shell is checked too: the screen trusts these fields.
      list: async (meetingId) => BackupListSchema.parse(await bridge.listBackups(meetingId === undefined ? {} : { meetingId })),
      read: async (meetingId, backupId) => z.string().parse(await bridge.readBackup({ meetingId, backupId })),
      emergency: async (meetingId, meetingFile) => EmergencyBackupResultSchema.parse(await bridge.emergencyBackup({ meetingId, meetingFile })),
      chooseEmergencyFolder: async (meetingId) => EmergencyBackupResultSchema.parse(await bridge.chooseEmergencyFolder({ meetingId })),
    },
  };
}
