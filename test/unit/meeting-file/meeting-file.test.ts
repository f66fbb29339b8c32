import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEETING_FILE_MAX_BYTES, meetingExportInput, parseMeetingFile, serialiseMeetingFile, type MeetingFile } from '../../../shared/meeting-file/meeting-file';

const goodText = readFileSync(new URL('../../fixtures/meeting-files/kcsp-2015-03-19.json', import.meta.url), 'utf8');
const good = (): MeetingFile => JSON.parse(goodText) as MeetingFile;
const text = (value: unknown) => JSON.stringify(value);
const refused = (input: string): string => {
  const result = parseMeetingFile(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
};

describe('parseMeetingFile', () => {
  it('reads a seed meeting file with no warnings, and gives the export what it needs', () => {
    const result = parseMeetingFile(goodText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.file.meeting.agenda).toHaveLength(12);
    const input = meetingExportInput(result.file);
    expect(input.body.lastMinuteNumber).toBe(91);
    expect((input.editorState as { root: { type: string } }).root.type).toBe('root');
  });

  it('says a truncated file is not JSON and where it ends', () => {
    expect(refused('{\n  "format": "minute-book/meeting",\n  "version": 1,\n  "bo')).toBe(
      'The file is not a Minute Book meeting file: it is not JSON (it ends early, at line 4, column 6: the file looks cut short).',
    );
    expect(refused('')).toBe('The file is not a Minute Book meeting file: it is empty.');
  });

  it('names the line and column of broken JSON, quoting what stands there', () => {
    expect(refused('{"format": x}')).toBe('The file is not a Minute Book meeting file: it is not JSON (at line 1, column 12 there is “x” where a value should be).');
    expect(refused('{"format": "a"\n,, }')).toBe(
      'The file is not a Minute Book meeting file: it is not JSON (at line 2, column 2 there is “,” where a field name in double quotes should be).',
    );
  });

  it('refuses other JSON: a list, a Word document’s JSON, another format', () => {
    expect(refused('[1, 2]')).toBe('The file is not a Minute Book meeting file: it holds a list, not a group of fields with a “format” of “minute-book/meeting”.');
    expect(refused('{"name": "minutes"}')).toBe('The file is not a Minute Book meeting file: it has no “format”, not “minute-book/meeting”.');
    expect(refused(text({ ...good(), format: 'minute-book/body' }))).toBe(
      'The file is not a Minute Book meeting file: its “format” is the text “minute-book/body”, not “minute-book/meeting”.',
    );
  });

  it('refuses a file from a newer Minute Book, saying which versions, and never says “null” or “Infinity”', () => {
    expect(refused(text({ ...good(), version: 2 }))).toBe(
      'The meeting file was made by a newer Minute Book (version 2); this one reads version 1. Update Minute Book to open it.',
    );
    expect(refused(text({ ...good(), version: '1' }))).toBe('The meeting file has no version this app understands (the text “1”); this one reads version 1.');
    const infinite = refused(goodText.replace('"version": 1,', '"version": 1e309,'));
    expect(infinite).toBe('The meeting file has no version this app understands (a number too large to use); this one reads version 1.');
    expect(refused(goodText.replace('"lastMinuteNumber": 91', '"lastMinuteNumber": -1e400'))).toBe(
      "The meeting file cannot be used: the committee's settings, last minute number: a number too large to use.",
    );
  });

  it('names a missing or wrong-typed field by where it is, in words', () => {
    const missing = good();
    delete (missing.meeting.agenda[2] as Partial<MeetingFile['meeting']['agenda'][number]>).title;
    expect(refused(text(missing))).toBe('The meeting file cannot be used: agenda item 3 (B1), title: missing.');

    const wrongType = good();
    (wrongType.body as unknown as Record<string, unknown>).lastMinuteNumber = '91';
    expect(refused(text(wrongType))).toBe("The meeting file cannot be used: the committee's settings, last minute number: should be a number, not the text “91”.");

    const badEnum = good();
    (badEnum.meeting.attendance as Record<string, string>)['p-hill'] = 'asleep';
    expect(refused(text(badEnum))).toBe(
      "The meeting file cannot be used: the meeting's attendance, the entry for “p-hill”: should be “present” or “also-present” or “in-attendance” or “apologies”, not the text “asleep”.",
    );

    const badDate = good();
    badDate.meeting.date = '2015-02-30';
    expect(refused(text(badDate))).toBe("The meeting file cannot be used: the meeting's date: the text “2015-02-30”: that date does not exist.");
  });

  it('names the first problem and counts the rest', () => {
    const file = good();
    for (const person of file.roster.slice(0, 5)) (person as Partial<typeof person>).surname = undefined;
    expect(refused(text(file))).toBe('The meeting file cannot be used: roster person 1, surname: missing (and 4 other problems).');
  });

  it('wants the minutes to be a Lexical editor state', () => {
    const noRoot = good();
    noRoot.minutes.editorState = { root: { type: 'paragraph', children: [] } } as unknown as MeetingFile['minutes']['editorState'];
    expect(refused(text(noRoot))).toBe('The meeting file cannot be used: the minutes: should be “root”, not the text “paragraph”.');
    const missing = good() as Partial<MeetingFile>;
    delete missing.minutes;
    expect(refused(text(missing))).toBe('The meeting file cannot be used: the minutes: missing.');
  });

  it('refuses a roster, meeting or template that belongs to another body, and people with the same id', () => {
    const file = good();
    file.roster[3]!.bodyId = 'cabinet';
    expect(refused(text(file))).toBe(
      "The meeting file cannot be used: roster person 4 (Ms Z Cooke), committee: on another committee's roster (“cabinet”), not this meeting's.",
    );
    const meeting = good();
    meeting.meeting.bodyId = 'cabinet';
    expect(refused(text(meeting))).toBe("The meeting file cannot be used: the meeting's committee: a committee (“cabinet”) other than the one the file holds (“kcsp”).");
    const duplicate = good();
    duplicate.roster[1]!.id = 'p-hill';
    expect(refused(text(duplicate))).toBe('The meeting file cannot be used: roster person 2 (Mr Rivers), id: the same id as roster person 1.');
  });

  it('refuses attendance and mentions of someone not on the roster, naming the place in the minutes', () => {
    const file = good();
    file.roster = file.roster.filter((person) => person.id !== 'p-hill');
    expect(refused(text(file))).toBe("The meeting file cannot be used: the meeting's attendance, the entry for “p-hill”: a person who is not on the roster.");
    delete (file.meeting.attendance as Record<string, string>)['p-hill'];
    expect(refused(text(file))).toBe('The meeting file cannot be used: minute 2, paragraph 1: a mention of a person who is not on the roster.');
  });

  it('leaves out fields Minute Book does not write, and says so naming the first; nothing of them is kept', () => {
    const file = good() as MeetingFile & Record<string, unknown>;
    (file.meeting as Record<string, unknown>).extra = 'x';
    (file.roster[1] as Record<string, unknown>).nickname = 'Bob';
    file.addedByAnotherTool = { deep: [1, 2] };
    const result = parseMeetingFile(text(file));
    if (!result.ok) throw new Error(result.message);
    expect(result.warnings).toEqual(['3 fields that Minute Book does not use were left out (the first: “addedByAnotherTool” in the file).']);
    expect(Object.hasOwn(result.file.meeting, 'extra')).toBe(false);
    expect(Object.hasOwn(result.file.roster[1]!, 'nickname')).toBe(false);
    // A field name is the file's text: quoted like any other, so nothing invisible or long reaches the officer.
    const odd = good() as MeetingFile & Record<string, unknown>;
    (odd.body as Record<string, unknown>)['z'.repeat(500)] = 1;
    const named = parseMeetingFile(text(odd));
    if (!named.ok) throw new Error(named.message);
    expect(named.warnings[0]).toMatch(/^1 field that Minute Book does not use was left out \(the first: “z{39}…” in the committee's settings\)\.$/);
  });

  it('refuses text over 50 MB before parsing it, giving the size', () => {
    const huge = `"${'x'.repeat(MEETING_FILE_MAX_BYTES + 1024 * 1024)}"`;
    expect(refused(huge)).toBe('The file is too large to be a Minute Book meeting file (51.0 MB; the limit is 50 MB).');
  });

  it('never throws, whatever it is given', () => {
    for (const input of ['null', '0', '"text"', '{}', '{"format":"minute-book/meeting"}', '{"format":"minute-book/meeting","version":1}', '\u0000', '{"__proto__":{}}']) {
      expect(() => parseMeetingFile(input)).not.toThrow();
      expect(parseMeetingFile(input).ok).toBe(false);
    }
    expect(parseMeetingFile(undefined as unknown as string)).toMatchObject({ ok: false, message: 'The file is not a Minute Book meeting file: it is not text.' });
  });
});

describe('serialiseMeetingFile', () => {
  it('writes pretty JSON that reads back to the same meeting', () => {
    const file = good();
    const written = serialiseMeetingFile({ ...file, editorState: JSON.stringify(file.minutes.editorState), exportedAt: '2024-01-02T03:04:05.000Z' });
    expect(written.startsWith('{\n  "format": "minute-book/meeting",\n  "version": 1,\n  "exportedAt": "2024-01-02T03:04:05.000Z",')).toBe(true);
    const back = parseMeetingFile(written);
    expect(back.ok && back.file).toEqual({ ...file, exportedAt: '2024-01-02T03:04:05.000Z' });
  });

  it('stamps the time of writing when none is given', () => {
    const { exportedAt: _old, ...file } = good();
    const before = Date.now();
    const back = parseMeetingFile(serialiseMeetingFile({ ...file, editorState: file.minutes.editorState }));
    expect(back.ok && Date.parse(back.file.exportedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('refuses to write a file it would not read', () => {
    const file = good();
    expect(() => serialiseMeetingFile({ ...file, roster: [{ ...file.roster[0]!, bodyId: 'other' }], editorState: file.minutes.editorState })).toThrow(
      /roster person 1 \(Mr P M Hill\), committee: on another committee's roster \(“other”\)/,
    );
    expect(() => serialiseMeetingFile({ ...file, editorState: { root: {} } })).toThrow(/the minutes: missing/);
  });
});
