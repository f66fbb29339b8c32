import type { ReactNode } from 'react';
import { Modal } from '../../ui/Modal';

/** What the house-style check found when the officer chose to circulate: how many findings, or why it could not run. */
export type StyleCheckOutcome = { findings: number } | { failed: string };

/**
 * Circulating offers the house-style check first: when it finds something (or could not run), the officer
 * reviews the findings in the Check minutes panel, or circulates the minutes as they are.
 */
export function StyleCheckOffer({ outcome, onReview, onCirculate, onCancel }: { outcome: StyleCheckOutcome; onReview: () => void; onCirculate: () => void; onCancel: () => void }): ReactNode {
  const found = 'findings' in outcome ? outcome.findings : null;
  return (
    <Modal title={found === null ? 'The house-style check could not run' : 'Check the house style before circulating?'} onClose={onCancel}>
      <div className="dialog-body">
        {found === null ? (
          <p>{(outcome as { failed: string }).failed}</p>
        ) : (
          <p>
            The house-style check found {found === 1 ? '1 thing' : `${found.toLocaleString('en-GB')} things`} in the minutes that the house style does not
            allow: first person, present tense, contractions, names, abbreviations, resolutions or blanks.
          </p>
        )}
        <p>Once circulated, the minute numbers are given out for good.</p>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCirculate}>
          Circulate anyway
        </button>
        <button type="button" className="primary" autoFocus onClick={onReview}>
          Review findings
        </button>
      </div>
    </Modal>
  );
}
