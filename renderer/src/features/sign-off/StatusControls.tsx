import { formatMinutesDate } from '@shared/format/british-date';
import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import { AmendmentSchema, type OpenCorrection } from '@shared/model/revision';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormActions } from '../../ui/FormActions';
import { Modal } from '../../ui/Modal';
import { describeError, fieldErrors } from '../../ui/plain-errors';
import { fieldHelpers } from '../../ui/field-helpers';
import { describeSaveResult } from '../export/export-minutes';
import { signMinutes } from './sign-minutes';
import { StyleCheckOffer, type StyleCheckOutcome } from './StyleCheckOffer';

interface StatusControlsProps {
  meeting: Meeting;
  body: Body;
  /** The correction of signed minutes under way (null: none). */
  correction: OpenCorrection | null;
  /** Saves what is on screen; resolves false when it could not be saved. */
  flush: () => Promise<boolean>;
  /** The house-style check of the minutes on screen: how many findings (dismissed ones left out). Offered before circulating. */
  countStyleFindings?: () => Promise<number>;
  /** Opens the Check minutes panel on the minutes. */
  onReviewFindings?: () => void;
}

type Step = 'circulate' | 'approve' | 'sign' | 'correct' | 'finish-correction' | 'abandon-correction';

/**
 * The one next step for the minutes, as a button in the meeting's header: Circulate… (giving out the
 * minute numbers), Mark approved… (with the date of the approving meeting), Sign… (saving the final
 * Word file and its fingerprints), and once signed, Correct the signed minutes… / Record the correction.
 * Each asks first, and each saves what is on screen before it acts.
 */
export function StatusControls({ meeting, body, correction, flush, countStyleFindings, onReviewFindings }: StatusControlsProps): ReactNode {
  const services = useAppServices();
  const [step, setStep] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [styleOffer, setStyleOffer] = useState<StyleCheckOutcome | null>(null);

  // Circulating offers the house-style check first; with nothing found it goes straight on.
  const choose = async (next: Step) => {
    if (next !== 'circulate' || !countStyleFindings) return setStep(next);
    setBusy(true);
    setMessage(null);
    let outcome: StyleCheckOutcome;
    try {
      outcome = { findings: await countStyleFindings() };
    } catch (error) {
      outcome = { failed: describeError(error) };
    } finally {
      setBusy(false);
    }
    if ('findings' in outcome && outcome.findings === 0) setStep('circulate');
    else setStyleOffer(outcome);
  };

  const act = async (work: () => Promise<string>) => {
    setStep(null);
    setBusy(true);
    setMessage(null);
    try {
      if (!(await flush())) throw new Error('The minutes on screen could not be saved, so nothing was changed.');
      setMessage({ text: await work(), failed: false });
    } catch (error) {
      setMessage({ text: describeError(error), failed: true });
    } finally {
      setBusy(false);
    }
  };

  const numbersToGive = !meeting.minuteNumbers && body.headingStyle === 'minute-numbers' && meeting.agenda.length > 0;
  const button = (() => {
    switch (meeting.status) {
      case 'draft':
        return { step: 'circulate' as const, label: 'Circulate…' };
      case 'circulated':
        return { step: 'approve' as const, label: 'Mark approved…' };
      case 'approved':
        return { step: 'sign' as const, label: 'Sign…' };
      case 'signed':
        return correction ? { step: 'finish-correction' as const, label: 'Record the correction…' } : { step: 'correct' as const, label: 'Correct the signed minutes…' };
    }
  })();

  return (
    <>
      <button type="button" className="status-step" disabled={busy} onClick={() => void choose(button.step)}>
        {busy ? 'Working…' : button.label}
      </button>
      {meeting.status === 'signed' && correction ? (
        <button type="button" disabled={busy} onClick={() => setStep('abandon-correction')}>
          Abandon the correction…
        </button>
      ) : null}
      {message ? (
        <p className={message.failed ? 'form-failure status-message' : 'status-message'} role={message.failed ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}

      {styleOffer ? (
        <StyleCheckOffer
          outcome={styleOffer}
          onCancel={() => setStyleOffer(null)}
          onCirculate={() => {
            setStyleOffer(null);
            setStep('circulate');
          }}
          onReview={() => {
            setStyleOffer(null);
            onReviewFindings?.();
          }}
        />
      ) : null}

      {step === 'circulate' ? (
        <ConfirmDialog
          title="Mark the minutes circulated?"
          confirmLabel="Mark circulated"
          onCancel={() => setStep(null)}
          onConfirm={() =>
            void act(async () => {
              const changed = await services.revisions.changeStatus(meeting.id, 'circulated');
              const numbers = Object.values(changed.minuteNumbers ?? {});
              return numbers.length > 0
                ? `Circulated. Minutes ${Math.min(...numbers)}–${Math.max(...numbers)} have their numbers for good.`
                : 'Circulated.';
            })
          }
        >
          <p>A copy of the minutes as they are now is kept in Revisions.</p>
          {numbersToGive ? (
            <p>
              The minutes get their numbers for good ({body.lastMinuteNumber + 1}–{body.lastMinuteNumber + meeting.agenda.length}); numbers given out
              cannot be taken back.
            </p>
          ) : null}
        </ConfirmDialog>
      ) : null}

      {step === 'approve' ? (
        <ApproveDialog
          meetingDate={meeting.date}
          onCancel={() => setStep(null)}
          onApprove={(approvedOn) =>
            void act(async () => {
              await services.revisions.changeStatus(meeting.id, 'approved', { approvedOn });
              return `Approved at the meeting of ${formatMinutesDate(approvedOn)}.`;
            })
          }
        />
      ) : null}

      {step === 'sign' ? (
        <ConfirmDialog
          title="Sign the minutes?"
          confirmLabel="Save the signed copy and sign"
          onCancel={() => setStep(null)}
          onConfirm={() =>
            void act(async () => {
              const outcome = await signMinutes(services, meeting.id);
              if (outcome.status === 'signed') return `Signed. The signed copy was ${services.host.kind === 'browser' ? 'downloaded as' : 'saved to'} ${outcome.path}.`;
              if (outcome.status === 'failed') throw new Error(`Nothing was signed. ${describeSaveResult(outcome, services.host.kind)}`);
              return 'Cancelled: nothing was signed.';
            })
          }
        >
          <p>The final Word copy (not marked DRAFT) is made and you choose where to save it. Its fingerprint and the minutes’ are kept.</p>
          <p>Once signed, the minutes, agenda, attendance and meeting details are read-only. A later change is made as a recorded correction.</p>
        </ConfirmDialog>
      ) : null}

      {step === 'correct' ? (
        <CorrectionDialog
          onCancel={() => setStep(null)}
          onStart={(amendment) =>
            void act(async () => {
              await services.revisions.startCorrection(meeting.id, amendment);
              return 'The minutes can be corrected now. Choose “Record the correction…” when you have finished.';
            })
          }
        />
      ) : null}

      {step === 'abandon-correction' && correction ? (
        <ConfirmDialog
          title="Abandon the correction?"
          confirmLabel="Abandon the correction"
          onCancel={() => setStep(null)}
          onConfirm={() =>
            void act(async () => {
              await services.revisions.abandonCorrection(meeting.id);
              return 'Correction abandoned: the minutes are as they were last recorded, and read-only again.';
            })
          }
        >
          <p>
            The minutes go back to how they were last recorded. What was typed during this correction is kept in Revisions, and no amendment is
            recorded.
          </p>
        </ConfirmDialog>
      ) : null}

      {step === 'finish-correction' && correction ? (
        <ConfirmDialog
          title="Record the correction?"
          confirmLabel="Record the correction"
          onCancel={() => setStep(null)}
          onConfirm={() =>
            void act(async () => {
              await services.revisions.recordCorrection(meeting.id);
              return 'Correction recorded. The minutes are read-only again.';
            })
          }
        >
          <p>
            The minutes as they are now are kept as an amendment by {correction.by}: “{correction.reason}”. The signed record and its fingerprints stay
            as they were.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/** Asks for the date of the meeting that approved the minutes (usually the next meeting of the body). */
function ApproveDialog({ meetingDate, onApprove, onCancel }: { meetingDate: string; onApprove: (approvedOn: string) => void; onCancel: () => void }): ReactNode {
  const id = useId();
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { field, errorFor } = fieldHelpers<'date'>(id, error ? { date: error } : {});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('Give the date of the meeting that approved the minutes');
    if (date < meetingDate) return setError('The approving meeting cannot be before the meeting these minutes record');
    onApprove(date);
  };
  return (
    <Modal title="Mark the minutes approved" onClose={onCancel}>
      <form onSubmit={submit} noValidate className="meeting-form">
        <label htmlFor={`${id}-date`}>Date of the meeting that approved them</label>
        <input {...field('date')} type="date" value={date} min={meetingDate} onChange={(e) => setDate(e.target.value)} autoFocus />
        {errorFor('date')}
        <FormActions submitLabel="Mark approved" busy={false} onCancel={onCancel} />
      </form>
    </Modal>
  );
}

/** "Correct the signed minutes": who is correcting them and why, both required. */
function CorrectionDialog({ onStart, onCancel }: { onStart: (amendment: { by: string; reason: string }) => void; onCancel: () => void }): ReactNode {
  const id = useId();
  const [values, setValues] = useState({ by: '', reason: '' });
  const [errors, setErrors] = useState<Partial<Record<'by' | 'reason', string>>>({});
  const { field, errorFor } = fieldHelpers<'by' | 'reason'>(id, errors);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = AmendmentSchema.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    onStart(parsed.data);
  };
  return (
    <Modal title="Correct the signed minutes" onClose={onCancel}>
      <form onSubmit={submit} noValidate className="meeting-form">
        <p>The signed record is kept as it is. The correction is recorded as an amendment with who made it, when and why.</p>
        <label htmlFor={`${id}-by`}>Who is making the correction</label>
        <input {...field('by')} value={values.by} onChange={(e) => setValues({ ...values, by: e.target.value })} autoFocus autoComplete="name" />
        {errorFor('by')}
        <label htmlFor={`${id}-reason`}>Why the minutes are being corrected</label>
        <textarea {...field('reason')} rows={3} value={values.reason} onChange={(e) => setValues({ ...values, reason: e.target.value })} />
        {errorFor('reason')}
        <FormActions submitLabel="Start the correction" busy={false} onCancel={onCancel} />
      </form>
    </Modal>
  );
}
