import { abbreviationProblem, type Abbreviation } from '@shared/autocorrect/abbreviations';
import type { Body } from '@shared/model/body';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeError } from '../../ui/plain-errors';

/** The last change, said, with the list as it was before it for Undo (null once undone). */
interface LastChange {
  said: string;
  before: readonly Abbreviation[] | null;
}

/**
 * The officer's abbreviations for one committee: typed in the minutes ("kcc"), written out in full as the word
 * ends ("Kent County Council"). Added, changed and deleted here (deleting asks first); the last change can be
 * undone. Saved at once: the minutes of this committee use the list as soon as it changes.
 */
export function AbbreviationsSection({ body }: { body: Body }): ReactNode {
  const { bodies } = useAppServices();
  const list = body.abbreviations ?? [];
  const [editing, setEditing] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<Abbreviation | null>(null);
  const [lastChange, setLastChange] = useState<LastChange | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  /** Stores a change, remembering the list before it for Undo. */
  const change = async (said: string, next: (current: readonly Abbreviation[]) => readonly Abbreviation[], undoable = true): Promise<void> => {
    setFailure(null);
    let before: readonly Abbreviation[] = [];
    try {
      await bodies.changeAbbreviations(body.id, (current) => {
        before = current;
        return next(current);
      });
      setLastChange({ said, before: undoable ? before : null });
    } catch (error) {
      setFailure(`The abbreviations could not be saved: ${describeError(error)}`);
    }
  };

  const undo = async (): Promise<void> => {
    if (!lastChange) return;
    const { before } = lastChange;
    if (!before) return;
    setEditing(null);
    await change('The last change is undone.', () => before, false);
  };

  return (
    <section className="abbreviations-section" aria-labelledby={`abbreviations-${body.id}`}>
      <h2 id={`abbreviations-${body.id}`}>Abbreviations</h2>
      <p className="muted">
        Written out in full as you type them in this committee’s minutes: “kcc” and a space gives “Kent County Council”, and “Kcc” at the
        start of a sentence gives it with a capital. <kbd>Ctrl+Z</kbd> or <kbd>Backspace</kbd> straight after keeps what you typed.
      </p>
      {list.length > 0 ? (
        <table className="abbreviation-table">
          <thead>
            <tr>
              <th scope="col">You type</th>
              <th scope="col">The minutes say</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((entry, index) =>
              editing === index ? (
                <tr key={entry.short}>
                  <td colSpan={3}>
                    <AbbreviationForm
                      initial={entry}
                      submitLabel="Save abbreviation"
                      problem={(draft) => abbreviationProblem(draft, list, index)}
                      onCancel={() => setEditing(null)}
                      onSave={async (draft) => {
                        await change(`“${draft.short}” is changed.`, (current) => current.map((other, at) => (at === index ? draft : other)));
                        setEditing(null);
                      }}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={entry.short}>
                  <td>
                    <code>{entry.short}</code>
                  </td>
                  <td>{entry.full}</td>
                  <td className="template-actions">
                    <button type="button" onClick={() => setEditing(index)} aria-label={`Edit ${entry.short}`}>
                      Edit
                    </button>
                    <button type="button" className="quiet-danger" onClick={() => setDeleting(entry)} aria-label={`Delete ${entry.short}`}>
                      Delete…
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : (
        <p className="muted">None yet.</p>
      )}
      {lastChange || failure ? (
        <p className="saved-note" role="status">
          {failure ?? lastChange?.said}{' '}
          {lastChange?.before && !failure ? (
            <button type="button" className="link" onClick={() => void undo()}>
              Undo
            </button>
          ) : null}
        </p>
      ) : null}
      {editing === null ? (
        <AbbreviationForm
          key={list.length}
          initial={{ short: '', full: '' }}
          submitLabel="Add abbreviation"
          problem={(draft) => abbreviationProblem(draft, list, null)}
          onSave={(draft) => change(`“${draft.short}” is added.`, (current) => [...current, draft])}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={`Delete “${deleting.short}”?`}
          confirmLabel="Delete abbreviation"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const { short } = deleting;
            setDeleting(null);
            void change(`“${short}” is deleted.`, (current) => current.filter((entry) => entry.short !== short));
          }}
        >
          <p>
            “{deleting.short}” will no longer be written out as “{deleting.full}”. Minutes already typed keep their words.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function AbbreviationForm({
  initial,
  submitLabel,
  problem,
  onSave,
  onCancel,
}: {
  initial: Abbreviation;
  submitLabel: string;
  problem: (draft: Abbreviation) => string | null;
  onSave: (draft: Abbreviation) => Promise<void>;
  onCancel?: () => void;
}): ReactNode {
  const id = useId();
  const [draft, setDraft] = useState<Abbreviation>(initial);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problem(draft);
    setError(found);
    if (found) return;
    await onSave({ short: draft.short.trim(), full: draft.full.trim() });
  };

  return (
    <form className="abbreviation-form" onSubmit={submit} noValidate aria-label={submitLabel}>
      <div className="form-row two">
        <div>
          <label htmlFor={`${id}-short`}>You type</label>
          <input
            id={`${id}-short`}
            value={draft.short}
            placeholder="kcc"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setDraft({ ...draft, short: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={`${id}-full`}>The minutes say</label>
          <input
            id={`${id}-full`}
            value={draft.full}
            placeholder="Kent County Council"
            autoComplete="off"
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setDraft({ ...draft, full: e.target.value })}
          />
        </div>
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button type="submit">{submitLabel}</button>
      </div>
    </form>
  );
}
