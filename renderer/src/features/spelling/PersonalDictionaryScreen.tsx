import { DictionaryWordSchema } from '@shared/spelling/words';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeError } from '../../ui/plain-errors';

/**
 * The officer's personal dictionary: the words added with "Add to dictionary" in the minutes (or here), never
 * underlined in any meeting. Removing one asks first, since the word is then underlined again.
 */
export function PersonalDictionaryScreen(): ReactNode {
  const { spelling } = useAppServices();
  const words = useLiveQuery(() => spelling.listWords(), [spelling]);
  const [removing, setRemoving] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const formId = useId();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = DictionaryWordSchema.safeParse(typed);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'That is not one word');
      return;
    }
    try {
      await spelling.addWord(parsed.data);
      setTyped('');
      setError(null);
    } catch (failure) {
      setError(`The word could not be saved: ${describeError(failure)}`);
    }
  };

  return (
    <div className="panel dictionary-screen">
      <h1>Spelling</h1>
      <p className="muted">
        Spelling is checked in British English on this computer, with no network. Names on a committee’s roster, council terms
        (KCC, MARAC, Ofsted…) and words in capitals are never underlined. Right-click an underlined word (or press{' '}
        <kbd>Shift+F10</kbd>) for corrections.
      </p>
      <h2 id={`${formId}-heading`}>Your dictionary</h2>
      {words === undefined ? (
        <p className="muted">Loading…</p>
      ) : words.length === 0 ? (
        <p className="muted">No words yet. Choose “Add to dictionary” on an underlined word, or add one below.</p>
      ) : (
        <ul className="dictionary-list" aria-labelledby={`${formId}-heading`}>
          {words.map(({ word }) => (
            <li key={word}>
              <span lang="en-GB">{word}</span>
              <button type="button" className="quiet-danger" onClick={() => setRemoving(word)} aria-label={`Remove ${word}`}>
                Remove…
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="dictionary-add" onSubmit={(event) => void add(event)} noValidate>
        <label htmlFor={`${formId}-word`}>Add a word</label>
        <input
          id={`${formId}-word`}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${formId}-error` : undefined}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit">Add</button>
        {error ? (
          <p className="field-error" id={`${formId}-error`}>
            {error}
          </p>
        ) : null}
      </form>
      {removing !== null ? (
        <ConfirmDialog
          title={`Remove “${removing}” from your dictionary?`}
          confirmLabel="Remove word"
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const word = removing;
            setRemoving(null);
            void spelling.removeWord(word);
          }}
        >
          <p>It will be underlined again wherever the British English dictionary does not know it.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
