import { describe, expect, it } from 'vitest';
import { importMinutesDocx } from '../../../shared/import-docx';
import type { ImportedMinutes } from '../../../shared/import-docx/imported-minutes';
import { parseMeetingFile } from '../../../shared/meeting-file/meeting-file';
import { minutesDocx, para, run } from '../../support/minimal-docx';


/** Generous: each test exports or imports whole Word files, and the suite must pass on a loaded two-core machine. */
const TIMEOUT = 60_000;
/*
 * Minutes in shapes the Kent seeds never show, as other councils write them: a district council's Cabinet with the
 * body in capitals, names on the lines under "Present:", a plural "Councillors", posts instead of names, a post after
 * a dash, headings whose number is not bold or which are in capitals only, "RESOLVED:" and a signature line.
 */

function read(bytes: Uint8Array) {
  const result = importMinutesDocx(bytes, { fileName: 'cabinet.docx', importedAt: 0 });
  if (!result.ok) throw new Error(result.message);
  const parsed = parseMeetingFile(result.text);
  if (!parsed.ok) throw new Error(parsed.message);
  return { minutes: result.minutes, file: parsed.file, warnings: result.warnings };
}

const texts = (minutes: ImportedMinutes) =>
  minutes.minutes.map((minute) => [minute.number, minute.title, ...minute.paragraphs.map((paragraph) => `${paragraph.kind} ${paragraph.runs.map((r) => r.text).join('')}`)]);

describe("a district council's Cabinet minutes", () => {
  const bytes = minutesDocx(
    para('MINUTES of the meeting of the CABINET held on Tuesday 14 January 2025 at 6.00 pm in the Council Chamber, Civic Centre'),
    para(run('Present:', { bold: true })),
    para('Councillor J Smith (Leader) (Chair)'),
    para('Councillors A Brown, C Davis and E Green'),
    para(run('Officers Present:', { bold: true }), run('\tChief Executive, Head of Finance and Mrs K Jones \u2013 Democratic Services Officer')),
    para('Apologies for absence were received from Councillor F White.'),
    para(run('45.\t'), run('MINUTES', { bold: true })),
    para('The minutes of the meeting held on 10 December 2024 were approved as a correct record and signed by the Chair.'),
    para('46. DECLARATIONS OF INTEREST'),
    para('There were no declarations of interest.'),
    para(run('47. Budget 2025/26', { bold: true })),
    para('The Cabinet considered the report of the Head of Finance.'),
    para(run('RESOLVED:', { bold: true }), run(' That the budget be recommended to Council.')),
    para('The meeting closed at 7.45 pm.'),
    para('Chair ____________________'),
  );

  it('reads the meeting: the body in ordinary capitals, the venue after the date, the time', () => {
    const { minutes } = read(bytes);
    expect([minutes.bodyName, minutes.documentWord, minutes.date, minutes.startTime, minutes.venue, minutes.chairWord]).toEqual([
      'Cabinet',
      'MINUTES',
      '2025-01-14',
      '18:00',
      'Council Chamber, Civic Centre',
      'Chair',
    ]);
  }, TIMEOUT);

  it('reads the people: councillors as members whatever their post, officers by line, posts that are not names kept as text', () => {
    const { minutes, warnings } = read(bytes);
    expect(minutes.people.map((person) => [person.attendance, person.kind, person.title, person.initials, person.surname, person.office, person.role])).toEqual([
      ['present', 'member', 'Councillor', 'J', 'Smith', 'chair', 'Leader'],
      ['present', 'member', 'Cllr', 'A', 'Brown', null, ''],
      ['present', 'member', 'Cllr', 'C', 'Davis', null, ''],
      ['present', 'member', 'Cllr', 'E', 'Green', null, ''],
      ['in-attendance', 'officer', 'Mrs', 'K', 'Jones', null, 'Democratic Services Officer'],
      ['apologies', 'member', 'Councillor', 'F', 'White', null, ''],
    ]);
    expect(minutes.before.map((paragraph) => paragraph.runs.map((r) => r.text).join(''))).toEqual(['IN ATTENDANCE: Chief Executive, Head of Finance']);
    expect(warnings).toContain('IN ATTENDANCE: "Chief Executive", "Head of Finance" could not be read as names; kept as text before the minutes.');
  }, TIMEOUT);

  it('reads headings whose number is not bold and headings in capitals, and leaves out the signature line', () => {
    const { minutes, file } = read(bytes);
    expect(texts(minutes)).toEqual([
      [45, 'MINUTES', 'paragraph The minutes of the meeting held on 10 December 2024 were approved as a correct record and signed by the Chair.'],
      [46, 'DECLARATIONS OF INTEREST', 'paragraph There were no declarations of interest.'],
      [47, 'Budget 2025/26', 'paragraph The Cabinet considered the report of the Head of Finance.', 'resolution RESOLVED: That the budget be recommended to Council.', 'paragraph The meeting closed at 7.45 pm.'],
    ]);
    expect(file.meeting.minuteNumbers).toEqual({ 'item-45': 45, 'item-46': 46, 'item-47': 47 });
    expect(JSON.stringify(file.minutes.editorState)).not.toContain('____');
  }, TIMEOUT);
});

describe('minutes a reader cannot place', () => {
  it('keeps lettered points with nothing above them as typed text, and says where numbering will differ', () => {
    const { minutes, warnings } = read(
      minutesDocx(
        para('MINUTES of a meeting of the Audit Committee held at the Guildhall on 3 June 2024.'),
        para('PRESENT: Cllr P Quill (Chairman) and Cllr R Stone'),
        para(run('7.\tInternal Audit Report', { bold: true })),
        para('Members asked:'),
        para('(a) whether the plan was on track; and'),
        para('(b) when the next report was due.'),
        para('1. The auditor replied.'),
        para('3. The Chairman thanked her.'),
      ),
    );
    expect(texts(minutes)).toEqual([
      [
        7,
        'Internal Audit Report',
        'paragraph Members asked:',
        'paragraph (a) whether the plan was on track; and',
        'paragraph (b) when the next report was due.',
        'numbered The auditor replied.',
        'numbered The Chairman thanked her.',
      ],
    ]);
    expect(warnings).toEqual([
      'Minute 7: 2 lettered or numbered points with no numbered paragraph above them are kept as plain paragraphs with the letter typed in.',
      'Minute 7: the Word file numbers its paragraphs 1, 3; Minute Book numbers them on through the minute (1, 2).',
      "The minutes do not name the council; \"Kent County Council\", the app's default, is used until it is corrected.",
    ]);
  }, TIMEOUT);
});
