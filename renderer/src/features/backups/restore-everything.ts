import type { BackupSummary } from '@shared/ipc/contract';
import { parseMeetingFile } from '@shared/meeting-file';
import type { AppServices } from '../../app-context';
import { importedFileOf } from '../../db/import-repository';
import type { DiskBackups } from '../../host';
import { describeError } from '../../ui/plain-errors';
import { restoreBackup } from './restore-backup';

/** A meeting that has copies outside the database but is not in it: what "restore every meeting" brings back. */
export interface MeetingToRestore {
  meetingId: string;
  title: string;
  /** ISO date, or '' when the copies do not say. */
  date: string;
  /** Its copies, newest first: the newest that reads whole is restored. */
  backups: BackupSummary[];
}

/** The meetings with copies that the database does not hold, the most recently copied first. */
export function meetingsToRestore(backups: readonly BackupSummary[], inDatabase: ReadonlySet<string>): MeetingToRestore[] {
  const byMeeting = new Map<string, MeetingToRestore>();
  for (const backup of [...backups].sort((a, b) => b.savedAt - a.savedAt)) {
    if (inDatabase.has(backup.meetingId)) continue;
    const found = byMeeting.get(backup.meetingId);
    if (found) found.backups.push(backup);
    else byMeeting.set(backup.meetingId, { meetingId: backup.meetingId, title: backup.meetingTitle, date: backup.meetingDate, backups: [backup] });
  }
  return [...byMeeting.values()];
}

export interface RestoreEverythingResult {
  /** Titles of the meetings brought back. */
  restored: string[];
  /** Meetings none of whose copies could be read, each with the reason for the newest. */
  failed: { title: string; reason: string }[];
}

/**
 * Brings back each meeting from its newest copy that reads whole (committee, roster, phrases, agenda,
 * attendance and minutes, as Restore does for one meeting), trying older copies when the newest is damaged.
 * One meeting failing never stops the rest. `onProgress` is told after each meeting (done, of total).
 */
export async function restoreEverything(
  services: Pick<AppServices, 'meetings' | 'revisions' | 'importer'>,
  copies: Pick<DiskBackups, 'read'>,
  meetings: readonly MeetingToRestore[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<RestoreEverythingResult> {
  const result: RestoreEverythingResult = { restored: [], failed: [] };
  for (const [index, meeting] of meetings.entries()) {
    let reason: string | null = null;
    let restored = false;
    for (const backup of meeting.backups) {
      try {
        const parsed = parseMeetingFile(await copies.read(backup.meetingId, backup.backupId));
        if (!parsed.ok) throw new Error(parsed.message);
        await restoreBackup(services, importedFileOf(parsed.file), backup);
        restored = true;
        break;
      } catch (error) {
        reason ??= describeError(error);
      }
    }
    if (restored) result.restored.push(meeting.title);
    else result.failed.push({ title: meeting.title, reason: reason ?? 'It has no copies.' });
    onProgress(index + 1, meetings.length);
  }
  return result;
}
