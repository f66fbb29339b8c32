import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportMeetingDocx } from '../../../shared/export/docx/index';
import { parseMeetingFile, type MeetingFile } from '../../../shared/meeting-file/meeting-file';
import { voteNodeJson } from '../../../shared/minutes/vote-node';
import { pythonDocx, pythonDocxView, skipWithout } from '../../support/docx-readers';
import { KCSP_BODY, editorState, kcsp2015Input, minute, paragraph, seed001Minutes, text } from './kcsp-2015-input';

/** A vote in a minute: saved as the editor saves it, checked at the meeting-file door, printed in the house format. */

const HANDS = voteNodeJson({ kind: 'show-of-hands', forCount: 7, againstCount: 3, abstainCount: 1, castingVote: null });
const RECORDED = voteNodeJson({
  kind: 'recorded',
  castingVote: null,
  placings: [
    { personId: 'p-martin', choice: 'for' },
    { personId: 'p-hill', choice: 'for' },
    { personId: 'p-rivers', choice: 'against' },
    { personId: 'p-cooke', choice: 'did-not-vote' },
  ],
});

const goodText = readFileSync(new URL('../../fixtures/meeting-files/kcsp-2015-03-19.json', import.meta.url), 'utf8');
/** The seed meeting file with `vote` after the first paragraph of its first minute. */
function fileWithVote(vote: unknown): string {
  const file = JSON.parse(goodText) as MeetingFile;
  const minuteNode = (file.minutes.editorState.root.children as { type: string; children: unknown[] }[]).find((node) => node.type === 'minute-item')!;
  minuteNode.children.splice(2, 0, vote);
  return JSON.stringify(file);
}

describe('a vote at the meeting-file door', () => {
  it('accepts both kinds of vote as the editor saves them', () => {
    for (const vote of [HANDS, RECORDED]) {
      const result = parseMeetingFile(fileWithVote(vote));
      if (!result.ok) throw new Error(result.message);
      expect(result.warnings).toEqual([]);
    }
  });

  it('refuses counts out of bounds, placings of someone off the roster, and a member placed twice', () => {
    const refused = (vote: unknown) => {
      const result = parseMeetingFile(fileWithVote(vote));
      return result.ok ? 'accepted' : result.message;
    };
    expect(refused({ ...HANDS, forCount: -2 })).toMatch(/a vote whose “forCount” should be a whole number from 0 to 1,000, not/);
    expect(refused({ ...HANDS, voteKind: 'secret' })).toMatch(/a vote whose “voteKind” should be one of “show-of-hands”, “recorded”/);
    expect(refused({ ...RECORDED, placings: [{ personId: 'p-nobody', choice: 'for' }] })).toMatch(/a vote placing a person who is not on the roster\.$/);
    expect(refused({ ...RECORDED, placings: [{ personId: 'p-hill', choice: 'for' }, { personId: 'p-hill', choice: 'against' }] })).toMatch(/“placings” should be a list of at most 1000 members, each placed once/);
    expect(refused({ ...RECORDED, placings: [{ personId: 'p-hill', choice: 'for', note: 'x' }] })).toMatch(/“placings” should be/);
    expect(refused({ ...RECORDED, placings: { 'p-hill': 'for' } })).toMatch(/“placings” should be/);
  });

  it('fills in what Lexical may leave out, and refuses a vote inside a paragraph', () => {
    const { forCount: _f, castingVote: _c, ...sparse } = HANDS;
    const result = parseMeetingFile(fileWithVote({ ...sparse, voteKind: 'show-of-hands' }));
    expect(result.ok).toBe(true);
    const inside = parseMeetingFile(fileWithVote(paragraph(text('Before '), HANDS)));
    expect(inside.ok ? 'accepted' : inside.message).toMatch(/a vote where it cannot stand, inside a paragraph\.$/);
  });
});

describe('a vote in the Word export', () => {
  it.skipIf(skipWithout(pythonDocx))('prints a show of hands as a paragraph and a recorded vote as a table named as the attendance lines', async () => {
    const [first, ...rest] = seed001Minutes() as { children: unknown[] }[];
    const votes = minute('item-92', ...first!.children.slice(1), paragraph(text('The motion was put.')), HANDS, RECORDED);
    const bytes = await exportMeetingDocx(kcsp2015Input({ editorState: editorState(votes, ...rest) }), { version: 'full', draft: false });
    const view = pythonDocxView(bytes);
    const texts = view.paragraphs.map((p) => p.text);
    expect(texts).toContain('On being put to the vote the motion was carried (for 7, against 3, abstention 1).');
    expect(texts).toContain('On a recorded vote the motion was carried (for 2, against 1).');
    const voteTable = view.tables.find((table) => table.cellTexts[0] === 'For (2)');
    expect(voteTable?.cellTexts).toEqual(['For (2)', 'Mr P M Hill, OBE (Chairman) and Ms E Martin', 'Against (1)', 'Mr Rivers (Vice-Chairman)', 'Abstain (0)', 'None']);
    expect(voteTable?.layout).toBe('fixed');
  });

  it.skipIf(skipWithout(pythonDocx))("words the result in the body's house style", async () => {
    const state = editorState(minute('item-92', HANDS));
    const body = { ...KCSP_BODY, houseStyle: { voteCarried: 'agreed', voteLost: 'not agreed', voteCounts: false } };
    const view = pythonDocxView(await exportMeetingDocx(kcsp2015Input({ body, editorState: state }), { version: 'full', draft: false }));
    expect(view.paragraphs.map((p) => p.text)).toContain('On being put to the vote the motion was agreed.');
  });
});
