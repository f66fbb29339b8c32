import { isSaveNow, meetingTabFor, type MeetingTab } from '../../../editor/shortcuts';

export interface WindowKeyActions {
  /** Ctrl+S: officers press it out of habit, so it means "save now". */
  saveNow(): void;
  /** Alt+1 … Alt+4: show a tab of the meeting. */
  showTab(tab: MeetingTab): void;
}

/** Listens for the open meeting's window-wide keys (see shortcuts.ts); returns the function that stops. */
export function installWindowKeys(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>, actions: WindowKeyActions): () => void {
  const onKeyDown = (event: Event) => {
    const key = event as KeyboardEvent;
    if (isSaveNow(key)) {
      key.preventDefault();
      actions.saveNow();
      return;
    }
    const tab = meetingTabFor(key);
    if (!tab) return;
    key.preventDefault();
    actions.showTab(tab);
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
