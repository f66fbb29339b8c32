import type { ReactNode, Ref } from 'react';
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

/** What an indicator shows for a state: its class, role, tooltip and words. */
export interface SaveIndicatorView {
  className: string;
  role: 'status' | 'alert' | undefined;
  title: string | undefined;
  text: string;
}

/**
 * The compact copy sits in the editor's sticky bar (short words, hidden from screen readers); the full one in the
 * header is the one announced, and speaks up (role alert) only when a save fails.
 */
export function saveIndicatorView(state: SaveState, compact: boolean): SaveIndicatorView {
  if (compact) {
    const text = state.kind === 'saved' ? 'Saved' : state.kind === 'failed' ? 'Not saved' : state.kind === 'unchanged' ? '' : 'Saving…';
    return { className: `save-indicator compact save-${state.kind}`, role: undefined, title: describeSaveState(state), text };
  }
  return { className: `save-indicator save-${state.kind}`, role: state.kind === 'failed' ? 'alert' : 'status', title: undefined, text: describeSaveState(state) };
}

/** A quiet line that says whether the minutes are safe; it speaks up only when a save fails. */
export function SaveIndicator({ state, compact = false, ref }: { state: SaveState; compact?: boolean; ref?: Ref<HTMLParagraphElement> }): ReactNode {
  const view = saveIndicatorView(state, compact);
  return (
    <p
      ref={ref}
      className={view.className}
      role={view.role}
      title={view.title}
      aria-hidden={compact ? 'true' : undefined}
      data-testid={compact ? undefined : 'save-indicator'}
    >
      <span className="save-dot" aria-hidden="true" />
      <span className="save-words">{view.text}</span>
    </p>
  );
}
