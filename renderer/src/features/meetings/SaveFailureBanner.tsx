import { useState, type ReactNode } from 'react';
import { describeError } from '../../ui/plain-errors';

/**
 * Shown while the minutes cannot be saved (a full disk, a storage fault): says
 * what happened, that nothing on screen is lost, and offers a way to put a copy
 * somewhere safe now: a meeting file with everything typed, saved or not.
 */
export function SaveFailureBanner({ message, onSaveCopy }: { message: string; onSaveCopy: () => Promise<string> }): ReactNode {
  const [outcome, setOutcome] = useState<string | null>(null);
  return (
    <div className="save-failure-banner" role="alert">
      <p>
        <strong>Saving has stopped.</strong> {message}
      </p>
      <div className="save-failure-actions">
        <button
          type="button"
          className="primary"
          onClick={() =>
            void onSaveCopy().then(setOutcome, (error: unknown) => setOutcome(`The copy could not be saved either: ${describeError(error)}`))
          }
        >
          Save a copy to a file
        </button>
        {outcome ? <span className="save-failure-outcome">{outcome}</span> : null}
      </div>
    </div>
  );
}
