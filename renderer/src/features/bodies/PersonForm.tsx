import { attendanceName, firstMention, laterMention } from '@shared/domain/person-names';
import type { ChairWord } from '@shared/model/body';
import { PersonDetailsSchema, type Office, type Person, type PersonDetails, type PersonKind } from '@shared/model/person';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { fieldErrors } from '../../ui/plain-errors';
import { TITLE_SUGGESTIONS } from '../../ui/title-suggestions';
import { FormActions } from '../../ui/FormActions';
import { fieldHelpers } from '../../ui/field-helpers';

type FieldName = keyof PersonDetails;

/** A blank roster entry; members by default on the roster, visitors when added on the day. */
export function emptyPerson(kind: PersonKind = 'member'): PersonDetails {
  return { title: '', forename: '', initials: '', surname: '', textTitle: '', honours: '', role: '', organisation: '', kind, office: null };
}

export const KIND_LABELS: Record<PersonKind, string> = { member: 'Member', officer: 'Officer', visitor: 'Visitor or substitute' };

interface PersonFormProps {
  initial: PersonDetails;
  chairWord: ChairWord;
  /** The body's roster, to say whose office would move. */
  roster: readonly Person[];
  /** The person being edited (so their own office is not "moved"), or null for a new person. */
  editingId: string | null;
  submitLabel: string;
  /** Saves; resolves true when saved (the form then clears for the next person, unless editing). */
  onSubmit: (details: PersonDetails) => Promise<boolean>;
  onCancel?: () => void;
  /** Offer honours and chair/vice-chair (the roster does; the quick visitor form does not). */
  full?: boolean;
  /** Extra fields shown before the buttons (the attendance line for a visitor). */
  children?: ReactNode;
  autoFocus?: boolean;
}

/** A person's details as the officer types them, with how the minutes will print the name. */
export function PersonForm({ initial, chairWord, roster, editingId, submitLabel, onSubmit, onCancel, full = true, children, autoFocus }: PersonFormProps): ReactNode {
  const id = useId();
  const [values, setValues] = useState<PersonDetails>(initial);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  const set = <K extends FieldName>(key: K, value: PersonDetails[K]) => setValues((previous) => ({ ...previous, [key]: value }));

  const holder = values.office ? roster.find((p) => p.office === values.office && p.id !== editingId) : undefined;
  const officeName = (office: Office) => (office === 'chair' ? chairWord : `Vice-${chairWord}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = PersonDetailsSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrors<FieldName>(parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      if ((await onSubmit(parsed.data)) && editingId === null) {
        // Ready for the next person: same kind (people are usually added a group at a time), no office.
        setValues({ ...emptyPerson(values.kind) });
        titleRef.current?.focus();
      }
    } finally {
      setBusy(false);
    }
  };

  const { field, errorFor } = fieldHelpers<FieldName>(id, errors);
  const preview = values.surname.trim() ? attendanceName(values, chairWord) : '';
  const inText = values.surname.trim() ? firstMention(values) : '';
  const later = values.surname.trim() ? laterMention(values) : '';

  return (
    <form className="person-form" onSubmit={submit} noValidate>
      <div className="person-fields">
        <div className="f-title">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            {...field('title')}
            ref={titleRef}
            list={`${id}-titles`}
            value={values.title}
            onChange={(e) => set('title', e.target.value)}
            autoComplete="off"
            autoFocus={autoFocus}
          />
          <datalist id={`${id}-titles`}>
            {TITLE_SUGGESTIONS.map((title) => (
              <option key={title} value={title} />
            ))}
          </datalist>
          {errorFor('title')}
        </div>
        <div className="f-forename">
          <label htmlFor={`${id}-forename`}>Forename</label>
          <input {...field('forename')} value={values.forename ?? ''} onChange={(e) => set('forename', e.target.value)} autoComplete="off" />
          {errorFor('forename')}
        </div>
        <div className="f-initials">
          <label htmlFor={`${id}-initials`}>Initials</label>
          <input {...field('initials')} value={values.initials} onChange={(e) => set('initials', e.target.value)} autoComplete="off" />
          {errorFor('initials')}
        </div>
        <div className="f-surname">
          <label htmlFor={`${id}-surname`}>Surname</label>
          <input {...field('surname')} value={values.surname} onChange={(e) => set('surname', e.target.value)} autoComplete="off" />
          {errorFor('surname')}
        </div>
        <div className="f-text-title">
          <label htmlFor={`${id}-textTitle`}>Title in the text</label>
          <input
            {...field('textTitle')}
            list={`${id}-titles`}
            value={values.textTitle ?? ''}
            onChange={(e) => set('textTitle', e.target.value)}
            placeholder={values.title.trim() || 'DCI'}
            autoComplete="off"
          />
          {errorFor('textTitle')}
        </div>
        {full ? (
          <div className="f-honours">
            <label htmlFor={`${id}-honours`}>Honours</label>
            <input {...field('honours')} value={values.honours} onChange={(e) => set('honours', e.target.value)} placeholder="OBE" autoComplete="off" />
            {errorFor('honours')}
          </div>
        ) : null}
        <div className="f-role">
          <label htmlFor={`${id}-role`}>Role</label>
          <input {...field('role')} value={values.role} onChange={(e) => set('role', e.target.value)} placeholder="Community Safety Manager" autoComplete="off" />
          {errorFor('role')}
        </div>
        <div className="f-organisation">
          <label htmlFor={`${id}-organisation`}>Organisation</label>
          <input
            {...field('organisation')}
            value={values.organisation}
            onChange={(e) => set('organisation', e.target.value)}
            placeholder="Kent Police"
            autoComplete="off"
          />
          {errorFor('organisation')}
        </div>
        <div className="f-kind">
          <label htmlFor={`${id}-kind`}>Member, officer or visitor</label>
          <select {...field('kind')} value={values.kind} onChange={(e) => set('kind', e.target.value as PersonKind)}>
            {(Object.keys(KIND_LABELS) as PersonKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        {full ? (
          <div className="f-office">
            <label htmlFor={`${id}-office`}>Office</label>
            <select
              {...field('office')}
              value={values.office ?? ''}
              onChange={(e) => set('office', e.target.value === '' ? null : (e.target.value as Office))}
            >
              <option value="">None</option>
              <option value="chair">{chairWord}</option>
              <option value="vice-chair">Vice-{chairWord}</option>
            </select>
          </div>
        ) : null}
        {children}
      </div>
      {holder && values.office ? (
        <p className="field-hint office-note" role="note">
          {attendanceName({ ...holder, office: null }, chairWord)} is {officeName(values.office)} now; saving moves the office to this person.
        </p>
      ) : null}
      <div className="person-form-footer">
        <p className="prints-as" aria-live="polite">
          {preview ? (
            <>
              Prints as: <strong>{preview}</strong>
              <span className="prints-in-text">
                {' '}
                In the text: <strong>{inText}</strong>
                {later !== inText ? (
                  <>
                    , then <strong>{later}</strong>
                  </>
                ) : null}
              </span>
            </>
          ) : (
            <span className="muted">Type a surname (and a title or forename if the council prints one) to see how the minutes will print the name.</span>
          )}
        </p>
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </div>
    </form>
  );
}
