import type { HouseStyle } from '@shared/house-style/house-style';
import { STYLE_RULES } from '@shared/style-check/findings';
import { STYLE_RULE_SETTINGS } from '@shared/style-check/check-minutes';
import { STYLE_RULE_NAMES } from '@shared/style-check/rule-names';
import { useId, type ReactNode } from 'react';

/** The house-style settings that belong to the check before circulating, not to the Word export. */
export const STYLE_CHECK_SETTINGS: ReadonlySet<keyof HouseStyle> = new Set([...Object.values(STYLE_RULE_SETTINGS), 'knownAbbreviations']);

/**
 * The house-style check before circulating, for one body: each rule on or off (the Check minutes panel and the
 * offer on circulating leave out a rule turned off), and the abbreviations its readers know without a spelling out.
 */
export function StyleCheckFieldset({ value, onChange }: { value: HouseStyle; onChange: (style: HouseStyle) => void }): ReactNode {
  const id = useId();
  return (
    <fieldset className="house-style">
      <legend>House-style check before circulating</legend>
      <p className="field-hint">What the check looks for (Check minutes, F7, and when the minutes are circulated):</p>
      {STYLE_RULES.map((rule) => {
        const setting = STYLE_RULE_SETTINGS[rule];
        return (
          <label key={rule} className="checkbox">
            <input type="checkbox" checked={value[setting] !== false} onChange={(e) => onChange({ ...value, [setting]: e.target.checked })} />
            {STYLE_RULE_NAMES[rule].setting}
          </label>
        );
      })}
      <label htmlFor={`${id}-known`}>Abbreviations readers know without a spelling out</label>
      <input id={`${id}-known`} value={value.knownAbbreviations} placeholder="KFRS, PCC" onChange={(e) => onChange({ ...value, knownAbbreviations: e.target.value })} />
    </fieldset>
  );
}
