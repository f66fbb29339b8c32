import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { minutesFromEditorState } from '../../../shared/minutes/from-editor-state';
import { blockText } from '../../../shared/minutes/minutes-document';
import { editorStateFixture } from './fixtures';
import { MARCH_2015_HEADING } from '../../fixtures/meetings';
import { EMPTY_ATTENDANCE_LINES, exportedMinutes } from './kcsp-2015-input';

const details = MARCH_2015_HEADING;

async function rawText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value;
}

/** mammoth separates paragraphs with a blank line; this gives the paragraphs' texts. */
const paragraphsOf = (text: string) => text.split('\n\n').filter((line) => line.trim() !== '');

describe('the minutes exported to Word, read back by mammoth', () => {
  it('produces a .docx (a zip) and not an empty file', async () => {
    const bytes = await exportedMinutes(details, editorStateFixture('minute-94'));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('has the title block, then every paragraph of minute 94 in order', async () => {
    const state = editorStateFixture('minute-94');
    const paragraphs = paragraphsOf(await rawText(await exportedMinutes(details, state)));
    const expected = minutesFromEditorState(details, state).blocks.map(blockText);
    expect(expected).toHaveLength(16);
    expect(paragraphs).toEqual([
      'KENT COMMUNITY SAFETY PARTNERSHIP',
      'NOTES of a meeting of the Kent Community Safety Partnership held in the Darent Room, Sessions House, County Hall, Maidstone on Thursday, 19 March 2015.',
      ...EMPTY_ATTENDANCE_LINES,
      ...expected,
    ]);
    expect(paragraphs).toContain('RESOLVED that the committee note the report and that an update on progress would be welcomed at a future meeting.');
  });

  it('types no list numbers into the text: the numbers are Word numbering', async () => {
    const paragraphs = paragraphsOf(await rawText(await exportedMinutes(details, editorStateFixture('minute-94'))));
    for (const paragraph of paragraphs) expect(paragraph).not.toMatch(/^(\d+\.|\([a-z]+\)|•|–)\s/);
  });

  it('strips control characters and keeps curly quotes, dashes, £, & and accents', async () => {
    const text = await rawText(await exportedMinutes(details, editorStateFixture('lists-and-formatting')));
    expect(paragraphsOf(text)).toContain('Costs of £150k – £300k for Kent & Medway, café ‘quoted’ text.');
    expect(paragraphsOf(text)).toContain('“Lessons must be learned,” said the Chairman.');
    // eslint-disable-next-line no-control-regex -- checking that none is left
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('strips control characters from the meeting details too', async () => {
    const dirty = { ...details, bodyName: 'Kent\u0007 Community Safety Partnership', venue: 'Darent\u000B Room\uFFFE' };
    const paragraphs = paragraphsOf(await rawText(await exportedMinutes(dirty, editorStateFixture('unknown-nodes'))));
    expect(paragraphs.slice(0, 2)).toEqual([
      'KENT COMMUNITY SAFETY PARTNERSHIP',
      'NOTES of a meeting of the Kent Community Safety Partnership held in the Darent Room on Thursday, 19 March 2015.',
    ]);
  });

  it('writes the sentence without "held in" when no venue is set', async () => {
    const paragraphs = paragraphsOf(await rawText(await exportedMinutes({ ...details, venue: '' }, editorStateFixture('unknown-nodes'))));
    expect(paragraphs[1]).toBe('NOTES of a meeting of the Kent Community Safety Partnership held on Thursday, 19 March 2015.');
  });

  it('refuses something that is not an editor state, before writing anything', async () => {
    await expect(exportedMinutes(details, { hello: 'world' })).rejects.toThrow(/not a Lexical editor state/);
  });
});
