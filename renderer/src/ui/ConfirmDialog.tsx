import type { ReactNode } from 'react';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  /** A second way forward besides confirming ("Export anyway"), placed between Cancel and the confirm button. */
  alternative?: { label: string; onChoose: () => void };
}

/**
 * A question that must be answered before something irreversible happens.
 * Cancel has the focus first, so a stray Enter never deletes anything.
 */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, danger, alternative }: ConfirmDialogProps): ReactNode {
  return (
    <Modal title={title} onClose={onCancel}>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={onCancel}>
          Cancel
        </button>
        {alternative ? (
          <button type="button" onClick={alternative.onChoose}>
            {alternative.label}
          </button>
        ) : null}
        <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
