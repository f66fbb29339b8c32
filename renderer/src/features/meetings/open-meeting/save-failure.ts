import type { DraftSaver } from '../../save/draft-saver';

/**
 * Follows the saver for the failure banner: its message from the first failed save until a save succeeds.
 * Retries (and the flush a click on the banner itself causes, by blurring the editor) pass through 'saving',
 * and must not snatch it away. `show` is called only when the banner changes: a re-render of the workspace on
 * every save (three state changes each) would cost a whole-editor walk each time (see LiveSaveIndicator).
 */
export function followSaveFailure(saver: Pick<DraftSaver, 'current' | 'subscribe'>, show: (message: string | null) => void): () => void {
  let shown: string | null = null;
  return saver.subscribe(() => {
    const state = saver.current;
    const next = state.kind === 'failed' ? state.message : state.kind === 'saved' ? null : shown;
    if (next === shown) return;
    shown = next;
    show(next);
  });
}
