import type { Body } from '@shared/model/body';
import { defaultMeetingTitle } from '@shared/model/meeting';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { MeetingFormSchema, type MeetingFormValues } from './meeting-form-values';
import { FormActions } from '../../ui/FormActions';
import { fieldHelpers } from '../../ui/field-helpers';
import { describeError } from '../../ui/plain-errors';

type MeetingDetails = MeetingFormValues;

interface MeetingFormProps {
  /** Values to start from: an existing meeting's, or the defaults for a new one. */
  initial: MeetingDetails;
  submitLabel: string;
  onSubmit: (details: MeetingDetails) => Promise<void>;
  onCancel?: () => void;
  /** The bodies already set up, offered by name; typing a new name creates one. */
  bodies: Body[];
  /** New meetings take their name from body and date until the officer types one. */
  nameFollowsBodyAndDate?: boolean;
}

type FieldErrors = Partial<Record<keyof MeetingDetails, string>>;

/** The details of a meeting: used to create one and to change one (rename, move, correct). */
export function MeetingForm({ initial, submitLabel, onSubmit, onCancel, bodies, nameFollowsBodyAndDate = false }: MeetingFormProps): ReactNode {
  const id = useId();
  const [values, setValues] = useState<MeetingDetails>(initial);
  const [nameTouched, setNameTouched] = useState(!nameFollowsBodyAndDate);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const knownBody = (name: string) => {
    const wanted = name.trim().toLocaleLowerCase('en-GB');
    return bodies.find((body) => body.name.toLocaleLowerCase('en-GB') === wanted);
  };
  const existingBody = knownBody(values.bodyName);

  const set = <K extends keyof MeetingDetails>(key: K, value: MeetingDetails[K]) => {
    setValues((previous) => {
      const next: MeetingDetails = { ...previous, [key]: value };
      if (key === 'bodyName') {
        // A known body brings its heading word, and its usual venue if none is typed yet.
        const body = knownBody(next.bodyName);
        if (body) {
          next.documentWord = body.documentWord;
          if (!next.venue.trim()) next.venue = body.defaultVenue;
        }
      }
      if (!nameTouched && (key === 'bodyName' || key === 'date')) {
        next.title = next.bodyName.trim() ? defaultMeetingTitle(next.bodyName, next.date) : '';
      }
      return next;
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = MeetingFormSchema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]) as keyof MeetingDetails;
        fieldErrors[key] ??= issue.message;
      }
      setErrors(fieldErrors);
      return;
    }
    setErrors({});
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const { field, errorFor } = fieldHelpers<keyof MeetingDetails>(id, errors);

  return (
    <form className="meeting-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-bodyName`}>Committee or partnership</label>
      <input
        {...field('bodyName')}
        list={`${id}-bodies`}
        value={values.bodyName}
        onChange={(e) => set('bodyName', e.target.value)}
        placeholder="Kent Community Safety Partnership"
        autoComplete="off"
        autoFocus
      />
      <datalist id={`${id}-bodies`}>
        {bodies.map((body) => (
          <option key={body.id} value={body.name} />
        ))}
      </datalist>
      {errorFor('bodyName')}
      {values.bodyName.trim() && !existingBody ? (
        <p className="field-hint">A new committee or partnership: it will be set up with the county’s defaults, which you can change later.</p>
      ) : null}

      <div className="form-row">
        <div>
          <label htmlFor={`${id}-date`}>Date</label>
          <input {...field('date')} type="date" value={values.date} onChange={(e) => set('date', e.target.value)} />
          {errorFor('date')}
        </div>
        <div>
          <label htmlFor={`${id}-startTime`}>Start time (optional)</label>
          <input
            {...field('startTime')}
            type="time"
            value={values.startTime ?? ''}
            // Cleared means not given: the minutes never print the start time.
            onChange={(e) => set('startTime', e.target.value === '' ? null : e.target.value)}
          />
          {errorFor('startTime')}
        </div>
        <div>
          <label htmlFor={`${id}-documentWord`}>Heading word</label>
          <select
            {...field('documentWord')}
            // A body's heading word is one of its settings; it is chosen here only for a new body.
            disabled={Boolean(existingBody)}
            title={existingBody ? 'Set in the committee’s settings' : undefined}
            value={values.documentWord}
            onChange={(e) => set('documentWord', e.target.value as MeetingDetails['documentWord'])}
          >
            <option value="NOTES">NOTES (partnership)</option>
            <option value="MINUTES">MINUTES (committee)</option>
          </select>
        </div>
      </div>

      <label htmlFor={`${id}-venue`}>Venue</label>
      <input
        {...field('venue')}
        value={values.venue}
        onChange={(e) => set('venue', e.target.value)}
        placeholder="Darent Room, Sessions House, County Hall, Maidstone (or Online)"
      />
      {errorFor('venue')}

      <label htmlFor={`${id}-title`}>Meeting name</label>
      <input
        {...field('title')}
        value={values.title}
        onChange={(e) => {
          setNameTouched(true);
          set('title', e.target.value);
        }}
      />
      {errorFor('title')}

      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} failure={failure} />
    </form>
  );
}
