import { COUNTY_HOUSE_STYLE, type HouseStyle } from '@shared/house-style/house-style';
import { useId, type ReactNode } from 'react';
import { AUTOCORRECT_SETTINGS } from './AutoCorrectFieldset';
import { STYLE_CHECK_SETTINGS } from './StyleCheckFieldset';

const FONTS = ['Arial', 'Calibri', 'Verdana', 'Tahoma', 'Times New Roman', 'Georgia'];

/**
 * The Word export's look for one body: font, size, paper, margins, how times
 * are written, the council line and the signature block. Starts from the
 * county's house format; "Use the county's" puts it back.
 */
export function HouseStyleFieldset({ value, onChange }: { value: HouseStyle; onChange: (style: HouseStyle) => void }): ReactNode {
  const id = useId();
  const set = <K extends keyof HouseStyle>(key: K, next: HouseStyle[K]) => onChange({ ...value, [key]: next });
  // Only the export's own settings: the check's (StyleCheckFieldset) and AutoCorrect's are left as the body set them.
  const exportKeys = (Object.keys(COUNTY_HOUSE_STYLE) as (keyof HouseStyle)[]).filter((key) => !STYLE_CHECK_SETTINGS.has(key) && !AUTOCORRECT_SETTINGS.has(key));
  const isCounty = exportKeys.every((key) => value[key] === COUNTY_HOUSE_STYLE[key]);
  const useCounty = () => onChange({ ...value, ...Object.fromEntries(exportKeys.map((key) => [key, COUNTY_HOUSE_STYLE[key]])) });

  return (
    <fieldset className="house-style">
      <legend>Word export</legend>
      <div className="form-row">
        <div>
          <label htmlFor={`${id}-font`}>Font</label>
          <input id={`${id}-font`} list={`${id}-fonts`} value={value.font} onChange={(e) => set('font', e.target.value)} />
          <datalist id={`${id}-fonts`}>
            {FONTS.map((font) => (
              <option key={font} value={font} />
            ))}
          </datalist>
        </div>
        <div>
          <label htmlFor={`${id}-size`}>Text size</label>
          <select id={`${id}-size`} value={value.fontSizePt} onChange={(e) => set('fontSizePt', Number(e.target.value))}>
            {[10, 10.5, 11, 12, 13, 14].map((size) => (
              <option key={size} value={size}>
                {size} pt
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-paper`}>Paper</label>
          <select id={`${id}-paper`} value={value.paper} onChange={(e) => set('paper', e.target.value as HouseStyle['paper'])}>
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </div>
      </div>
      <div className="form-row">
        <div>
          <label htmlFor={`${id}-margin`}>Margins (mm)</label>
          <input
            id={`${id}-margin`}
            type="number"
            min={10}
            max={40}
            step={0.1}
            value={value.marginMm}
            onChange={(e) => set('marginMm', Number(e.target.value))}
          />
        </div>
        <div>
          <label htmlFor={`${id}-time`}>Times written as</label>
          <select id={`${id}-time`} value={value.timeStyle} onChange={(e) => set('timeStyle', e.target.value as HouseStyle['timeStyle'])}>
            <option value="10.00 am">10.00 am</option>
            <option value="10:00am">10:00am</option>
          </select>
        </div>
      </div>
      <div className="form-row">
        <div>
          <label htmlFor={`${id}-first-mention`}>Name people in full with their role</label>
          <select
            id={`${id}-first-mention`}
            value={value.firstMention}
            onChange={(e) => set('firstMention', e.target.value as HouseStyle['firstMention'])}
          >
            <option value="minute">At their first mention in each minute</option>
            <option value="meeting">At their first mention in the meeting</option>
          </select>
        </div>
      </div>
      <div className="form-row">
        <div>
          <label htmlFor={`${id}-carried`}>A motion on a vote was</label>
          <input id={`${id}-carried`} value={value.voteCarried} maxLength={40} onChange={(e) => set('voteCarried', e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-lost`}>or</label>
          <input id={`${id}-lost`} value={value.voteLost} maxLength={40} onChange={(e) => set('voteLost', e.target.value)} />
        </div>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={value.voteCounts} onChange={(e) => set('voteCounts', e.target.checked)} />
        Print a vote’s counts after its result (for 7, against 3, abstentions 1)
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={value.showCouncilName} onChange={(e) => set('showCouncilName', e.target.checked)} />
        Print the council’s name above the committee’s
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={value.signatureBlock} onChange={(e) => set('signatureBlock', e.target.checked)} />
        End with a signature block for the chair (signature, title, date)
      </label>
      {isCounty ? (
        <p className="field-hint">The county’s house format.</p>
      ) : (
        <button type="button" className="link" onClick={useCounty}>
          Use the county’s house format
        </button>
      )}
    </fieldset>
  );
}
