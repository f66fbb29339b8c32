import type { BackupSummary } from '@shared/ipc/contract';
import type { AppServices } from '../../app-context';
import type { ImportedFile } from '../../db/import-repository';

/**
 * Restores a disk backup (checked like any meeting file, off the main thread), destroying nothing, and resolves
 * with the meeting to open. A meeting still here gets the backup's minutes, agenda and attendance as a new
 * revision (restoreAsNewRevision keeps what is there now as a revision first, and an editor showing the
 * meeting switches to the restored text). A meeting no longer here has nothing to keep: it comes back whole
 * from the backup, with its body, roster and phrases, as an imported meeting file would; the roster here, which
 * the backup was made from, stays as it is.
 */
export async function restoreBackup(
  services: Pick<AppServices, 'meetings' | 'revisions' | 'importer'>,
  file: ImportedFile,
  backup: Pick<BackupSummary, 'backupId' | 'savedAt'>,
): Promise<string> {
  const meetingId = file.outline.meeting.id;
  if (!(await services.meetings.getMeeting(meetingId))) {
    return services.importer.restore(file);
  }
  const { agenda, attendance, movements, itemTimes } = file.outline.meeting;
  await services.revisions.restoreAsNewRevision(
    meetingId,
    { editorState: file.editorStateJson, meeting: { agenda, attendance, movements, itemTimes } },
    { kind: 'backup', savedAt: backup.savedAt, fileName: `${backup.backupId}.json` },
  );
  return meetingId;
}
