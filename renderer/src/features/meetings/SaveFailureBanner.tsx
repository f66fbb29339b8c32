import type { EmergencyBackupResult } from '@shared/ipc/contract';
import { formatTimeOfDay } from '@shared/format/british-date';
import { useEffect, useState, type ReactNode } from 'react';
import { describeError } from '../../ui/plain-errors';
import type { EmergencyCopies, EmergencyCopyState } from '../backups/emergency-copy';
import { NOTHING_SHOWN, type SavingShown } from './open-meeting/save-failure';

/** How long "Saving again" stays up once saving has come back, unless dismissed first. */
export const RESUMED_NOTICE_MS = 2 * 60_000;

/** The banner as the controller last said, until dismissed or, once saving is back, for RESUMED_NOTICE_MS. */
function useDismissable(shown: SavingShown): [SavingShown, () => void] {
  const [dismissed, setDismissed] = useState<SavingShown | null>(null);
  useEffect(() => {
    if (shown.kind !== 'resumed') return;
    const timer = setTimeout(() => setDismissed(shown), RESUMED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [shown]);
  return [dismissed === shown ? NOTHING_SHOWN : shown, () => setDismissed(shown)];
}

function useEmergencyCopy(copies: EmergencyCopies | null): EmergencyCopyState {
  const [state, setState] = useState<EmergencyCopyState>(() => copies?.current ?? { kind: 'none' });
  useEffect(() => copies?.subscribe(() => setState(copies.current)), [copies]);
  return state;
}

/** Where the emergency copy went, in a sentence, or why it did not go. */
export function describeEmergencyCopy(result: EmergencyBackupResult): string {
  switch (result.status) {
    case 'written':
      if (result.place === 'browser-storage') return `An emergency copy of everything on screen was kept ${result.path}.`;
      return `An emergency copy of everything on screen was written to ${result.place === 'chosen-folder' ? 'the folder you chose: ' : ''}${result.path}`;
    case 'needs-folder':
      return result.message;
    case 'cancelled':
      return 'No folder was chosen, so the emergency copy is not written yet. Choose a folder, or save a copy to a file.';
    case 'failed':
      return `${result.message} Save a copy to a file instead.`;
  }
}

interface SaveFailureBannerProps {
  /** What the open meeting's saver says (see followSaveFailure). */
  saving: SavingShown;
  /** The emergency copies of this meeting outside IndexedDB; null where there is nowhere to put them. */
  emergency: EmergencyCopies | null;
  /** Saves everything on screen as a meeting file the officer keeps; resolves with where it went. */
  onSaveCopy: () => Promise<string>;
}

/**
 * Shown while the minutes cannot be saved (a full disk, a storage fault): says what happened, that nothing on
 * screen is lost, where the emergency copy went (or that the officer must choose a folder for it), and offers
 * to save a copy to a file now. Once a save succeeds again it says so, with the time, and then goes.
 */
export function SaveFailureBanner({ saving, emergency, onSaveCopy }: SaveFailureBannerProps): ReactNode {
  const [shown, dismiss] = useDismissable(saving);
  const copy = useEmergencyCopy(emergency);
  const [outcome, setOutcome] = useState<string | null>(null);

  if (shown.kind === 'none') return null;
  if (shown.kind === 'resumed') {
    return (
      <div className="save-resumed-banner" role="status">
        <p>
          <strong>Saving again — saved at {formatTimeOfDay(shown.at)}.</strong> Everything on screen is saved.
        </p>
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    );
  }
  const askForFolder = emergency?.canChooseFolder && copy.kind === 'done' && (copy.result.status === 'needs-folder' || copy.result.status === 'cancelled');
  return (
    <div className="save-failure-banner" role="alert">
      <p>
        <strong>Saving has stopped.</strong> {shown.message}
      </p>
      {copy.kind === 'writing' ? <p className="save-failure-copy">Writing an emergency copy of everything on screen…</p> : null}
      {copy.kind === 'done' ? <p className="save-failure-copy">{describeEmergencyCopy(copy.result)}</p> : null}
      <div className="save-failure-actions">
        {askForFolder ? (
          <button type="button" className="primary" onClick={() => void emergency.chooseFolder()}>
            Choose a folder for the copy…
          </button>
        ) : null}
        <button
          type="button"
          className={askForFolder ? undefined : 'primary'}
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
