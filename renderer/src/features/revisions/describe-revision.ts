import { formatMinutesDate } from '@shared/format/british-date';
import type { Revision } from '@shared/model/revision';
import { describeRestoreOrigin } from '../../db/revisions-repository';

const STATUS_WORDS = { draft: 'Back to draft', circulated: 'Circulated', approved: 'Approved', signed: 'Signed' } as const;

/** What a revision is, in the words of the Revisions list: "Automatic", "Approved at the meeting of …", "Correction by …". */
export function describeRevision(revision: Revision): string {
  switch (revision.kind) {
    case 'automatic':
      return 'Automatic (every 10 minutes of editing)';
    case 'before-restore':
      return 'Kept before a restore';
    case 'status':
      return revision.to === 'approved' && revision.approvedOn ? `Approved at the meeting of ${formatMinutesDate(revision.approvedOn)}` : STATUS_WORDS[revision.to];
    case 'restored':
      return `Restored from ${describeRestoreOrigin(revision.origin)}`;
    case 'signed':
      return 'Signed: the signed record';
    case 'amendment':
      return `Correction by ${revision.amendment.by}: ${revision.amendment.reason}`;
  }
}
