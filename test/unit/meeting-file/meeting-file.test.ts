import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEETING_FILE_MAX_BYTES, meetingExportInput, parseMeetingFile, pathInWords, serialiseMeetingFile, type MeetingFile } from '../../../shared/meeting-file/meeting-file';

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
      'The file is not a Minute Book meeting file: it is not JSON (unexpected end at line 4, column 6: the file looks cut short).',
    );
    expect(refused('')).toBe('The file is not a Minute Book meeting file: it is not JSON (unexpected end at line 1, column 1: the file looks cut short).');
  });

  it('passes on JSON.parse’s complaint for other broken JSON', () => {
    expect(refused('{"format": x}')).toMatch(/^The file is not a Minute Book meeting file: it is not JSON \(unexpected token 'x'.*\)\.$/i);
  });

  it('refuses other JSON: a list, a Word document’s JSON, another format', () => {
    expect(refused('[1, 2]')).toBe('The file is not a Minute Book meeting file: it holds a list, not an object with a "format" of "minute-book/meeting".');
    expect(refused('{"name": "minutes"}')).toBe('The file is not a Minute Book meeting file: it has no "format", not "minute-book/meeting".');
    expect(refused(text({ ...good(), format: 'minute-book/body' }))).toBe(
      'The file is not a Minute Book meeting file: its "format" is "minute-book/body", not "minute-book/meeting".',
    );
  });

  it('refuses a file from a newer Minute Book, saying which versions', () => {
    expect(refused(text({ ...good(), version: 2 }))).toBe(
      'The meeting file was made by a newer Minute Book (version 2); this one reads version 1. Update Minute Book to open it.',
    );
    expect(refused(text({ ...good(), version: '1' }))).toBe('The meeting file has no version this app understands ("1"); this one reads version 1.');
  });

  it('names a missing or wrong-typed field by its path', () => {
    const missing = good();
    delete (missing.meeting.agenda[2] as Partial<MeetingFile['meeting']['agenda'][number]>).title;
    expect(refused(text(missing))).toBe('The meeting file is damaged: meeting.agenda[2].title is missing.');

    const wrongType = good();
    (wrongType.body as unknown as Record<string, unknown>).lastMinuteNumber = '91';
    expect(refused(text(wrongType))).toBe('The meeting file is damaged: body.lastMinuteNumber should be a number but is the text "91".');

    const badEnum = good();
    (badEnum.meeting.attendance as Record<string, string>)['p-hill'] = 'asleep';
    expect(refused(text(badEnum))).toBe(
      'The meeting file is damaged: meeting.attendance["p-hill"] should be "present" or "also-present" or "in-attendance" or "apologies" but is the text "asleep".',
    );

    const badDate = good();
    badDate.meeting.date = '2015-02-30';
    expect(refused(text(badDate))).toBe('The meeting file is damaged: meeting.date: That date does not exist.');
  });

  it('lists three problems and counts the rest', () => {
    const file = good();
    for (const person of file.roster.slice(0, 5)) (person as Partial<typeof person>).surname = undefined;
    expect(refused(text(file))).toBe(
      'The meeting file is damaged: roster[0].surname is missing; roster[1].surname is missing; roster[2].surname is missing; and 2 more problems.',
    );
  });

  it('wants the minutes to be a Lexical editor state', () => {
    const noRoot = good();
    noRoot.minutes.editorState = { root: { type: 'paragraph', children: [] } } as unknown as MeetingFile['minutes']['editorState'];
    expect(refused(text(noRoot))).toBe('The meeting file is damaged: minutes.editorState.root.type should be "root" but is the text "paragraph".');
    const missing = good() as Partial<MeetingFile>;
    delete missing.minutes;
    expect(refused(text(missing))).toBe('The meeting file is damaged: minutes is missing.');
  });

  it('refuses a roster, meeting or template that belongs to another body', () => {
    const file = good();
    file.roster[3]!.bodyId = 'cabinet';
    expect(refused(text(file))).toBe(
      'The meeting file does not hang together: roster[3] (Ms Z Cooke) belongs to body "cabinet", not to this meeting\'s body "kcsp".',
    );
    const meeting = good();
    meeting.meeting.bodyId = 'cabinet';
    expect(refused(text(meeting))).toBe('The meeting file does not hang together: meeting.bodyId is "cabinet" but the body in the file is "kcsp".');
    const duplicate = good();
    duplicate.roster[1]!.id = 'p-hill';
    expect(refused(text(duplicate))).toBe(
      'The meeting file does not hang together: roster[1] (Mr Rivers) has the id "p-hill", which another person on the roster already has.',
    );
  });

  it('warns, without refusing, about a mention or attendance of someone not on the roster', () => {
    const file = good();
    file.roster = file.roster.filter((person) => person.id !== 'p-hill');
    const result = parseMeetingFile(text(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      'The attendance lists "p-hill", who is not on the roster; they will not be printed.',
      'The minutes name "Mr Hill" (id "p-hill"), who is not on the roster; the name is printed as saved.',
    ]);
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
    expect(parseMeetingFile(undefined as unknown as string)).toEqual({ ok: false, message: 'The file is not a Minute Book meeting file: it is not text.' });
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
      /roster\[0\] \(Mr P M Hill\) belongs to body "other"/,
    );
    expect(() => serialiseMeetingFile({ ...file, editorState: { root: {} } })).toThrow(/minutes\.editorState\.root\.type is missing/);
  });
});

describe('pathInWords', () => {
  it('writes paths as a reader would type them', () => {
    expect(pathInWords(['meeting', 'agenda', 2, 'title'])).toBe('meeting.agenda[2].title');
    expect(pathInWords(['meeting', 'attendance', 'p-hill'])).toBe('meeting.attendance["p-hill"]');
    expect(pathInWords([])).toBe('the file');
  });
});
