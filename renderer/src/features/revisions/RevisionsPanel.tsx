import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import type { Person } from '@shared/model/person';
import type { Revision, SignedRevision } from '@shared/model/revision';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import { formatMoment } from '@shared/format/british-date';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { describeError } from '../../ui/plain-errors';
import { SignedRecord } from '../sign-off/SignedRecord';
import { describeRevision } from './describe-revision';
import { RevisionText } from './RevisionText';

interface RevisionsPanelProps {
  meeting: Meeting;
  body: Body;
  roster: readonly Person[];
  /** Why restoring is not possible now (signed minutes, another window), or null when it is. */
  restoreRefusal: string | null;
  /** Saves what is on screen; resolves false when it could not be saved. */
  flush: () => Promise<boolean>;
  /** After a restore: back to the minutes, which now show it. */
  onRestored: () => void;
}

/**
 * The Revisions tab: the signed record (once signed) and every revision of the minutes, newest first,
 * with its time, kind and word count. Any revision can be viewed read-only and restored (after a
 * question); a restore is itself a new revision, and the minutes as they were are kept first.
 */
export function RevisionsPanel({ meeting, body, roster, restoreRefusal, flush, onRestored }: RevisionsPanelProps): ReactNode {
  const { revisions } = useAppServices();
  const list = useLiveQuery(() => revisions.listRevisions(meeting.id), [revisions, meeting.id]);
  const [viewing, setViewing] = useState<Revision | null>(null);
  const [restoring, setRestoring] = useState<Revision | null>(null);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const signed = list?.find((revision): revision is SignedRevision => revision.kind === 'signed');

  const restore = async (revision: Revision) => {
    setRestoring(null);
    setViewing(null);
    setMessage(null);
    try {
      if (!(await flush())) throw new Error('The minutes on screen could not be saved, so nothing was restored.');
      const { agenda, attendance, movements, itemTimes } = revision.meeting;
      const restored = await revisions.restoreAsNewRevision(
        meeting.id,
        { editorState: revision.editorState, meeting: { agenda, attendance, movements, itemTimes } },
        { kind: 'revision', number: revision.number },
      );
      setMessage({ text: `Revision ${revision.number} restored as revision ${restored.number}. The minutes as they were before are kept as revision ${restored.number - 1}.`, failed: false });
      onRestored();
    } catch (error) {
      setMessage({ text: describeError(error), failed: true });
    }
  };

  return (
    <div className="revisions-panel">
      {signed ? <SignedRecord meeting={meeting} signed={signed} /> : null}
      <section aria-labelledby="revisions-title">
        <h2 id="revisions-title">Revisions</h2>
        <p className="field-hint">
          A copy of the minutes is kept every 10 minutes of editing and at each change of status. Restoring one keeps the minutes as they are first,
          so nothing is ever lost.
        </p>
        {restoreRefusal ? <p className="read-only-notice">{restoreRefusal}</p> : null}
        {message ? (
          <p className={message.failed ? 'form-failure' : 'status-message'} role={message.failed ? 'alert' : 'status'}>
            {message.text}
          </p>
        ) : null}
        {!list ? (
          <p className="muted">Loading…</p>
        ) : list.length === 0 ? (
          <p className="muted">No revisions yet: the first is kept after 10 minutes of editing, or when the minutes are circulated.</p>
        ) : (
          <table className="revisions-table">
            <caption className="visually-hidden">Revisions of the minutes, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Revision</th>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Words</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((revision) => (
                <tr key={revision.id} className={`revision-${revision.kind}`}>
                  <th scope="row">{revision.number}</th>
                  <td>{formatMoment(revision.at)}</td>
                  <td>{describeRevision(revision)}</td>
                  <td>{revision.wordCount.toLocaleString('en-GB')}</td>
                  <td className="revision-actions">
                    <button type="button" onClick={() => setViewing(revision)} aria-label={`View revision ${revision.number}`}>
                      View
                    </button>
                    <button type="button" onClick={() => setRestoring(revision)} disabled={restoreRefusal !== null} aria-label={`Restore revision ${revision.number}…`}>
                      Restore…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {viewing ? (
        <Modal title={`Revision ${viewing.number}: ${formatMoment(viewing.at)}`} onClose={() => setViewing(null)}>
          <p className="field-hint">
            {describeRevision(viewing)} · {viewing.wordCount.toLocaleString('en-GB')} words · read-only
          </p>
          <div className="revision-view">
            <RevisionText revision={viewing} body={body} roster={roster} />
          </div>
          <div className="dialog-actions">
            <button type="button" onClick={() => setViewing(null)} autoFocus>
              Close
            </button>
            <button type="button" className="primary" disabled={restoreRefusal !== null} onClick={() => setRestoring(viewing)}>
              Restore this revision…
            </button>
          </div>
        </Modal>
      ) : null}

      {restoring ? (
        <ConfirmDialog
          title={`Restore revision ${restoring.number}?`}
          confirmLabel="Restore"
          onCancel={() => setRestoring(null)}
          onConfirm={() => void restore(restoring)}
        >
          <p>
            The minutes, agenda and attendance go back to how they were at {formatMoment(restoring.at)} ({restoring.wordCount.toLocaleString('en-GB')}{' '}
            words). The minutes as they are now are kept as a revision first, so you can go back to them.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
