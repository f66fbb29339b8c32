import { useCallback, useState, type ReactNode } from 'react';
import { describeError } from './plain-errors';

/** Where the last change on a setup screen stands. */
export type SaveStatusState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'failed'; message: string };

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/**
 * Runs a save and tracks it for a <SaveStatus>: changes on the setup screens
 * are written at once, and the officer sees that they were (or why not).
 */
export function useSaveStatus(): {
  status: SaveStatusState;
  save: <T>(work: () => Promise<T>) => Promise<T | undefined>;
  fail: (message: string) => void;
} {
  const [status, setStatus] = useState<SaveStatusState>({ kind: 'idle' });
  const save = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setStatus({ kind: 'saving' });
    try {
      const result = await work();
      setStatus({ kind: 'saved', at: Date.now() });
      return result;
    } catch (error) {
      setStatus({ kind: 'failed', message: describeError(error) });
      return undefined;
    }
  }, []);
  const fail = useCallback((message: string) => setStatus({ kind: 'failed', message }), []);
  return { status, save, fail };
}

/** "Changes are saved as you make them" / "Saved at 10:42:07" / "Not saved: …". */
export function SaveStatus({ status, testId }: { status: SaveStatusState; testId: string }): ReactNode {
  const failed = status.kind === 'failed';
  let text: string;
  switch (status.kind) {
    case 'idle':
      text = 'Changes are saved as you make them';
      break;
    case 'saving':
      text = 'Saving…';
      break;
    case 'saved':
      text = `All changes saved at ${clock.format(status.at)}`;
      break;
    case 'failed':
      text = `Not saved. ${status.message}`;
      break;
  }
  return (
    <p className={`save-indicator save-${status.kind === 'idle' ? 'unchanged' : status.kind}`} role={failed ? 'alert' : 'status'} data-testid={testId}>
      <span className="save-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
