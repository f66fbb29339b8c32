import { useSyncExternalStore, type ReactNode } from 'react';
import type { DraftSaver } from './draft-saver';
import { SaveIndicator } from './SaveIndicator';

/** The save indicator following one saver directly: only this badge re-renders as saves come and go. */
export function LiveSaveIndicator({ saver }: { saver: DraftSaver }): ReactNode {
  const state = useSyncExternalStore(saver.subscribe, () => saver.current);
  return <SaveIndicator state={state} compact />;
}
