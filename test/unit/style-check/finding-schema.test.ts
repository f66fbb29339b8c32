import { describe, expect, it } from 'vitest';
import { parseMeetingFile, serialiseMeetingFile } from '../../../shared/meeting-file/meeting-file';
import { FromSpellingWorkerSchema, ToSpellingWorkerSchema } from '../../../shared/spelling/worker-messages';
import { checkMinutes } from '../../../shared/style-check/check-minutes';
import { StyleFindingSchema } from '../../../shared/style-check/findings';
import { oneMinute, testWordBook } from './meeting-builder';

/*
 * The doors the house-style check's data crosses in the app: findings coming back from the spelling worker, and
 * the dismissals stored with a meeting (so in meeting files and backups).
 */

const input = oneMinute(['Members said we don’t know if it will rain. The Clerk would circulate the forecast.', 'RESOLVED that the report be noted.']);

describe('the house-style check at the doors', () => {
  it('lets through every finding the check makes, and refuses a malformed one', () => {
    const { findings, offers } = checkMinutes(input, { words: testWordBook() });
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(offers).toHaveLength(1);
    for (const finding of findings) expect(StyleFindingSchema.parse(finding)).toEqual(finding);
    const answer = { kind: 'style-checked', id: 1, outcome: { ok: true, findings, dismissed: [], wordCount: 12, offers } };
    expect(FromSpellingWorkerSchema.safeParse(answer).success).toBe(true);
    // An offer is checked whole at the worker's door too: a key that is not an offer's is refused.
    const badOffer = { ...answer, outcome: { ...answer.outcome, offers: [{ ...offers[0]!, key: 'action:__proto__' }] } };
    expect(FromSpellingWorkerSchema.safeParse(badOffer).success).toBe(false);
    const bad = [{ ...findings[0]!, rule: 'grammar' }, { ...findings[0]!, key: '__proto__' }, { ...findings[0]!, place: { kind: 'paragraph', start: -1 } }];
    for (const finding of bad) expect(StyleFindingSchema.safeParse(finding).success).toBe(false);
    const question = { kind: 'style-check', id: 2, input: { ...input, roster: [...input.roster] }, dismissed: ['not a key'] };
    expect(ToSpellingWorkerSchema.safeParse(question).success).toBe(false);
  });

  it('carries a meeting’s dismissals in its meeting file, and refuses a file whose dismissals are not keys', () => {
    const meeting = { ...input.meeting, dismissedFindings: ['tense:1a2b3c4d', 'contraction:0000ffff#2'] };
    const text = serialiseMeetingFile({ ...input, meeting, templates: [] });
    const read = parseMeetingFile(text);
    expect(read.ok && read.file.meeting.dismissedFindings).toEqual(['tense:1a2b3c4d', 'contraction:0000ffff#2']);
    const hostile = text.replace('"tense:1a2b3c4d"', '"constructor"');
    expect(parseMeetingFile(hostile).ok).toBe(false);
  });
});
