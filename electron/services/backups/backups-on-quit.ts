import path from 'node:path';
import type { BackupKind, BackupSummary } from '../../../shared/ipc/contract';
import { BackupStore } from './backup-store';
import { MeetingBackups } from './meeting-backups';

/** The disk backups of a profile: <userData>/backups. */
export function createMeetingBackups(userDataFolder: string): { store: BackupStore; backups: MeetingBackups } {
  const store = new BackupStore({ folder: path.join(userDataFolder, 'backups') });
  return { store, backups: new MeetingBackups({ store }) };
}

/** A backup written as the app quits: 'quit', or 'emergency' when the window did not confirm its last save. */
export type QuitBackupKind = Exclude<BackupKind, 'periodic'>;

/**
 * What runs before the app goes (main's quit handshake decides which kind): the
 * backups on quit of every meeting whose latest copy is not on disk yet. When the
 * window did not confirm its last save they are 'emergency' backups and the log
 * says so, naming each file: IndexedDB may lack the last moments, and these are the
 * copies to look at.
 */
export function backupsOnQuit(backups: MeetingBackups, folder: string): (kind: QuitBackupKind) => Promise<void> {
  return async (kind) => {
    const written = await backups.writeUnwritten(kind);
    if (kind === 'emergency') {
      const where = written.length > 0 ? written.map((summary) => describe(folder, summary)).join('; ') : 'none needed, every copy main held was already on disk';
      console.error(`The window did not confirm its last save before quitting: emergency backups written: ${where}`);
    } else if (written.length > 0) {
      console.info(`Backups on quit written: ${written.map((summary) => describe(folder, summary)).join('; ')}`);
    }
  };
}

function describe(folder: string, summary: BackupSummary): string {
  return `${path.join(folder, summary.meetingId, `${summary.backupId}.json`)} (${summary.meetingTitle}, ${summary.bytes} bytes)`;
}
