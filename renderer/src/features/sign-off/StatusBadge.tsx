import { formatMinutesDate, formatMoment } from '@shared/format/british-date';
import type { Meeting } from '@shared/model/meeting';
import type { OpenCorrection, SignedRevision } from '@shared/model/revision';
import type { ReactNode } from 'react';

interface StatusBadgeProps {
  meeting: Meeting;
  /** The date of the meeting that approved the minutes, once approved. */
  approvedOn: string | undefined;
  signed: SignedRevision | undefined;
  correction: OpenCorrection | null;
}

/** Where the minutes stand, in the header: Draft, Circulated, Approved at the meeting of …, Signed on …, Correction under way. */
export function StatusBadge({ meeting, approvedOn, signed, correction }: StatusBadgeProps): ReactNode {
  const text = (() => {
    switch (meeting.status) {
      case 'draft':
        return 'Draft';
      case 'circulated':
        return 'Circulated';
      case 'approved':
        return approvedOn ? `Approved at the meeting of ${formatMinutesDate(approvedOn)}` : 'Approved';
      case 'signed':
        return correction ? `Signed · correction under way by ${correction.by}` : signed ? `Signed on ${formatMoment(signed.at)}` : 'Signed';
    }
  })();
  return (
    <p className={`status-badge status-${meeting.status}`} data-testid="minutes-status">
      <span className="visually-hidden">Status: </span>
      {text}
    </p>
  );
}
