/**
 * Whether the minutes offer suggestions as the officer types: on unless the officer turned it off, kept between
 * sessions in localStorage (it belongs to this computer's officer, not to a meeting). Any window that changes it
 * tells the others on the page (the toolbar's button and the editor follow at once).
 */
import { useSyncExternalStore } from 'react';

export const PREDICTION_STORAGE_KEY = 'minute-book.suggestions';

const listeners = new Set<() => void>();

/** On unless stored as off; storage that refuses (a locked-down profile) leaves it on. */
export function readPredictionEnabled(storage: Pick<Storage, 'getItem'> = localStorage): boolean {
  try {
    return storage.getItem(PREDICTION_STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

/** Turns suggestions on or off, keeps the choice and tells every listener. */
export function setPredictionEnabled(enabled: boolean, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(PREDICTION_STORAGE_KEY, enabled ? 'on' : 'off');
  } catch {
    // Not kept for next time, but it still applies now.
  }
  current = enabled;
  for (const listener of listeners) listener();
}

let current: boolean | null = null;

/** Whether suggestions are on now. */
export function predictionEnabled(): boolean {
  current ??= readPredictionEnabled();
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether suggestions are on, re-rendering when that changes. */
export function usePredictionEnabled(): boolean {
  return useSyncExternalStore(subscribe, predictionEnabled);
}
