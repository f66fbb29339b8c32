import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../shared/style-check/apply-fix';
import { checkMinutes } from '../../../shared/style-check/check-minutes';
import { checkedMinutes } from '../../../shared/style-check/checked-minutes';
import type { StyleFinding } from '../../../shared/style-check/findings';
import { oneMinute, person, testWordBook } from './meeting-builder';
import { SEED_MEETING_FILES, seedMeeting } from './seed-meetings';

/*
 * A finding's fix made in the saved minutes: the paragraph then reads as the fix says, and the check no longer
 * reports it. Every replace fix the check offers on the seed meetings is made, one at a time.
 */

const words = testWordBook();
const at = (finding: StyleFinding) => (finding.place.kind === 'paragraph' ? finding.place : null);

describe('applyFix', () => {
  it.each(SEED_MEETING_FILES)('makes every replace fix offered on %s, each putting its finding right', (name) => {
    const original = seedMeeting(name);
    const paragraphsBefore = checkedMinutes(original).map((minute) => minute.paragraphs.map((paragraph) => paragraph.text));
    const fixable = checkMinutes(original, { words }).findings.filter((finding) => finding.fix?.kind === 'replace');
    expect(fixable.length).toBeGreaterThan(0);
    // One after another, from the end of each paragraph back, so the offsets of those still to make stay true.
    const order = [...fixable].sort((a, b) => at(b)!.minute!.index - at(a)!.minute!.index || at(b)!.paragraphIndex - at(a)!.paragraphIndex || at(b)!.start - at(a)!.start);
    let input = original;
    const expected = paragraphsBefore.map((texts) => [...texts]);
    for (const finding of order) {
      const place = at(finding)!;
      const editorState = applyFix(input, finding);
      expect(editorState, finding.key).not.toBeNull();
      input = { ...input, editorState };
      const texts = expected[place.minute!.index]!;
      const text = texts[place.paragraphIndex]!;
      texts[place.paragraphIndex] = text.slice(0, place.start) + (finding.fix as { text: string }).text + text.slice(place.end);
    }
    expect(checkedMinutes(input).map((minute) => minute.paragraphs.map((paragraph) => paragraph.text))).toEqual(expected);
    const after = checkMinutes(input, { words }).findings;
    for (const finding of fixable) {
      const place = at(finding)!;
      const still = after.filter((f) => f.rule === finding.rule && at(f)?.minute?.index === place.minute!.index && at(f)?.paragraphIndex === place.paragraphIndex && at(f)?.start === place.start);
      expect(still, finding.key).toEqual([]);
    }
  }, 60_000);

  it('counts a mention as the words it prints, and never edits inside one', () => {
    const roster = [person('p-adams', 'Mr', 'M', 'Adams', { role: 'Deputy Operations Manager' })];
    const input = oneMinute([[{ mention: 'p-adams' }, ' said the team will start; ', { mention: 'p-adams' }, ' said it won’t stop.'], { resolution: 'that the report be noted.' }], { roster });
    const found = checkMinutes(input, { words }).findings;
    for (const finding of found) {
      const fixed = applyFix(input, finding);
      expect(fixed).not.toBeNull();
      const text = checkedMinutes({ ...input, editorState: fixed })[0]!.paragraphs[0]!.text;
      expect(text).toContain(finding.fix!.kind === 'replace' ? finding.fix!.text : '');
      expect(text.startsWith('Mr Adams (Deputy Operations Manager) said')).toBe(true);
    }
    expect(found.map((f) => f.text)).toEqual(['will', 'won’t']);
  });

  it('refuses a finding that no longer matches the minutes, a split, and a finding without a fix', () => {
    const input = oneMinute(['Members said we will act. RESOLVED that the report be noted.']);
    const [firstPerson, tense, resolution] = checkMinutes(input, { words }).findings;
    expect([firstPerson!.rule, tense!.rule, resolution!.rule]).toEqual(['first-person', 'tense', 'resolution']);
    expect(applyFix(input, firstPerson!)).toBeNull();
    expect(applyFix(input, resolution!)).toBeNull();
    const edited = oneMinute(['Members said they would act. RESOLVED that the report be noted.']);
    expect(applyFix(edited, tense!)).toBeNull();
    // The input is never changed.
    expect(JSON.stringify(input.editorState)).toContain('we will act');
  });
});
