import { createContext, useContext } from 'react';
import { describeError } from '../ui/plain-errors';
import type { LiveValue } from '../ui/live-value';

/**
 * The editor's writes through its port that failed (a full disk, signed minutes), for the notice above the
 * minutes: nothing the editor writes is fire-and-forget. Shows the latest failure until the officer dismisses
 * it or the same kind of write succeeds. A live value, so only the notice re-renders.
 */
export class WriteFailures implements LiveValue<string | null> {
  private shown: { what: string; message: string } | null = null;
  private readonly listeners = new Set<() => void>();

  readonly current = (): string | null => this.shown?.message ?? null;

  readonly subscribe = (changed: () => void): (() => void) => {
    this.listeners.add(changed);
    return () => this.listeners.delete(changed);
  };

  /** Waits for a write; if it fails, says "`what`: why". Never rejects: the failure is shown, not left unhandled. */
  watch(what: string, write: Promise<unknown>): Promise<void> {
    return write.then(
      () => {
        if (this.shown?.what === what) this.set(null);
      },
      (error: unknown) => this.set({ what, message: `${what}: ${describeError(error)}` }),
    );
  }

  /** The officer has read it. */
  dismiss(): void {
    this.set(null);
  }

  private set(next: { what: string; message: string } | null): void {
    this.shown = next;
    for (const listener of [...this.listeners]) listener();
  }
}

export const WriteFailuresContext = createContext<WriteFailures | null>(null);

/** Where this editor's failed writes are reported. */
export function useWriteFailures(): WriteFailures {
  const failures = useContext(WriteFailuresContext);
  if (!failures) throw new Error('useWriteFailures must be used inside the minutes editor');
  return failures;
}
