import type { BackupSummary } from '@shared/ipc/contract';
import { formatShortDate } from '@shared/format/british-date';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeError } from '../../ui/plain-errors';
import { BACKUP_KIND_LABELS, EMERGENCY_EXPLAINED, formatBackupSize, formatBackupTime } from './backup-format';
import { RestoreEverything } from './RestoreEverything';
import { meetingsToRestore } from './restore-everything';
import { wordsIn, type PreviewLine } from '@shared/minutes/minutes-preview';
import type { ImportedFile } from '../../db/import-repository';
import { checkMeetingFileInWorker } from '../../meeting-files/check-in-worker';

interface RestoreScreenProps {
  /** One meeting's backups; every meeting's (including meetings no longer in the app) when left out. */
  meetingId?: string;
  onBack: () => void;
  backLabel: string;
  /**
   * Restores a backup's minutes as a new revision of its meeting (bringing the
   * meeting back when it is gone) and resolves with the meeting to open.
   */
  onRestore?: (file: ImportedFile, backup: BackupSummary) => Promise<string>;
  onRestored: (meetingId: string) => void;
}

type Listing = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'listed'; backups: BackupSummary[] };

type Preview =
  | { kind: 'none' }
  | { kind: 'loading'; backup: BackupSummary; progress: number }
  | { kind: 'failed'; backup: BackupSummary; message: string }
  | { kind: 'shown'; backup: BackupSummary; file: ImportedFile; title: string; lines: PreviewLine[] };

/**
 * The Restore screen: the disk backups the desktop app keeps (when, what kind,
 * how big), a preview of the minutes in one, and restoring it behind a
 * confirmation. In a plain browser there are none, and it says why.
 */
export function RestoreScreen({ meetingId, onBack, backLabel, onRestore, onRestored }: RestoreScreenProps): ReactNode {
  const { host, meetings } = useAppServices();
  const diskBackups = host.backups;
  const here = useLiveQuery(() => meetings.listMeetings(), [meetings]);
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [preview, setPreview] = useState<Preview>({ kind: 'none' });
  const [confirming, setConfirming] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  useEffect(() => {
    if (!diskBackups) return;
    let current = true;
    diskBackups
      .list(meetingId)
      .then((backups) => current && setListing({ kind: 'listed', backups }))
      .catch((error: unknown) => current && setListing({ kind: 'failed', message: describeError(error) }));
    return () => {
      current = false;
    };
  }, [diskBackups, meetingId]);

  const title = meetingId === undefined ? 'Backups on disk' : `Backups of ${here?.find((m) => m.id === meetingId)?.title ?? 'this meeting'}`;
  const back = (
    <button type="button" onClick={onBack}>
      {backLabel}
    </button>
  );

  if (!diskBackups) {
    return (
      <section className="panel restore-screen" aria-label={title}>
        <h1>{title}</h1>
        <p>
          Disk backups are kept by the Minute Book desktop app, which writes a copy of each meeting you change to its own folder every few
          minutes and when you quit. This window is running in a web browser that can keep no copies outside its database, so there are no
          backups to restore here.
        </p>
        <p>Your minutes are still saved in this browser as you type. To keep a copy on disk, use Save meeting file… in the meeting.</p>
        <div className="dialog-actions">{back}</div>
      </section>
    );
  }

  const show = async (backup: BackupSummary) => {
    setPreview({ kind: 'loading', backup, progress: 0 });
    try {
      // Checked like any meeting file, off the main thread: a backup is a file on disk, and disks change.
      const answer = await checkMeetingFileInWorker(await diskBackups.read(backup.meetingId, backup.backupId), {
        preview: true,
        onProgress: (progress) => setPreview((shown) => (shown.kind === 'loading' && shown.backup === backup ? { ...shown, progress } : shown)),
      });
      if (!answer.ok) throw new Error(answer.message);
      const { outline, editorStateJson, preview: lines } = answer.checked;
      setPreview({ kind: 'shown', backup, file: { outline, editorStateJson }, title: outline.meeting.title, lines: lines ?? [] });
    } catch (error) {
      setPreview({ kind: 'failed', backup, message: describeError(error) });
    }
  };

  const restore = async (file: ImportedFile, backup: BackupSummary) => {
    setConfirming(false);
    setRestoreError(null);
    if (!onRestore) return;
    try {
      onRestored(await onRestore(file, backup));
    } catch (error) {
      setRestoreError(describeError(error));
    }
  };

  const isHere = (id: string) => here?.some((meeting) => meeting.id === id) ?? true;
  const missing = listing.kind === 'listed' && here ? meetingsToRestore(listing.backups, new Set(here.map((meeting) => meeting.id))) : [];
  const chosen = preview.kind === 'none' ? null : preview.backup;

  return (
    <section className="panel restore-screen" aria-label={title}>
      <h1>{title}</h1>
      <p>
        {diskBackups.cadence === 'every-save'
          ? `This browser keeps a copy of each meeting you change ${diskBackups.place}: the latest, replaced after every save, so a meeting can come back even if the browser loses its database.`
          : 'The desktop app keeps a copy of each meeting you change on this computer’s disk: every few minutes while you type, at once when a save fails, and when you quit (the newest 20 of each meeting).'}{' '}
        Restoring one keeps the minutes as they are now as a revision first, so nothing is lost.
      </p>
      <div className="dialog-actions restore-back">{back}</div>
      {meetingId === undefined && missing.length > 0 ? (
        <section className="restore-everything-section" aria-labelledby="restore-everything-heading">
          <h2 id="restore-everything-heading">Meetings not in Minute Book</h2>
          <RestoreEverything meetings={missing} />
        </section>
      ) : null}

      {listing.kind === 'loading' ? <p className="muted">Looking for backups…</p> : null}
      {listing.kind === 'failed' ? (
        <p role="alert" className="form-failure">
          The backups could not be listed: {listing.message}
        </p>
      ) : null}
      {listing.kind === 'listed' && listing.backups.length === 0 ? (
        <p>No backups yet. The first is written a moment after the minutes of a meeting change.</p>
      ) : null}
      {listing.kind === 'listed' && listing.backups.length > 0 ? (
        <table className="backups-table">
          <caption>Backups, newest first</caption>
          <thead>
            <tr>
              {meetingId === undefined ? <th scope="col">Meeting</th> : null}
              <th scope="col">Saved</th>
              <th scope="col">Kind</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Preview</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listing.backups.map((backup) => (
              <tr key={`${backup.meetingId}/${backup.backupId}`} aria-selected={chosen?.backupId === backup.backupId && chosen.meetingId === backup.meetingId}>
                {meetingId === undefined ? (
                  <td>
                    {backup.meetingTitle}
                    {backup.meetingDate ? <span className="muted">, {formatShortDate(backup.meetingDate)}</span> : null}
                    {isHere(backup.meetingId) ? null : <span className="backup-missing"> (no longer in Minute Book)</span>}
                  </td>
                ) : null}
                <td>{formatBackupTime(backup.savedAt)}</td>
                <td>
                  {BACKUP_KIND_LABELS[backup.kind]}
                  {backup.kind === 'emergency' ? <span className="muted backup-kind-note"> {EMERGENCY_EXPLAINED}</span> : null}
                </td>
                <td>{formatBackupSize(backup.bytes)}</td>
                <td>
                  <button type="button" onClick={() => void show(backup)} aria-label={`Preview the backup of ${formatBackupTime(backup.savedAt)}`}>
                    Preview
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {preview.kind === 'loading' ? (
        <p className="muted">
          Opening and checking the backup… <progress max={1} value={preview.progress} aria-label="Checking the backup" />
        </p>
      ) : null}
      {preview.kind === 'failed' ? (
        <p role="alert" className="form-failure">
          This backup cannot be read: {preview.message} Nothing was changed.
        </p>
      ) : null}
      {preview.kind === 'shown' ? (
        <section className="backup-preview" aria-labelledby="backup-preview-heading">
          <h2 id="backup-preview-heading">
            {preview.title}: minutes as saved {formatBackupTime(preview.backup.savedAt)}
          </h2>
          <p className="muted">
            Kind: {BACKUP_KIND_LABELS[preview.backup.kind]}. Size: {formatBackupSize(preview.backup.bytes)}. {wordsIn(preview.lines).toLocaleString('en-GB')} words.
          </p>
          <div className="backup-preview-text" role="region" aria-label="Minutes in this backup" tabIndex={0}>
            {preview.lines.length === 0 ? <p className="muted">The minutes in this backup are empty.</p> : null}
            {preview.lines.map((line, index) =>
              line.kind === 'heading' ? (
                <h3 key={index}>{line.text}</h3>
              ) : (
                <p key={index} style={line.level > 0 ? { marginLeft: `${line.level * 1.5}rem` } : undefined}>
                  {line.text}
                </p>
              ),
            )}
          </div>
          {restoreError ? (
            <p role="alert" className="form-failure">
              Nothing was restored: {restoreError}
            </p>
          ) : null}
          {onRestore ? (
            <div className="dialog-actions">
              <button type="button" className="primary" onClick={() => setConfirming(true)}>
                Restore this backup…
              </button>
            </div>
          ) : null}
          {confirming ? (
            <ConfirmDialog
              title="Restore this backup?"
              confirmLabel="Restore"
              onCancel={() => setConfirming(false)}
              onConfirm={() => void restore(preview.file, preview.backup)}
            >
              {isHere(preview.backup.meetingId) ? (
                <p>
                  The minutes, agenda and attendance of “{preview.title}” become those saved {formatBackupTime(preview.backup.savedAt)}.
                  What is there now is kept as a revision first, so you can go back to it.
                </p>
              ) : (
                <p>
                  “{preview.title}” is no longer in Minute Book. Restoring brings the meeting back with its agenda, attendance and the
                  minutes saved {formatBackupTime(preview.backup.savedAt)}.
                </p>
              )}
            </ConfirmDialog>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
