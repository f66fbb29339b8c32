import type { ReactNode } from 'react';
import type { SaveState } from './save-state';

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** The words the indicator shows for a save state. */
export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return `Saved locally at ${clock.format(state.at)}`;
    case 'unchanged':
      return 'Nothing typed yet';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved. ${state.message}`;
  }
}

/** A quiet line that says whether the minutes are safe; it speaks up only when a save fails. */
export function SaveIndicator({ state, compact = false }: { state: SaveState; compact?: boolean }): ReactNode {
  const failed = state.kind === 'failed';
  // The compact copy sits in the editor's sticky bar; the full one in the header is the one announced.
  if (compact) {
    return (
      <p className={`save-indicator compact save-${state.kind}`} aria-hidden="true" title={describeSaveState(state)}>
        <span className="save-dot" />
        {state.kind === 'saved' ? 'Saved' : state.kind === 'failed' ? 'Not saved' : state.kind === 'unchanged' ? '' : 'Saving…'}
      </p>
    );
  }
  return (
    <p className={`save-indicator save-${state.kind}`} role={failed ? 'alert' : 'status'} data-testid="save-indicator">
      <span className="save-dot" aria-hidden="true" />
      {describeSaveState(state)}
    </p>
  );
}
