import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apologiesSentence, attendanceLines, attendanceParagraphs } from '../../../shared/domain/attendance-lines';
import { exportMeetingDocx } from '../../../shared/export/docx';
import { importMinutesDocx } from '../../../shared/import-docx';
import { meetingExportInput, parseMeetingFile, type MeetingFile } from '../../../shared/meeting-file/meeting-file';
import { minutesFromEditorState } from '../../../shared/minutes/from-editor-state';
import { blockText, type MinutesBlock } from '../../../shared/minutes/minutes-document';
import { minutesFacts } from '../../../shared/minutes/minutes-facts';
import { minutesHeading } from '../../../shared/model/minutes-heading';
import { headlessMinutesEditor } from '../../support/headless-minutes-editor';


/** Generous: each test exports or imports whole Word files, and the suite must pass on a loaded two-core machine. */
const TIMEOUT = 60_000;
/*
 * Round trip: every seed meeting file, exported to Word by Minute Book and read back by the import, gives the same
 * minutes, roster and numbers — checked three ways: the minutes as the export's walker reads them, block for block;
 * the people and their attendance; and the imported file exported again, whose document.xml must be the first
 * export's byte for byte.
 */

const SEEDS = ['kcsp-2015-03-19', 'kcsp-2023-03-21', 'kcsp-2019-07-17'] as const;
const IMPORTED_AT = Date.parse('2024-05-01T09:30:00Z');

function seed(name: string): MeetingFile {
  const parsed = parseMeetingFile(readFileSync(new URL(`../../fixtures/meeting-files/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.file;
}

async function exported(file: MeetingFile): Promise<Uint8Array> {
  return exportMeetingDocx(meetingExportInput(file), { version: 'full', draft: false });
}

/** Each seed is exported and imported once; the tests look at the same result. */
const roundTrips = new Map<string, ReturnType<typeof importOnce>>();
const roundTrip = (name: string) => {
  if (!roundTrips.has(name)) roundTrips.set(name, importOnce(name));
  return roundTrips.get(name)!;
};

async function importOnce(name: string) {
  const original = seed(name);
  const bytes = await exported(original);
  const result = importMinutesDocx(bytes, { fileName: `${name}.docx`, importedAt: IMPORTED_AT });
  if (!result.ok) throw new Error(result.message);
  const parsed = parseMeetingFile(result.text);
  if (!parsed.ok) throw new Error(parsed.message);
  return { original, bytes, result, parsedWarnings: parsed.warnings, imported: parsed.file };
}

/** The minutes as the Word export prints them: every block, its kind, place, numbering group and text with formatting. */
function printedMinutes(file: MeetingFile) {
  const facts = minutesFacts(file.meeting, file.body, file.roster);
  const blocks = minutesFromEditorState(minutesHeading(file.body, file.meeting), file.minutes.editorState, facts).blocks;
  const counters = new Map<string, number>();
  const counter = (name: string) => {
    if (!counters.has(name)) counters.set(name, counters.size);
    return counters.get(name);
  };
  return blocks.map((block: MinutesBlock) => {
    switch (block.kind) {
      case 'minuteHeading':
        return { kind: block.kind, label: block.label, title: block.title, reference: block.reference, part: block.part, startsPart: block.startsPart };
      case 'paragraph':
        return { kind: block.kind, inMinute: block.inMinute, resolution: block.resolution, text: blockText(block), runs: block.runs };
      case 'listItem':
        return { kind: block.kind, listType: block.listType, level: block.level, lettered: block.lettered, inMinute: block.inMinute, start: block.start, counter: counter(block.counter), runs: block.runs };
    }
  });
}

/** Who was there as the minutes print it, and the fields of each person the attendance lines print. */
function attendance(file: MeetingFile) {
  const { attendance: roles } = file.meeting;
  return {
    lines: attendanceParagraphs(roles, file.roster, file.body.chairWord).map((line) => line.text),
    apologies: apologiesSentence(attendanceLines(roles, file.roster, file.body.chairWord).apologies),
    people: file.roster
      .filter((person) => roles[person.id] !== undefined)
      .map((person) => ({
        title: person.title,
        initials: person.initials,
        surname: person.surname,
        honours: person.honours,
        office: person.office,
        kind: person.kind,
        // Members are printed by name alone; an officer's role is printed in brackets.
        role: person.kind === 'member' ? '' : person.role,
        attendance: roles[person.id],
      })),
  };
}

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

describe.each(SEEDS)('%s exported to Word and imported back', (name) => {
  it('gives a meeting file that reads back with no warnings, marked imported and signed', async () => {
    const { result, parsedWarnings, imported } = await roundTrip(name);
    expect(parsedWarnings).toEqual([]);
    // The export prints no start time, so none is stored; nothing else was read differently.
    expect(result.warnings.filter((warning) => !/do not name the council/.test(warning))).toEqual([]);
    expect(imported.meeting.startTime).toBeNull();
    expect(imported.meeting.status).toBe('signed');
    expect(imported.meeting.imported).toEqual({ fileName: `${name}.docx`, importedAt: IMPORTED_AT });
    expect(imported.meeting.movements).toEqual([]);
  }, TIMEOUT);

  it('gives the same minutes, block for block', async () => {
    const { original, imported } = await roundTrip(name);
    expect(printedMinutes(imported)).toEqual(printedMinutes(original));
    expect(minutesHeading(imported.body, imported.meeting)).toEqual(minutesHeading(original.body, original.meeting));
    expect(imported.meeting.agenda.map(({ code, title, part }) => ({ code, title, part }))).toEqual(original.meeting.agenda.map(({ code, title, part }) => ({ code, title, part })));
  }, TIMEOUT);

  it('gives the same roster and attendance', async () => {
    const { original, imported } = await roundTrip(name);
    expect(attendance(imported)).toEqual(attendance(original));
    expect([imported.body.chairWord, imported.body.documentWord, imported.body.headingStyle]).toEqual([original.body.chairWord, original.body.documentWord, original.body.headingStyle]);
  }, TIMEOUT);

  it('carries the minute numbers the minutes printed', async () => {
    const { original, imported } = await roundTrip(name);
    const printedNumbers = minutesFacts(original.meeting, original.body, original.roster).minuteNumbers;
    const expected = original.body.headingStyle === 'minute-numbers' ? original.meeting.agenda.map((item) => printedNumbers.get(item.id)) : null;
    expect(imported.meeting.minuteNumbers === null ? null : imported.meeting.agenda.map((item) => imported.meeting.minuteNumbers![item.id])).toEqual(expected);
    expect(imported.body.lastMinuteNumber).toBe(expected ? Math.max(...(expected as number[])) : 0);
  }, TIMEOUT);

  it('exports again to the same document, byte for byte', async () => {
    const { bytes, imported } = await roundTrip(name);
    expect(documentXml(await exported(imported))).toBe(documentXml(bytes));
  }, TIMEOUT);

  it('holds minutes the app editor reads and saves unchanged', async () => {
    const { imported } = await roundTrip(name);
    const editor = headlessMinutesEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(imported.minutes.editorState)));
    expect(editor.getEditorState().toJSON()).toEqual(imported.minutes.editorState);
  }, TIMEOUT);
});

describe('the 19 March 2015 minutes imported', () => {
  it('name the roster people in the minutes as mentions where the words are theirs', async () => {
    const { imported } = await roundTrip('kcsp-2015-03-19');
    const text = JSON.stringify(imported.minutes.editorState);
    const mentioned = new Set([...text.matchAll(/"personId":"([^"]+)"/g)].map((match) => match[1]));
    // Mr Hill, Mr Stepney and Mr Adams are named by title and surname in the minutes (members: no role printed).
    expect([...mentioned].sort()).toEqual(expect.arrayContaining(['p-adams', 'p-hill', 'p-stepney']));
  }, TIMEOUT);
});
