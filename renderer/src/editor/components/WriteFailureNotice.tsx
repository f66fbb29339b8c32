import type { ReactNode } from 'react';
import { useLive } from '../../ui/live-value';
import { useWriteFailures } from '../write-failures';

/** Says plainly that something the editor saved (an item's time, a dictionary word) was not saved, until dismissed. */
export function WriteFailureNotice(): ReactNode {
  const failures = useWriteFailures();
  const message = useLive(failures);
  if (!message) return null;
  return (
    <div className="editor-write-failure" role="alert">
      <p>{message}</p>
      <button type="button" onClick={() => failures.dismiss()}>
        Dismiss
      </button>
    </div>
  );
}
