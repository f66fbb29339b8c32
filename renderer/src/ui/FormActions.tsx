import type { ReactNode } from 'react';

interface FormActionsProps {
  submitLabel: string;
  busy: boolean;
  onCancel?: (() => void) | undefined;
  /** Why the last submit failed, in plain words. */
  failure?: string | null;
  /** A quiet note such as "Settings saved at 10:42:13", shown beside the buttons. */
  note?: ReactNode;
}

/** The foot of every form: what went wrong (announced), then Cancel and the submit button. */
export function FormActions({ submitLabel, busy, onCancel, failure, note }: FormActionsProps): ReactNode {
  return (
    <>
      {failure ? (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="dialog-actions">
        {note}
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
