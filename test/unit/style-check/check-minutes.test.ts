import { describe, expect, it } from 'vitest';
import { EditorStateError } from '../../../shared/minutes/from-editor-state';
import { checkMinutes, STYLE_RULE_SETTINGS } from '../../../shared/style-check/check-minutes';
import { checkedMinutes } from '../../../shared/style-check/checked-minutes';
import { DismissedFindingsSchema, STYLE_RULES } from '../../../shared/style-check/findings';
import { COUNTY_HOUSE_STYLE, HouseStyleOverridesSchema, houseStyleOf } from '../../../shared/house-style/house-style';
import { meetingInput, oneMinute, person, testWordBook } from './meeting-builder';

/*
 * The check as a whole: where findings point (offsets in the printed paragraph, the editor node), the stretches
 * it leaves alone, dismissal keys that survive edits elsewhere, and the house-style settings that turn rules off.
 */

const words = testWordBook();
const NOTED = { resolution: 'that the report be noted.' };
const adams = person('p-adams', 'Mr', 'M', 'Adams', { role: 'Deputy Operations Manager', organisation: 'KFRS' });

describe('where a finding points', () => {
  it('counts offsets in the paragraph as printed, a mention as its words, and gives the editor node', () => {
    const input = oneMinute(['Members met.', { numbered: ['First point.', [{ mention: 'p-adams' }, ' said that we would help.']] }, NOTED], {
      roster: [adams],
      houseStyle: { knownAbbreviations: 'KFRS' },
    });
    const [finding] = checkMinutes(input, { words }).findings;
    const printed = 'Mr Adams (Deputy Operations Manager, KFRS) said that we would help.';
    expect(finding).toMatchObject({
      rule: 'first-person',
      text: 'we',
      place: { kind: 'paragraph', minute: { itemId: 'item-1', index: 0, heading: '11. Adult Social Care Update' }, paragraphIndex: 2, start: printed.indexOf('we'), end: printed.indexOf('we') + 2 },
    });
    // Root → the minute item (child 0) → the list (child 2, after the heading and "Members met.") → its second item.
    expect(finding!.place.kind === 'paragraph' && finding!.place.nodePath).toEqual([0, 2, 1]);
    expect(checkedMinutes(input)[0]!.paragraphs[2]!.text).toBe(printed);
  });

  it('never looks inside the words a mention prints', () => {
    const lee = person('p-lee', 'Ms', 'J', 'Lee', { role: 'lead for what we will do', organisation: 'ABC' });
    const input = oneMinute([[{ mention: 'p-lee' }, ' introduced the report.'], NOTED], { roster: [lee] });
    expect(checkMinutes(input, { words }).findings).toEqual([]);
  });

  it('keeps offsets right when the officer’s text holds the characters the reader uses as markers', () => {
    const input = oneMinute(['\uFDD0\uFDD6 Members said we agreed.', NOTED]);
    const [finding] = checkMinutes(input, { words }).findings;
    expect(finding).toMatchObject({ text: 'we', place: { start: 'xx Members said '.length } });
  });

  it('lists the attendance first, then the minutes in order', () => {
    const input = meetingInput({
      roster: [person('p-a', 'Ms', 'L', 'Conner'), person('p-b', 'Ms', 'L', 'Connor')],
      minutes: [
        { title: 'Budget', blocks: ['Mr Hill said we agreed.', 'It is late.'] },
        { title: 'Parks', blocks: ['Our parks were discussed.', NOTED] },
      ],
    });
    const places = checkMinutes(input, { words }).findings.map((f) => `${f.rule}@${f.place.kind === 'paragraph' ? `${f.place.minute?.index}.${f.place.paragraphIndex}` : f.place.kind}`);
    expect(places).toEqual(['name@attendance', 'name@0.0', 'first-person@0.0', 'tense@0.1', 'resolution@minute', 'first-person@1.0']);
  });

  it('refuses minutes that are not an editor state, as the export does', () => {
    expect(() => checkMinutes({ ...oneMinute([]), editorState: { root: 'nothing' } }, { words })).toThrow(EditorStateError);
  });
});

describe('dismissing a finding', () => {
  const paragraph = 'Mr Adams said that the team will be in place by May.';
  const keyOf = (blocks: Parameters<typeof oneMinute>[0]) => checkMinutes(oneMinute(blocks), { words }).findings.find((f) => f.text === 'will')!.key;

  it('keeps its key when paragraphs are added above and words elsewhere in the paragraph change', () => {
    const key = keyOf([paragraph, NOTED]);
    expect(keyOf(['Members welcomed the report.', paragraph, NOTED])).toBe(key);
    expect(keyOf([paragraph.replace('by May', 'by the end of June 2025'), NOTED])).toBe(key);
    expect(keyOf([paragraph.replace('the team will', 'the new team will'), NOTED])).not.toBe(key);
  });

  it('tells the same words in the same place apart by order, and returns dismissed findings apart', () => {
    const input = oneMinute(['We met.', 'We met.', NOTED]);
    const { findings } = checkMinutes(input, { words });
    expect(findings.map((f) => f.key)).toEqual([findings[0]!.key, `${findings[0]!.key}#2`]);
    expect(DismissedFindingsSchema.parse(findings.map((f) => f.key))).toHaveLength(2);
    expect(DismissedFindingsSchema.safeParse(['tense:xyz']).success).toBe(false);
    const result = checkMinutes(input, { words, dismissed: new Set([findings[0]!.key]) });
    expect(result.findings.map((f) => f.key)).toEqual([`${findings[0]!.key}#2`]);
    expect(result.dismissed.map((f) => f.key)).toEqual([findings[0]!.key]);
  });
});

describe('turning rules off in the house style', () => {
  const faulty = ['Mr Smyth said we didn’t know if the ICB will act on {summary}. RESOLVED that it be noted.'];

  it('runs every rule by default and none that the body turned off', () => {
    const rulesFound = (houseStyle = {}) => new Set(checkMinutes(oneMinute(faulty, { roster: [person('p-smith', 'Mr', 'J', 'Smith')], houseStyle }), { words }).findings.map((f) => f.rule));
    expect(rulesFound()).toEqual(new Set(STYLE_RULES));
    for (const rule of STYLE_RULES) {
      const found = rulesFound({ [STYLE_RULE_SETTINGS[rule]]: false });
      expect(found.has(rule), rule).toBe(false);
      expect(found.size, rule).toBe(STYLE_RULES.length - 1);
    }
  });

  it('reads a house style saved before the check existed, with every rule on', () => {
    const saved = HouseStyleOverridesSchema.parse({ font: 'Verdana', timeStyle: '10:00am' });
    const style = houseStyleOf(saved);
    for (const rule of STYLE_RULES) expect(style[STYLE_RULE_SETTINGS[rule]]).toBe(true);
    expect(style.knownAbbreviations).toBe('');
    expect(COUNTY_HOUSE_STYLE.checkTense).toBe(true);
    expect(HouseStyleOverridesSchema.safeParse({ checkTense: 'no' }).success).toBe(false);
  });
});
