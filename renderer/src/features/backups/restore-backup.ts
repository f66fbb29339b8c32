import type { BackupSummary } from '@shared/ipc/contract';
import type { MeetingFile } from '@shared/meeting-file';
import type { AppServices } from '../../app-context';

/**
 * Restores a disk backup, destroying nothing, and resolves with the meeting to open.
 * A meeting still here gets the backup's minutes, agenda and attendance as a new
 * revision (restoreAsNewRevision keeps what is there now as a revision first, and
 * an editor showing the meeting switches to the restored text). A meeting no
 * longer here has nothing to keep: it comes back whole from the backup, with its
 * body, roster and phrases, as an imported meeting file would.
 */
export async function restoreBackup(
  services: Pick<AppServices, 'meetings' | 'revisions' | 'importer'>,
  file: MeetingFile,
  backup: Pick<BackupSummary, 'backupId' | 'savedAt'>,
): Promise<string> {
  const meetingId = file.meeting.id;
  if (!(await services.meetings.getMeeting(meetingId))) return services.importer.importFile(file, 'replace');
  const { agenda, attendance, movements, itemTimes } = file.meeting;
  await services.revisions.restoreAsNewRevision(
    meetingId,
    { editorState: JSON.stringify(file.minutes.editorState), meeting: { agenda, attendance, movements, itemTimes } },
    { kind: 'backup', savedAt: backup.savedAt, fileName: `${backup.backupId}.json` },
  );
  return meetingId;
}
