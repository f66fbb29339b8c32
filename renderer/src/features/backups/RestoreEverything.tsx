import { formatShortDate } from '@shared/format/british-date';
import { useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import { describeError } from '../../ui/plain-errors';
import { formatBackupTime } from './backup-format';
import { restoreEverything, type MeetingToRestore, type RestoreEverythingResult } from './restore-everything';

type Progress = { kind: 'choosing' } | { kind: 'restoring'; done: number; total: number } | { kind: 'finished'; result: RestoreEverythingResult } | { kind: 'failed'; message: string };

/**
 * Restores every meeting missing from the database from its newest copy, as Restore does for one: a list with
 * every meeting ticked (untick any not wanted back), one button, a progress bar while it runs, and what came
 * back (and what could not) at the end.
 */
export function RestoreEverything({ meetings, onFinished }: { meetings: readonly MeetingToRestore[]; onFinished?: () => void }): ReactNode {
  const services = useAppServices();
  const copies = services.host.backups;
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(meetings.map((meeting) => meeting.meetingId)));
  const [progress, setProgress] = useState<Progress>({ kind: 'choosing' });
  if (!copies) return null;

  const start = async () => {
    const wanted = meetings.filter((meeting) => chosen.has(meeting.meetingId));
    setProgress({ kind: 'restoring', done: 0, total: wanted.length });
    try {
      const result = await restoreEverything(services, copies, wanted, (done, total) => setProgress({ kind: 'restoring', done, total }));
      setProgress({ kind: 'finished', result });
      onFinished?.();
    } catch (error) {
      setProgress({ kind: 'failed', message: describeError(error) });
    }
  };

  if (progress.kind === 'restoring') {
    return (
      <div className="restore-everything" aria-busy="true">
        <label>
          Restoring meetings: {progress.done} of {progress.total}
          <progress max={progress.total} value={progress.done} />
        </label>
      </div>
    );
  }
  if (progress.kind === 'finished') {
    const { restored, failed } = progress.result;
    return (
      <div className="restore-everything" role="status">
        <p>
          {restored.length === 1 ? '1 meeting was restored' : `${restored.length} meetings were restored`}
          {restored.length > 0 ? `: ${restored.join('; ')}. Choose one on the left.` : '.'}
        </p>
        {failed.length > 0 ? (
          <ul className="form-failure">
            {failed.map((meeting) => (
              <li key={meeting.title}>
                “{meeting.title}” could not be restored: {meeting.reason}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }

  const toggle = (meetingId: string) =>
    setChosen((now) => {
      const next = new Set(now);
      if (next.has(meetingId)) next.delete(meetingId);
      else next.add(meetingId);
      return next;
    });
  return (
    <div className="restore-everything">
      {progress.kind === 'failed' ? (
        <p role="alert" className="form-failure">
          Restoring stopped: {progress.message}
        </p>
      ) : null}
      <fieldset>
        <legend>Meetings to restore, each from its newest copy</legend>
        <ul className="restore-everything-list">
          {meetings.map((meeting) => (
            <li key={meeting.meetingId}>
              <label>
                <input type="checkbox" checked={chosen.has(meeting.meetingId)} onChange={() => toggle(meeting.meetingId)} /> {meeting.title}
                {meeting.date ? `, ${formatShortDate(meeting.date)}` : ''}
                <span className="muted"> (copy of {formatBackupTime(meeting.backups[0]!.savedAt)})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={chosen.size === 0} onClick={() => void start()}>
          {chosen.size === meetings.length ? 'Restore every meeting' : `Restore ${chosen.size === 1 ? 'this meeting' : `these ${chosen.size} meetings`}`}
        </button>
      </div>
    </div>
  );
}
