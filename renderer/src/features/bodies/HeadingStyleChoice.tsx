import { minuteHeadingLabel } from '@shared/domain/minute-numbers';
import type { HeadingStyle } from '@shared/model/body';
import { useId, type ReactNode } from 'react';

/** The item each example heads, and the number it would carry: one minute as the council prints it. */
const EXAMPLE_ITEM = { code: 'B1', title: 'Community Safety Integration Project' };
const EXAMPLE_NUMBER = 94;

/** Each choice worded as the printed minutes show it, the chair and officer reading what they will see on paper. */
const CHOICES: readonly { style: HeadingStyle; label: string }[] = [
  { style: 'minute-numbers', label: 'Minute number, with the agenda item beneath' },
  { style: 'agenda-codes', label: 'Agenda code only, no minute number' },
];

/** How minutes are headed: each choice with an example heading laid out by the same rule the Word export uses. */
export function HeadingStyleChoice({ value, onChange }: { value: HeadingStyle; onChange: (style: HeadingStyle) => void }): ReactNode {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>How each minute is headed in the printed minutes</legend>
      {CHOICES.map(({ style, label }) => {
        const heading = minuteHeadingLabel(EXAMPLE_ITEM, EXAMPLE_NUMBER, style);
        return (
          <label key={style} className="choice">
            <input type="radio" name={name} value={style} checked={value === style} onChange={() => onChange(style)} />
            <span>
              {label}
              <span className="example heading-example" data-testid={`heading-example-${style}`}>
                <strong>
                  {heading.label} {heading.title}
                </strong>
                {heading.reference ? <span className="heading-reference">{heading.reference}</span> : null}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
