import { ACTION_STATUSES, ACTION_STATUS_WORDS, type ActionStatus } from '@shared/domain/actions';
import type { ActionLogEntry } from '@shared/domain/action-log';
import { formatShortDate } from '@shared/format/british-date';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import { describeError } from '../../ui/plain-errors';

/**
 * The committee's action log: every action marked in its meetings' minutes, oldest meeting first, with its minute
 * reference, owner, date and status; the status is changed here at the next meeting (done, or dropped). Done and
 * dropped actions are hidden until asked for, so the list is what is still to chase.
 */
export function ActionLogSection({ bodyId }: { bodyId: string }): ReactNode {
  const { actions } = useAppServices();
  const read = useLiveQuery(() => actions.log(bodyId), [actions, bodyId]);
  const [showClosed, setShowClosed] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const headingId = useId();
  const setStatus = (entry: ActionLogEntry, status: ActionStatus) => {
    setFailure(null);
    actions.setStatus(entry.meetingId, entry.actionId, status).catch((error: unknown) => setFailure(`The status was not changed: ${describeError(error)}`));
  };
  const entries = read?.entries ?? [];
  const shown = showClosed ? entries : entries.filter((entry) => entry.status === 'open');
  const open = entries.filter((entry) => entry.status === 'open').length;
  return (
    <section className="action-log" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>Action log</h2>
        <label className="checkbox">
          <input type="checkbox" checked={showClosed} onChange={(event) => setShowClosed(event.target.checked)} />
          Show done and dropped actions
        </label>
      </div>
      <p className="muted">
        Actions marked in the minutes (Ctrl+Alt+M), across this committee’s meetings. Open ones are printed as “Matters arising” in the next meeting’s minutes.
      </p>
      {read === undefined ? <p className="muted">Reading the minutes…</p> : null}
      {read && read.unreadable.length > 0 ? (
        <p className="form-failure" role="alert">
          The minutes of {read.unreadable.map((title) => `“${title}”`).join(', ')} could not be read, so their actions are not listed.
        </p>
      ) : null}
      {failure ? (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      ) : null}
      {read && entries.length === 0 ? <p className="empty-note">No actions yet. Mark a sentence in the minutes as an action, and it is listed here.</p> : null}
      {read && entries.length > 0 ? (
        <>
          <p role="status">
            {open} open of {entries.length}.
          </p>
          <table className="action-log-table">
            <thead>
              <tr>
                <th scope="col">Minute</th>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={`${entry.meetingId}/${entry.actionId}`}>
                  <td>{entry.reference}</td>
                  <td>{entry.text}</td>
                  <td>{entry.owner ?? '—'}</td>
                  <td>{entry.due ? formatShortDate(entry.due) : '—'}</td>
                  <td>
                    <select aria-label={`Status of “${entry.text}”`} value={entry.status} onChange={(event) => setStatus(entry, event.target.value as ActionStatus)}>
                      {ACTION_STATUSES.map((status) => (
                        <option key={status} value={status}>
                          {ACTION_STATUS_WORDS[status]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
