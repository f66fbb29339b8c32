import type { HouseStyle } from '@shared/house-style/house-style';
import { useId, type ReactNode } from 'react';

/** The house-style settings that belong to AutoCorrect as the officer types, not to the Word export. */
export const AUTOCORRECT_SETTINGS: ReadonlySet<keyof HouseStyle> = new Set(['quotes', 'dashes']);

/**
 * AutoCorrect as the officer types, for one body: quotation marks and apostrophes, and dashes, as the council
 * prints them. (The body's abbreviations are on its page, below the settings.)
 */
export function AutoCorrectFieldset({ value, onChange }: { value: HouseStyle; onChange: (style: HouseStyle) => void }): ReactNode {
  const id = useId();
  return (
    <fieldset className="house-style">
      <legend>AutoCorrect as you type</legend>
      <div className="form-row two">
        <div>
          <label htmlFor={`${id}-quotes`}>Quotation marks and apostrophes</label>
          <select id={`${id}-quotes`} value={value.quotes} onChange={(e) => onChange({ ...value, quotes: e.target.value as HouseStyle['quotes'] })}>
            <option value="straight">Straight, as typed (' ")</option>
            <option value="curly">Curly (‘ ’ “ ”)</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-dashes`}>A hyphen typed between words ( - )</label>
          <select id={`${id}-dashes`} value={value.dashes} onChange={(e) => onChange({ ...value, dashes: e.target.value as HouseStyle['dashes'] })}>
            <option value="en">Becomes an en dash (–)</option>
            <option value="em">Becomes an em dash (—)</option>
            <option value="off">Stays a hyphen</option>
          </select>
        </div>
      </div>
      <p className="field-hint">
        Made as each word ends; <kbd>Ctrl+Z</kbd> or <kbd>Backspace</kbd> straight after a correction keeps what you typed. Two hyphens inside a word
        (2019--20) also become the dash.
      </p>
    </fieldset>
  );
}
