import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolders } from '../../support/scratch';
import { importMinutesDocx } from '../../../shared/import-docx';
import type { ImportedMinutes } from '../../../shared/import-docx/imported-minutes';
import { parseMeetingFile, type MeetingFile } from '../../../shared/meeting-file/meeting-file';
import { PYTHON, pythonDocx, requireTool, skipWithout } from '../../support/docx-readers';


/** Generous: each test exports or imports whole Word files, and the suite must pass on a loaded two-core machine. */
const TIMEOUT = 60_000;
const scratch = scratchFolders('minute-book-import');
/*
 * Word minutes Minute Book did not write, made here with python-docx in the shapes councils use: typed numbers and
 * Word's own list numbering; attendance in paragraphs and in a two-column table; headings with "(Item X)" on the
 * next line, in italics at the end, or not at all; the 2015 numbered template and the 2023 agenda-code one; and the
 * untidiness of real files (blank paragraphs, "Minutes" for "MINUTES", "Chair" for "Chairman", curly quotes, headings
 * in a table, page headers and footers, a signature block). A fictional council, so nothing is fitted to the seeds.
 */

type Run = { text: string; bold?: boolean; italic?: boolean };
type Block =
  | { text: string; bold?: boolean; italic?: boolean; style?: string }
  | { runs: Run[]; style?: string }
  | { list: 'number' | 'letter' | 'bullet'; level?: number; text: string; restart?: boolean }
  | { table: (string | string[])[][] }
  | { blank: true };

function makeDocx(description: { blocks: Block[]; header?: string; footer?: string }): Uint8Array {
  requireTool(pythonDocx);
  const out = join(scratch(), 'minutes.docx');
  execFileSync(PYTHON, [join(import.meta.dirname, 'make_minutes_docx.py'), out], { input: JSON.stringify(description), timeout: 30_000 });
  return new Uint8Array(readFileSync(out));
}

function imported(bytes: Uint8Array, bodyName?: string): { minutes: ImportedMinutes; file: MeetingFile; warnings: string[] } {
  const result = importMinutesDocx(bytes, { fileName: 'minutes.docx', importedAt: Date.parse('2024-10-01T09:00:00Z'), ...(bodyName ? { bodyName } : {}) });
  if (!result.ok) throw new Error(result.message);
  const parsed = parseMeetingFile(result.text);
  if (!parsed.ok) throw new Error(parsed.message);
  expect(parsed.warnings).toEqual([]);
  return { minutes: result.minutes, file: parsed.file, warnings: result.warnings };
}

/** The minutes in a line per paragraph: kind, level and words. */
const outline = (minutes: ImportedMinutes) =>
  minutes.minutes.map((minute) => ({
    heading: [minute.number, minute.code, minute.title, minute.part],
    paragraphs: minute.paragraphs.map((paragraph) => `${paragraph.kind}${paragraph.level > 0 ? `/${paragraph.level}` : ''} ${paragraph.runs.map((run) => run.text).join('')}`),
  }));

const people = (minutes: ImportedMinutes) =>
  minutes.people.map((person) => [person.attendance, person.kind, person.title, person.forename, person.initials, person.surname, person.honours, person.office, person.role, person.organisation].join('|'));

const mentioned = (file: MeetingFile) => [...new Set([...JSON.stringify(file.minutes.editorState).matchAll(/"personId":"([^"]+)"/g)].map((match) => match[1]))].sort();

// ------------------------------------------------------------------------------------------- the 2015 template

/** Minute 42's paragraphs: what they are, and their words. */
const MINUTE_42: ['numbered' | 'sub' | 'bullet' | 'resolution' | 'part', string][] = [
  ['numbered', 'Ms Marsh (Head of Planning, WCC) introduced the report on the application.'],
  ['numbered', 'Members asked about:'],
  ['sub', 'the access road; and'],
  ['sub', 'drainage.'],
  ['numbered', 'Mr Hale said that the parish council had objected:'],
  ['bullet', 'the lane is narrow'],
  ['bullet', 'the junction is unlit'],
  ['numbered', 'The Committee discussed the \u201Cvillage envelope\u201D and the officer\u2019s view.'],
  ['resolution', 'RESOLVED that:'],
  ['part', 'planning permission be granted; and'],
  ['part', 'the conditions be delegated to the Head of Planning.'],
];

const letter = (index: number) => String.fromCharCode(97 + index);

/** Minute 42 with its numbers typed, as many councils' minutes have them. */
function typedMinute42(): Block[] {
  let numbered = 0;
  let sub = 0;
  let part = 0;
  return MINUTE_42.map(([kind, text]) => {
    switch (kind) {
      case 'numbered':
        sub = 0;
        return { text: `${++numbered}.\t${text}` };
      case 'sub':
        return { text: `(${letter(sub++)})\t${text}` };
      case 'bullet':
        return { text: `- ${text}` };
      case 'resolution':
        return { runs: [{ text: 'RESOLVED', bold: true }, { text: text.slice('RESOLVED'.length) }] };
      case 'part':
        return { text: `(${letter(part++)}) ${text}` };
    }
  });
}

/** Minute 42 in Word's own list numbering. */
function numberedMinute42(): Block[] {
  let first = true;
  let firstPart = true;
  return MINUTE_42.map(([kind, text]): Block => {
    switch (kind) {
      case 'numbered': {
        const block: Block = { list: 'number', level: 0, text, restart: first };
        first = false;
        return block;
      }
      case 'sub':
        return { list: 'number', level: 1, text };
      case 'bullet':
        return { list: 'bullet', level: 1, text };
      case 'resolution':
        return { runs: [{ text: 'RESOLVED', bold: true }, { text: text.slice('RESOLVED'.length) }] };
      case 'part': {
        const block: Block = { list: 'letter', level: 0, text, restart: firstPart };
        firstPart = false;
        return block;
      }
    }
  });
}

const EXPECTED_42 = [
  'numbered Ms Marsh (Head of Planning, WCC) introduced the report on the application.',
  'numbered Members asked about:',
  'sub/1 the access road; and',
  'sub/1 drainage.',
  'numbered Mr Hale said that the parish council had objected:',
  'bullet/1 the lane is narrow',
  'bullet/1 the junction is unlit',
  'numbered The Committee discussed the \u201Cvillage envelope\u201D and the officer\u2019s view.',
  'resolution RESOLVED that:',
  'part planning permission be granted; and',
  'part the conditions be delegated to the Head of Planning.',
];

const EXPECTED_PEOPLE = [
  'present|member|Cllr||R|Oakes||chair||',
  'present|member|Cllr||T|Lamb||vice-chair||',
  'present|member|Cllr||J|Wren|OBE|||',
  'present|member|Mrs||A|Finch||||',
  'present|member|Mr||K|Hale||||',
  'also-present|visitor|Cllr||M|Rook||||',
  'in-attendance|officer|Ms||L|Marsh|||Head of Planning|WCC',
  'in-attendance|officer|Mr||D|Heron|||Democratic Services Officer|',
  'apologies|member|Cllr||B|Crane||||',
  'apologies|member|Cllr||S|Swift||||',
];

describe.skipIf(skipWithout(pythonDocx))('Word minutes in the 2015 template, made with python-docx', () => {
  it('reads typed numbers, attendance in paragraphs and "(Item X)" lines', () => {
    const bytes = makeDocx({
      blocks: [
        { text: 'WESSEX COUNTY COUNCIL', bold: true },
        { text: 'PLANNING AND REGULATION COMMITTEE', bold: true },
        { text: 'MINUTES of a meeting of the Planning and Regulation Committee held in the Council Chamber, County Hall, Dorchester on Wednesday, 4 September 2024.' },
        { runs: [{ text: 'PRESENT:', bold: true }, { text: '\tCllr R Oakes (Chairman), Cllr T Lamb (Vice-Chairman), Cllr J Wren, OBE, Mrs A Finch and Mr K Hale' }] },
        { runs: [{ text: 'ALSO PRESENT:', bold: true }, { text: '\tCllr M Rook' }] },
        { runs: [{ text: 'IN ATTENDANCE:', bold: true }, { text: '\tMs L Marsh (Head of Planning, WCC) and Mr D Heron (Democratic Services Officer)' }] },
        { text: 'Apologies were received from Cllr B Crane and Cllr S Swift.' },
        { text: 'UNRESTRICTED ITEMS', bold: true },
        { text: '41.\tMinutes of the meeting held on 3 July 2024', bold: true },
        { text: '(Item A3)' },
        { runs: [{ text: 'RESOLVED', bold: true }, { text: ' that the minutes of the meeting held on 3 July 2024 are a correct record and that they be signed by the Chairman.' }] },
        { text: '42.\tLand at Mill Lane, Sturminster', bold: true },
        { text: '(Item B1)' },
        ...typedMinute42(),
        { text: 'EXEMPT ITEMS', bold: true },
        { text: '43.\tContract for Highway Maintenance', bold: true },
        { text: '(Item E1)' },
        { runs: [{ text: 'RESOLVED', bold: true }, { text: ' that the contract be awarded to the preferred bidder.' }] },
      ],
    });
    const { minutes, file, warnings } = imported(bytes);
    expect([minutes.councilName, minutes.bodyName, minutes.documentWord, minutes.date, minutes.venue, minutes.chairWord, minutes.headingStyle]).toEqual([
      'Wessex County Council',
      'Planning and Regulation Committee',
      'MINUTES',
      '2024-09-04',
      'Council Chamber, County Hall, Dorchester',
      'Chairman',
      'minute-numbers',
    ]);
    expect(people(minutes)).toEqual(EXPECTED_PEOPLE);
    expect(outline(minutes)).toEqual([
      { heading: [41, 'A3', 'Minutes of the meeting held on 3 July 2024', 'unrestricted'], paragraphs: ['resolution RESOLVED that the minutes of the meeting held on 3 July 2024 are a correct record and that they be signed by the Chairman.'] },
      { heading: [42, 'B1', 'Land at Mill Lane, Sturminster', 'unrestricted'], paragraphs: EXPECTED_42 },
      { heading: [43, 'E1', 'Contract for Highway Maintenance', 'exempt'], paragraphs: ['resolution RESOLVED that the contract be awarded to the preferred bidder.'] },
    ]);
    // No start time in these minutes: none is stored, and that needs no warning.
    expect(warnings).toEqual([]);
    expect(file.meeting.startTime).toBeNull();
    expect(file.meeting.minuteNumbers).toEqual({ 'item-41': 41, 'item-42': 42, 'item-43': 43 });
    expect(file.body.lastMinuteNumber).toBe(43);
    // Ms Marsh named in full with her role, and Mr Hale, are the roster's people in the minutes.
    expect(mentioned(file)).toEqual(['p-hale', 'p-marsh']);
  }, TIMEOUT);

  it("reads Word's own numbering, Heading styles, inline italic references and the untidiness of real files", () => {
    const bytes = makeDocx({
      header: 'DRAFT',
      footer: 'Page 1 of 2',
      blocks: [
        { blank: true },
        { text: 'Wessex County Council', style: 'Title' },
        { text: 'PLANNING AND REGULATION COMMITTEE', bold: true },
        { blank: true },
        { text: 'Minutes of a meeting of the Planning and Regulation Committee held in the Council Chamber, County Hall, Dorchester on Wednesday 4th September 2024 at 10.30 am.' },
        { blank: true },
        { text: 'Present:\tCllr R Oakes (Chair), Cllr T Lamb (Vice-Chair), Cllr J Wren, OBE, Mrs A Finch and Mr K Hale' },
        { text: 'Also present:\tCllr M Rook' },
        { text: 'In attendance:\tMs L Marsh (Head of Planning, WCC) and Mr D Heron (Democratic Services Officer)' },
        { text: 'Apologies for absence were received from Cllr B Crane and Cllr S Swift.' },
        { blank: true },
        { text: 'Unrestricted items', style: 'Heading 1' },
        { runs: [{ text: '41.\tMinutes of the meeting held on 3 July 2024 ' }, { text: '(Item A3)', italic: true }], style: 'Heading 2' },
        { blank: true },
        { runs: [{ text: 'RESOLVED', bold: true }, { text: ' that the minutes of the meeting held on 3 July 2024 are a correct record and that they be signed by the Chairman.' }] },
        { runs: [{ text: '42.\tLand at Mill Lane, Sturminster ' }, { text: '(Item B1)', italic: true }], style: 'Heading 2' },
        ...numberedMinute42().flatMap((block, index) => (index === 4 ? [{ blank: true } as Block, block] : [block])),
        { text: 'Exempt items', style: 'Heading 1' },
        { runs: [{ text: '43.\tContract for Highway Maintenance ' }, { text: '(Item E1)', italic: true }], style: 'Heading 2' },
        { runs: [{ text: 'RESOLVED', bold: true }, { text: ' that the contract be awarded to the preferred bidder.' }] },
        { blank: true },
        { text: 'Signed \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026' },
        { text: 'Chair' },
        { text: 'Date \u2026\u2026\u2026\u2026\u2026' },
      ],
    });
    const { minutes, file, warnings } = imported(bytes);
    expect([minutes.councilName, minutes.bodyName, minutes.documentWord, minutes.date, minutes.startTime, minutes.chairWord]).toEqual([
      'Wessex County Council',
      'Planning and Regulation Committee',
      'MINUTES',
      '2024-09-04',
      '10:30',
      'Chair',
    ]);
    expect(people(minutes)).toEqual(EXPECTED_PEOPLE);
    expect(outline(minutes).map((minute) => minute.heading)).toEqual([
      [41, 'A3', 'Minutes of the meeting held on 3 July 2024', 'unrestricted'],
      [42, 'B1', 'Land at Mill Lane, Sturminster', 'unrestricted'],
      [43, 'E1', 'Contract for Highway Maintenance', 'exempt'],
    ]);
    expect(outline(minutes)[1]!.paragraphs).toEqual(EXPECTED_42);
    // Word's labels are kept on the paragraphs they numbered.
    expect(minutes.minutes[1]!.paragraphs.map((paragraph) => paragraph.label)).toEqual(['1.', '2.', '(a)', '(b)', '3.', '\u2013', '\u2013', '4.', '', '(a)', '(b)']);
    // The signature block, the page header and footer are not minutes.
    expect(JSON.stringify(file.minutes.editorState)).not.toMatch(/Signed|DRAFT|Page 1 of 2|"Date/);
    expect(warnings).toEqual([]);
    expect(file.body.chairWord).toBe('Chair');
  }, TIMEOUT);
});

// ------------------------------------------------------------------------------------------- the 2023 template

describe.skipIf(skipWithout(pythonDocx))('Word minutes in the 2023 template, made with python-docx', () => {
  it('reads attendance in a two-column table, agenda-code headings without "(Item X)", and apologies under A1', () => {
    const bytes = makeDocx({
      blocks: [
        { text: 'CHALK VALE COMMUNITY SAFETY PARTNERSHIP', bold: true },
        { text: '12th March 2024 at 2:00pm', bold: true },
        { text: 'NOTES of a meeting of the Chalk Vale Community Safety Partnership held Online on Tuesday, 12 March 2024.' },
        { table: [['PRESENT:', ['Mr H Downs (Chair)', 'Ms P Meadow (Vice-Chair)', 'Supt R Stone', 'Matthew Burbeck']], ['IN ATTENDANCE:', 'Mr G Field (Partnership Manager, CVDC)']] },
        { text: 'A1 Introduction', style: 'Heading 2' },
        { text: 'Apologies were received from Widden and DI K Flint.' },
        { text: 'B1 Anti-social Behaviour Update', style: 'Heading 2' },
        { list: 'number', text: 'Supt Stone introduced the update.', restart: true },
        { list: 'number', text: 'Matthew Burbeck asked about youth provision.' },
        { runs: [{ text: 'RESOLVED', bold: true }, { text: ' that the update be noted.' }] },
        { text: 'B2 Date of Next Meeting', style: 'Heading 2' },
        { text: 'The next meeting will be held on 11 June 2024. Ms Widden had sent a written update.' },
      ],
    });
    const { minutes, file, warnings } = imported(bytes);
    expect([minutes.councilName, minutes.bodyName, minutes.documentWord, minutes.date, minutes.startTime, minutes.timeStyle, minutes.venue, minutes.headingStyle]).toEqual([
      null,
      'Chalk Vale Community Safety Partnership',
      'NOTES',
      '2024-03-12',
      '14:00',
      '10:00am',
      'Online',
      'agenda-codes',
    ]);
    expect(people(minutes)).toEqual([
      'present|member|Mr||H|Downs||chair||',
      'present|member|Ms||P|Meadow||vice-chair||',
      'present|member|Supt||R|Stone||||',
      'present|member||Matthew||Burbeck||||',
      'in-attendance|officer|Mr||G|Field|||Partnership Manager|CVDC',
      'apologies|member||||Widden||||',
      'apologies|member|DI||K|Flint||||',
    ]);
    expect(outline(minutes)).toEqual([
      { heading: [null, 'A1', 'Introduction', 'unrestricted'], paragraphs: [] },
      { heading: [null, 'B1', 'Anti-social Behaviour Update', 'unrestricted'], paragraphs: ['numbered Supt Stone introduced the update.', 'numbered Matthew Burbeck asked about youth provision.', 'resolution RESOLVED that the update be noted.'] },
      { heading: [null, 'B2', 'Date of Next Meeting', 'unrestricted'], paragraphs: ['paragraph The next meeting will be held on 11 June 2024. Ms Widden had sent a written update.'] },
    ]);
    // People print as the minutes print them: Matthew Burbeck with a forename and no title, Widden with no title on
    // the apologies line and "Ms Widden" in the text.
    const roster = new Map(file.roster.map((person) => [person.surname, person]));
    expect([roster.get('Burbeck')!.title, roster.get('Burbeck')!.forename, roster.get('Burbeck')!.initials]).toEqual(['', 'Matthew', '']);
    expect([roster.get('Widden')!.title, roster.get('Widden')!.forename, roster.get('Widden')!.textTitle]).toEqual(['', undefined, 'Ms']);
    expect(warnings).toEqual([
      'The apologies sentence found among the minutes became the meeting\'s apologies; Minute Book prints it after the attendance lines.',
      'The minutes do not name the council; "Kent County Council", the app\'s default, is used until it is corrected.',
    ]);
    expect(file.meeting.minuteNumbers).toBeNull();
    expect(file.body.houseStyle).toEqual({ timeStyle: '10:00am', showCouncilName: false });
    expect(file.meeting.attendance['p-widden']).toBe('apologies');
  }, TIMEOUT);

  it('reads minute headings laid out in a table, PRESENT with its names on the lines below, and imports into the body asked for', () => {
    const bytes = makeDocx({
      blocks: [
        { text: 'THE PARISH COUNCIL OF LITTLE MARLOW', bold: true },
        { text: 'MINUTES of the Finance Committee held at the Village Hall on 2nd October 2024 at 7.30 pm' },
        { text: 'PRESENT', bold: true },
        { text: 'Cllr A Ash (Chairman)' },
        { text: 'Cllr B Birch' },
        { text: 'Mrs C Cedar (Clerk, Little Marlow Parish Council)' },
        { table: [['12.', 'Declarations of Interest (Item A2)']] },
        { text: 'There were no declarations of interest.' },
        { table: [['13.', 'Budget Monitoring (Item B1)']] },
        { text: '1. The Clerk presented the report.' },
        { text: '2. Members noted an overspend on grounds maintenance.' },
        { text: '3. Cllr Birch asked that quotes be sought.' },
        { text: 'RESOLVED that the report be noted.' },
      ],
    });
    const { minutes, file, warnings } = imported(bytes, 'Finance Committee');
    expect([minutes.bodyName, minutes.venue, minutes.startTime, minutes.timeStyle]).toEqual(['Finance Committee', 'Village Hall', '19:30', '10.00 am']);
    expect(file.meeting.startTime).toBe('19:30');
    expect(people(minutes)).toEqual(['present|member|Cllr||A|Ash||chair||', 'present|member|Cllr||B|Birch||||', 'present|officer|Mrs||C|Cedar|||Clerk|Little Marlow Parish Council']);
    expect(outline(minutes)).toEqual([
      { heading: [12, 'A2', 'Declarations of Interest', 'unrestricted'], paragraphs: ['paragraph There were no declarations of interest.'] },
      {
        heading: [13, 'B1', 'Budget Monitoring', 'unrestricted'],
        paragraphs: ['numbered The Clerk presented the report.', 'numbered Members noted an overspend on grounds maintenance.', 'numbered Cllr Birch asked that quotes be sought.', 'resolution RESOLVED that the report be noted.'],
      },
    ]);
    expect(file.body.councilName).toBe('The Parish Council of Little Marlow');
    expect(warnings).toEqual([]);
  }, TIMEOUT);
});
