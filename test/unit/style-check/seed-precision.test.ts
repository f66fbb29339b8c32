import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMinutes } from '../../../shared/style-check/check-minutes';
import { checkedMinutes } from '../../../shared/style-check/checked-minutes';
import { SEED_JUDGEMENTS } from '../../fixtures/style-check/seed-judgements';
import { testWordBook } from './meeting-builder';
import { SEED_MEETING_FILES, seedMeeting, type SeedMeetingFile } from './seed-meetings';

/*
 * Precision: the check on the three seed meetings as the council published them. Every alarm must have been
 * judged by hand (test/fixtures/style-check/seed-judgements.ts), and false alarms must stay at one per 1,000
 * words or fewer, as issue 17 asks. First, the meeting files must hold the published words.
 */

/** Where each meeting's published text is: the seed beside the repository (or a copy in test/fixtures/seeds). */
const SEED_TEXT: Record<SeedMeetingFile, string> = {
  'kcsp-2015-03-19.json': '001_27efcbc9c765a2a8.txt',
  'kcsp-2019-07-17.json': '000_8ae6432f9e1f618f.txt',
  'kcsp-2023-03-21.json': '002_0941d698233bc959.txt',
};

function publishedText(name: SeedMeetingFile): string | null {
  for (const where of [`../../fixtures/seeds/${SEED_TEXT[name]}`, `../../../../shared/seeds/${SEED_TEXT[name]}`]) {
    const url = new URL(where, import.meta.url);
    if (existsSync(url)) return readFileSync(url, 'utf8').replace(/\s+/g, ' ');
  }
  if (process.env.CI) throw new Error(`The published text of ${name} (${SEED_TEXT[name]}) is missing`);
  return null;
}

const words = testWordBook();

describe.each(SEED_MEETING_FILES)('%s as published', (name) => {
  const input = seedMeeting(name);
  const result = checkMinutes(input, { words });
  const judged = SEED_JUDGEMENTS[name] ?? [];

  it('holds the published words, paragraph by paragraph', (context) => {
    const published = publishedText(name);
    if (published === null) {
      context.skip(`the seed text ${SEED_TEXT[name]} is not beside the repository`);
      return;
    }
    const paragraphs = checkedMinutes(input).flatMap((minute) => minute.paragraphs.map((paragraph) => paragraph.text.replace(/\s+/g, ' ')));
    expect(paragraphs.length).toBeGreaterThan(20);
    expect(paragraphs.filter((text) => !published.includes(text))).toEqual([]);
  });

  it('raises only alarms that have been judged, and every judged alarm', () => {
    const found = result.findings.map((finding) => ({
      key: finding.key,
      rule: finding.rule,
      minute: finding.place.kind === 'attendance' ? null : (finding.place.minute?.heading ?? null),
      text: finding.text,
    }));
    expect(found).toEqual(judged.map(({ key, rule, minute, text }) => ({ key, rule, minute, text })));
  });

  it('raises at most one false alarm per 1,000 words', () => {
    const falseAlarms = judged.filter((judgement) => judgement.verdict === 'false alarm').length;
    const arguable = judged.filter((judgement) => judgement.verdict === 'fault' && judgement.arguable !== undefined).length;
    const per1000 = (count: number) => ((1000 * count) / result.wordCount).toFixed(2);
    console.log(
      `${name}: ${result.wordCount} words, ${judged.length} alarms: ${judged.length - falseAlarms} faults, ${falseAlarms} false alarms (${per1000(falseAlarms)} per 1,000 words); ` +
        `counting the ${arguable} arguable faults as false alarms too: ${falseAlarms + arguable} (${per1000(falseAlarms + arguable)} per 1,000 words)`,
    );
    expect(result.wordCount).toBeGreaterThan(1500);
    expect((1000 * falseAlarms) / result.wordCount).toBeLessThanOrEqual(1);
  });
});
