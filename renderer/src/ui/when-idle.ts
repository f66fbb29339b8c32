/** What idle work is told when it runs: whether it ran only because its deadline passed, and how much idle time is left. */
export interface IdleTime {
  readonly didTimeout: boolean;
  timeRemaining(): number;
}

/**
 * Runs `work` when the page is next idle, or after `timeoutMs` at the latest, so work that can wait (a save, a
 * hand-over to the disk backups, a slice of spell-checking) never lands between a keystroke and its frame, and
 * a busy page still gets it done. Where there is no requestIdleCallback (Node, in the unit tests) it runs on the
 * next task, as if its deadline had passed. Returns a function that cancels it if it has not run yet.
 */
export function whenIdle(work: (idle: IdleTime) => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => work(deadline), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => work({ didTimeout: true, timeRemaining: () => 0 }), 0);
  return () => clearTimeout(handle);
}
