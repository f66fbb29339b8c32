import { BodySettingsSchema, type BodySettings, type ChairWord } from '@shared/model/body';
import type { DocumentWord } from '@shared/model/primitives';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { describeError, fieldErrors } from '../../ui/plain-errors';
import { FormActions } from '../../ui/FormActions';
import { houseStyleOf, houseStyleOverrides, type HouseStyle } from '@shared/house-style/house-style';
import { HeadingStyleChoice } from './HeadingStyleChoice';
import { HouseStyleFieldset } from './HouseStyleFieldset';
import { StyleCheckFieldset } from './StyleCheckFieldset';
import { AutoCorrectFieldset } from './AutoCorrectFieldset';
import { fieldHelpers } from '../../ui/field-helpers';

type FieldName = keyof BodySettings;
/** The form's values: the last minute number as typed, checked on saving. */
type FormValues = Omit<BodySettings, 'lastMinuteNumber'> & { lastMinuteNumber: string };

interface BodySettingsFormProps {
  initial: BodySettings;
  submitLabel: string;
  onSubmit: (settings: BodySettings) => Promise<void>;
  onCancel?: () => void;
  /** Shown beside the button after a successful save ("Saved at 10:42"). */
  savedNote?: string | null;
  autoFocus?: boolean;
}

/** A committee's or partnership's house-style settings. */
export function BodySettingsForm({ initial, submitLabel, onSubmit, onCancel, savedNote, autoFocus }: BodySettingsFormProps): ReactNode {
  const id = useId();
  const [values, setValues] = useState<FormValues>({ ...initial, lastMinuteNumber: String(initial.lastMinuteNumber) });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [houseStyle, setHouseStyle] = useState<HouseStyle>(() => houseStyleOf(initial.houseStyle));
  const changeHouseStyle = (style: HouseStyle) => {
    setHouseStyle(style);
    setDirty(true);
  };

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    setDirty(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = values.lastMinuteNumber.trim();
    const number = /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
    // Only the settings that differ from the county's are kept, so the county's changes still reach this body.
    const parsed = BodySettingsSchema.safeParse({ ...values, lastMinuteNumber: number, houseStyle: houseStyleOverrides(houseStyle) });
    if (!parsed.success) {
      const found = fieldErrors<FieldName>(parsed.error);
      if (Number.isNaN(number)) found.lastMinuteNumber = 'Give the last minute number used as a whole number (0 if none yet)';
      setErrors(found);
      return;
    }
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      await onSubmit(parsed.data);
      setDirty(false);
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const { field, errorFor } = fieldHelpers<FieldName>(id, errors, { hints: true });
  const lastNumber = /^\d+$/.test(values.lastMinuteNumber.trim()) ? Number(values.lastMinuteNumber.trim()) : null;

  return (
    <form className="body-settings" onSubmit={submit} noValidate>
      <div className="form-row two">
        <div>
          <label htmlFor={`${id}-councilName`}>Council</label>
          <input {...field('councilName')} value={values.councilName} onChange={(e) => set('councilName', e.target.value)} autoComplete="off" />
          {errorFor('councilName')}
        </div>
        <div>
          <label htmlFor={`${id}-name`}>Name of the committee or partnership</label>
          <input
            {...field('name')}
            value={values.name}
            onChange={(e) => set('name', e.target.value)}
            placeholder="Kent Community Safety Partnership"
            autoComplete="off"
            autoFocus={autoFocus}
          />
          {errorFor('name')}
        </div>
      </div>

      <label htmlFor={`${id}-defaultVenue`}>Usual venue</label>
      <input
        {...field('defaultVenue')}
        value={values.defaultVenue}
        onChange={(e) => set('defaultVenue', e.target.value)}
        placeholder="Darent Room, Sessions House, County Hall, Maidstone"
        autoComplete="off"
      />
      <p className="field-hint" id={`${id}-defaultVenue-hint`}>
        Filled in for each new meeting; a meeting elsewhere can change it.
      </p>
      {errorFor('defaultVenue')}

      <div className="form-row three">
        <div>
          <label htmlFor={`${id}-documentWord`}>Heading word</label>
          <select {...field('documentWord')} value={values.documentWord} onChange={(e) => set('documentWord', e.target.value as DocumentWord)}>
            <option value="NOTES">NOTES (partnership)</option>
            <option value="MINUTES">MINUTES (committee)</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-chairWord`}>The chair is called</label>
          <select {...field('chairWord')} value={values.chairWord} onChange={(e) => set('chairWord', e.target.value as ChairWord)}>
            <option value="Chairman">Chairman</option>
            <option value="Chair">Chair</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-lastMinuteNumber`}>Last minute number used</label>
          <input
            {...field('lastMinuteNumber')}
            inputMode="numeric"
            value={values.lastMinuteNumber}
            onChange={(e) => set('lastMinuteNumber', e.target.value)}
            autoComplete="off"
          />
          {errorFor('lastMinuteNumber')}
        </div>
      </div>
      <p className="field-hint" id={`${id}-lastMinuteNumber-hint`}>
        {lastNumber !== null ? `The next minutes finalised will start at ${lastNumber + 1}. ` : ''}Numbers are given out for good only when minutes are
        finalised.
      </p>

      <HeadingStyleChoice value={values.headingStyle} onChange={(style) => set('headingStyle', style)} />

      <HouseStyleFieldset value={houseStyle} onChange={changeHouseStyle} />
      <StyleCheckFieldset value={houseStyle} onChange={changeHouseStyle} />
      <AutoCorrectFieldset value={houseStyle} onChange={changeHouseStyle} />

      <FormActions
        submitLabel={submitLabel}
        busy={busy}
        onCancel={onCancel}
        failure={failure}
        note={
          savedNote && !dirty ? (
            <p className="saved-note" role="status">
              {savedNote}
            </p>
          ) : null
        }
      />
    </form>
  );
}
