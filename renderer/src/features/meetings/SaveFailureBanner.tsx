import type { EmergencyBackupResult } from '@shared/ipc/contract';
import { formatTimeOfDay } from '@shared/format/british-date';
import { useEffect, useState, type ReactNode } from 'react';
import { describeError } from '../../ui/plain-errors';
import type { EmergencyCopies, EmergencyCopyState } from '../backups/emergency-copy';
import type { DraftSaver } from '../save/draft-saver';

/** How long "Saving again" stays up once saving has come back, unless dismissed first. */
export const RESUMED_NOTICE_MS = 2 * 60_000;

type Shown = { kind: 'none' } | { kind: 'failing'; message: string } | { kind: 'resumed'; at: number };

/**
 * Follows the saver for the banner. It changes only when the banner itself does, never per save: a re-render of
 * the workspace on every save would cost a whole-editor walk each time (see LiveSaveIndicator). The banner stays
 * from the first failure until a save succeeds: retries (and the flush a click on the banner causes, by blurring
 * the editor) pass through 'saving', and must not snatch it away.
 */
function useShownSaving(saver: DraftSaver): [Shown, () => void] {
  const [shown, setShown] = useState<Shown>({ kind: 'none' });
  useEffect(() => {
    let current: Shown = { kind: 'none' };
    const show = (next: Shown) => {
      current = next;
      setShown(next);
    };
    return saver.subscribe(() => {
      const state = saver.current;
      if (state.kind === 'failed' && (current.kind !== 'failing' || current.message !== state.message)) show({ kind: 'failing', message: state.message });
      else if (state.kind === 'saved' && current.kind === 'failing') show({ kind: 'resumed', at: state.at });
    });
  }, [saver]);
  useEffect(() => {
    if (shown.kind !== 'resumed') return;
    const timer = setTimeout(() => setShown({ kind: 'none' }), RESUMED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [shown]);
  return [shown, () => setShown({ kind: 'none' })];
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
  saver: DraftSaver;
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
export function SaveFailureBanner({ saver, emergency, onSaveCopy }: SaveFailureBannerProps): ReactNode {
  const [shown, dismiss] = useShownSaving(saver);
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
