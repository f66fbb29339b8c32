import type { ReactNode } from 'react';
import { Modal } from './Modal';

/**
 * Work under way that the officer can stop: what is happening (children), a progress bar and Stop. Closing the
 * dialog (Escape) stops it too.
 */
export function ProgressDialog({ title, value, max = 1, onStop, children }: { title: string; value: number; max?: number; onStop: () => void; children: ReactNode }): ReactNode {
  return (
    <Modal title={title} onClose={onStop}>
      {children}
      <progress max={max} value={value} aria-label={title} />
      <div className="dialog-actions">
        <button type="button" onClick={onStop}>
          Stop
        </button>
      </div>
    </Modal>
  );
}
