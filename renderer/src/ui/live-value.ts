import { useSyncExternalStore } from 'react';

/**
 * A value that changes while a screen shows it (a list kept in the database, say), handed down to code that must
 * not know where it comes from: the editor reads its phrases and dictionary this way, through its port.
 */
export interface LiveValue<T> {
  /** The value now: undefined until it has first loaded. Throws what loading it threw, for the error boundary. */
  current(): T | undefined;
  /** Calls `changed` after every change; returns the function that stops it. */
  subscribe(changed: () => void): () => void;
}

/** The value now, re-rendering the component whenever it changes. */
export function useLive<T>(value: LiveValue<T>): T | undefined {
  return useSyncExternalStore(value.subscribe, value.current);
}
