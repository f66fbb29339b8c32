import type { DraftSaver } from '../../save/draft-saver';

/**
 * What the save banner shows: nothing while saving works; why saving stopped, from the first failed save until
 * a save succeeds; then that saving is back, with the time of that save ("Saving again — saved at 10.42 am").
 */
export type SavingShown = { kind: 'none' } | { kind: 'failing'; message: string } | { kind: 'resumed'; at: number };

export const NOTHING_SHOWN: SavingShown = { kind: 'none' };

/**
 * Follows the saver for the banner. Retries (and the flush a click on the banner itself causes, by blurring the
 * editor) pass through 'saving', and must not snatch it away. `show` is called only when the banner changes: a
 * re-render of the workspace on every save (three state changes each) would cost a whole-editor walk each time
 * (see LiveSaveIndicator). After 'resumed' the banner goes by itself (see SaveFailureBanner); a later failure
 * shows again.
 */
export function followSaveFailure(saver: Pick<DraftSaver, 'current' | 'subscribe'>, show: (shown: SavingShown) => void): () => void {
  let shown: SavingShown = NOTHING_SHOWN;
  const change = (next: SavingShown) => {
    shown = next;
    show(next);
  };
  return saver.subscribe(() => {
    const state = saver.current;
    if (state.kind === 'failed' && (shown.kind !== 'failing' || shown.message !== state.message)) change({ kind: 'failing', message: state.message });
    else if (state.kind === 'saved' && shown.kind === 'failing') change({ kind: 'resumed', at: state.at });
  });
}
