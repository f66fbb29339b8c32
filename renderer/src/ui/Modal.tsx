import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** What Tab can reach inside a dialog, in document order. */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/**
 * A modal window (native <dialog>, so the rest of the window is inert and Escape closes it).
 * Focus goes in on opening (to the first control, or the one marked autoFocus), Tab and
 * Shift+Tab wrap around inside it rather than leaving for the browser's own chrome, and on
 * closing focus goes back to whatever had it before, so a keyboard user carries on from there.
 */
export function Modal({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // The contents mount only once the dialog is open: a control marked autoFocus cannot take the focus
  // inside a closed (hidden) dialog, so React's autoFocus would otherwise do nothing.
  const [open, setOpen] = useState(false);
  // A layout effect, so its cleanup closes the dialog while it is still in the document (before React
  // removes it): close() is what returns the focus to the control that had it before showModal(), the
  // opener (checked by test/e2e/keyboard.spec.ts). The contents appear before the first paint.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    setOpen(true);
    return () => dialog?.close();
  }, []);

  // No control asked for the focus (autoFocus): the first one takes it, as the dialog itself had it while empty.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    const active = document.activeElement;
    if (!open || !dialog || (active && active !== dialog && dialog.contains(active))) return;
    focusableIn(dialog)[0]?.focus();
  }, [open]);

  const keepTabInside = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const focusable = focusableIn(event.currentTarget);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-label={title}
      onKeyDown={keepTabInside}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2>{title}</h2>
      {open ? children : null}
    </dialog>
  );
}

/**
 * The foot of a dialog that only tells the officer something (a result, a refusal, the shortcuts): one Close
 * button, which has the focus, so Enter or Escape closes it.
 */
export function CloseActions({ onClose }: { onClose: () => void }): ReactNode {
  return (
    <div className="dialog-actions">
      <button type="button" className="primary" autoFocus onClick={onClose}>
        Close
      </button>
    </div>
  );
}

/** The controls Tab reaches in `container`, in order (hidden ones left out). */
function focusableIn(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => element.getClientRects().length > 0);
}
