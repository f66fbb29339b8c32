import { UserTemplateSchema, type UserTemplate } from '@shared/domain/templates';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import type { UserTemplateDraft } from '../../db/templates-repository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { plainIssue } from '../../ui/plain-errors';

const EMPTY: UserTemplateDraft = { name: '', shortcutHint: '', text: '' };

/**
 * A body's own standing phrases: the wording its officers type again and again
 * ("RESOLVED that the committee note the report."), offered with "/" in the
 * minutes next to the county's. Added, edited and deleted here.
 */
export function TemplatesSection({ bodyId }: { bodyId: string }): ReactNode {
  const { templates } = useAppServices();
  const list = useLiveQuery(() => templates.listTemplates(bodyId), [templates, bodyId]);
  const [editing, setEditing] = useState<UserTemplate | 'new' | null>(null);
  const [deleting, setDeleting] = useState<UserTemplate | null>(null);

  return (
    <section className="templates-section" aria-labelledby={`templates-${bodyId}`}>
      <h2 id={`templates-${bodyId}`}>Standard phrases</h2>
      <p className="muted">
        Your own wording for this committee, offered with <kbd>/</kbd> or <kbd>Ctrl+Alt+T</kbd> while minuting, next to the county’s.
      </p>
      {list && list.length > 0 ? (
        <ul className="template-list">
          {list.map((template) => (
            <li key={template.id}>
              <div>
                <strong>{template.name}</strong>
                {template.shortcutHint ? <span className="muted"> /{template.shortcutHint}</span> : null}
                <p className="template-text">{template.text}</p>
              </div>
              <div className="template-actions">
                <button type="button" onClick={() => setEditing(template)} aria-label={`Edit ${template.name}`}>
                  Edit
                </button>
                <button type="button" className="quiet-danger" onClick={() => setDeleting(template)} aria-label={`Delete ${template.name}`}>
                  Delete…
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None yet.</p>
      )}
      {editing ? (
        <TemplateForm
          initial={editing === 'new' ? EMPTY : editing}
          onCancel={() => setEditing(null)}
          onSave={async (draft) => {
            if (editing === 'new') await templates.addTemplate(bodyId, draft);
            else await templates.updateTemplate(editing.id, draft);
            setEditing(null);
          }}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          Add a standard phrase
        </button>
      )}
      {deleting ? (
        <ConfirmDialog
          title={`Delete “${deleting.name}”?`}
          confirmLabel="Delete phrase"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void templates.deleteTemplate(id);
          }}
        >
          <p>Minutes already typed with it keep their words.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function TemplateForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: UserTemplateDraft;
  onSave: (draft: UserTemplateDraft) => Promise<void>;
  onCancel: () => void;
}): ReactNode {
  const id = useId();
  const [draft, setDraft] = useState<UserTemplateDraft>({ name: initial.name, shortcutHint: initial.shortcutHint ?? '', text: initial.text });
  const [errors, setErrors] = useState<string[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = UserTemplateSchema.omit({ id: true, bodyId: true }).safeParse(draft);
    if (!checked.success) {
      setErrors([...new Set(checked.error.issues.map(plainIssue))]);
      return;
    }
    setErrors([]);
    await onSave(checked.data);
  };

  return (
    <form className="template-form" onSubmit={submit} noValidate aria-label="Standard phrase">
      <label htmlFor={`${id}-name`}>Name</label>
      <input id={`${id}-name`} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} autoFocus />
      <label htmlFor={`${id}-hint`}>Short word (typed after /)</label>
      <input id={`${id}-hint`} value={draft.shortcutHint ?? ''} onChange={(e) => setDraft({ ...draft, shortcutHint: e.target.value })} />
      <label htmlFor={`${id}-text`}>Wording</label>
      <textarea
        id={`${id}-text`}
        rows={3}
        value={draft.text}
        onChange={(e) => setDraft({ ...draft, text: e.target.value })}
        aria-describedby={`${id}-help`}
      />
      <p className="field-hint" id={`${id}-help`}>
        {'{person}'} is picked from the attendance; {'{previous meeting date}'} is filled in; any other {'{blank}'} is left for you to fill
        (Tab moves between blanks); a new line starts a new paragraph; start with RESOLVED for a decision.
      </p>
      {errors.length > 0 ? (
        <ul className="form-failure" role="alert">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save phrase
        </button>
      </div>
    </form>
  );
}
