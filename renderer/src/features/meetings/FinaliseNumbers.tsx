import { numbersStillProvisional } from '@shared/domain/minute-numbers';
import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import { useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeError } from '../../ui/plain-errors';

/**
 * "Finalise minute numbers…": gives this meeting's minutes their numbers for good
 * and moves the body's counter on, so the next meeting starts after them. Until
 * then numbers are provisional and a deleted draft uses none. Only for numbered
 * minutes: agenda-code headings have nothing to give out.
 */
export function FinaliseNumbers({ meeting, body }: { meeting: Meeting; body: Body }): ReactNode {
  const { revisions } = useAppServices();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const numbers = meeting.minuteNumbers ? Object.values(meeting.minuteNumbers) : [];
  if (numbers.length > 0) {
    return (
      <span className="numbers-final" title="Given out for good">
        Minutes {Math.min(...numbers)}–{Math.max(...numbers)}
      </span>
    );
  }
  if (!numbersStillProvisional(meeting, body.headingStyle) || meeting.status !== 'draft') return null;

  const first = body.lastMinuteNumber + 1;
  const last = body.lastMinuteNumber + meeting.agenda.length;
  return (
    <>
      <button type="button" onClick={() => setConfirming(true)}>
        Finalise minute numbers…
      </button>
      {failure ? (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={`Give minutes ${first}–${last} their numbers for good?`}
          confirmLabel="Finalise numbers"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            // Finalising circulates the minutes: one status change, with its revision.
            revisions.changeStatus(meeting.id, 'circulated').then(
              () => setFailure(null),
              (error: unknown) => setFailure(describeError(error)),
            );
          }}
        >
          <p>
            The {body.name}’s next meeting will start at {last + 1}. Numbers given out cannot be taken back, so finalise when the agenda is
            settled (usually when the minutes are circulated).
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
