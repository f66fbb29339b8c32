import {
  BackupMeetingRequestSchema,
  Channels,
  ListBackupsRequestSchema,
  ReadBackupRequestSchema,
} from '../../shared/ipc/contract';
import type { BackupStore } from '../services/backups/backup-store';
import type { MeetingBackups } from '../services/backups/meeting-backups';
import { handleValidated } from './ipc';

/** Registers the backup channels: hand over a meeting file, list backups, read one; each with the sender check and zod. */
export function registerBackupHandlers(store: BackupStore, backups: MeetingBackups): void {
  handleValidated(Channels.backupMeeting, BackupMeetingRequestSchema, ({ meetingId, meetingFile }) => {
    backups.handOver(meetingId, meetingFile);
  });
  handleValidated(Channels.listBackups, ListBackupsRequestSchema, ({ meetingId }) => store.list(meetingId));
  handleValidated(Channels.readBackup, ReadBackupRequestSchema, ({ meetingId, backupId }) => store.read(meetingId, backupId));
}
