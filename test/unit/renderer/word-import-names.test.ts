import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openMinuteBookDatabase } from '../../../renderer/src/db/database';
import { MeetingImportRepository, type RosterChoice } from '../../../renderer/src/db/import-repository';
import { detailsOf } from '../../../renderer/src/features/import/WordRosterReview';
import { exportMeetingDocx } from '../../../shared/export/docx';
import { importMinutesDocx } from '../../../shared/import-docx';
import { reviewRoster } from '../../../shared/import-docx/roster-review';
import { checkMeetingFile } from '../../../shared/meeting-file';
import { defaultBodySettings } from '../../../shared/model/body';
import { minutesDocx, para, run } from '../../support/minimal-docx';

/** Exports and imports whole Word files; generous for a loaded two-core machine. */
const TIMEOUT = 60_000;

/*
 * People as Word minutes print them, read into the roster and printed again: titled and untitled, a forename, initials,
 * a forename with an initial, a surname alone, a knight, a professor, and a police rank in the text ("DCI Loose") for a
 * man listed as "Mr B Loose". A fictional partnership, so nothing is fitted to the seeds.
 */

const PRESENT = 'Mr P M Hill, OBE (Chairman), Dr Jane Ash, Cllr R Stone, Matthew Burbeck, Mr B Loose, Professor K Grey and Mr John P Smith';
const IN_ATTENDANCE = 'Mrs C Cedar (Partnership Manager) and Sir Ian Blake (Police and Crime Commissioner)';
const APOLOGIES = 'Apologies were received from Widden.';
const NAMED_IN_TEXT = [
  'DCI Loose introduced the update.',
  'Matthew Burbeck asked about youth provision, and DCI Loose replied.',
  'Dr Ash and Professor Grey welcomed the figures; Mr Hill thanked Cllr Stone and Mr Smith.',
  'Mrs Cedar (Partnership Manager) would circulate the plan.',
];
const LATER = 'Ms Widden had sent a written update. The next meeting will be held on 11 June 2024.';

function firstMeeting(): Uint8Array {
  return minutesDocx(
    para('MINUTES of a meeting of the Chalk Vale Community Safety Partnership held at the Guildhall, Chalkford on Tuesday, 12 March 2024.'),
    para(run('PRESENT:', { bold: true }), run(`\t${PRESENT}`)),
    para(run('IN ATTENDANCE:', { bold: true }), run(`\t${IN_ATTENDANCE}`)),
    para(APOLOGIES),
    para(run('1.\t'), run('Community Safety Update', { bold: true })),
    ...NAMED_IN_TEXT.map((text) => para(text)),
    para(run('2.\t'), run('Date of Next Meeting', { bold: true })),
    para(LATER),
  );
}

/** The next meeting: Mr B Loose again, called "Mr Loose" in this year's text. */
function secondMeeting(): Uint8Array {
  return minutesDocx(
    para('MINUTES of a meeting of the Chalk Vale Community Safety Partnership held at the Guildhall, Chalkford on Tuesday, 11 June 2024.'),
    para(run('PRESENT:', { bold: true }), run('\tMr P M Hill, OBE (Chairman) and Mr B Loose')),
    para(run('3.\t'), run('Police Update', { bold: true })),
    para('Mr Loose introduced the update.'),
  );
}

/** A Word file's paragraphs as plain text, tabs and runs of spaces as one space. */
function paragraphs(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((match) => match[1] ?? ' ')
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&apos;/g, '\u2019')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Each file read as the app's worker reads it, then through the one meeting-file check. */
function read(bytes: Uint8Array, fileName: string) {
  const result = importMinutesDocx(bytes, { fileName, importedAt: 5000, bodyName: 'Chalk Vale Community Safety Partnership', councilName: 'Chalk Vale District Council' });
  if (!result.ok) throw new Error(result.message);
  const checked = checkMeetingFile(result.text);
  if (!checked.ok) throw new Error(checked.message);
  const { minutes, ...outline } = checked.file;
  return { fileName, warnings: result.warnings, file: { outline, editorStateJson: JSON.stringify(minutes.editorState) } };
}

/** Stores the files through the roster review as the app does by default: everyone added as the minutes print them. */
async function storeAll(files: ReturnType<typeof read>[]) {
  const db = openMinuteBookDatabase(`names-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.bodies.add({ id: 'body-1', ...defaultBodySettings('Chalk Vale Community Safety Partnership'), createdAt: 1, updatedAt: 1 });
  let id = 0;
  const importer = new MeetingImportRepository(db, () => 9000, () => `new-${++id}`);
  const review = reviewRoster(files.map(({ fileName, file }) => ({ fileName, roster: file.outline.roster })), []);
  const choices = new Map<string, RosterChoice>(review.people.map(({ key, person }) => [key, { kind: 'add', details: detailsOf(person) }]));
  const ids = await importer.storeWordMinutes({ bodyId: 'body-1', files: files.map(({ file }, index) => ({ file, people: review.keys[index]! })), choices });
  const body = (await db.bodies.get('body-1'))!;
  const roster = await db.people.where('bodyId').equals('body-1').sortBy('order');
  /** A stored meeting exported to Word again, as the app exports it. */
  const exported = async (meetingId: string) => {
    const meeting = (await db.meetings.get(meetingId))!;
    const editorState = (await db.drafts.get(meetingId))!.editorState;
    return paragraphs(await exportMeetingDocx({ meeting, body, roster, editorState }, { version: 'full', draft: false }));
  };
  return { ids, roster, exported, db };
}

const fields = ({ title, forename, initials, surname, textTitle, honours, role, kind, office }: { title: string; forename?: string; initials: string; surname: string; textTitle?: string; honours: string; role: string; kind: string; office: string | null }) =>
  [title, forename ?? '', initials, surname, textTitle ?? '', honours, role, kind, office ?? ''].join('|');

describe('people read from Word minutes into the roster as the council prints them', () => {
  it('keeps a title only where one is printed, the forename or initials as given, and the title the text uses where it differs', { timeout: TIMEOUT }, async () => {
    const first = read(firstMeeting(), 'march.docx');
    // Nothing was made up, so there is nothing to warn about.
    expect(first.warnings.filter((warning) => /title|forename/i.test(warning))).toEqual([]);
    const { roster } = await storeAll([first]);
    expect(roster.map(fields)).toEqual([
      'Mr||P M|Hill||OBE||member|chair',
      'Dr|Jane||Ash||||member|',
      'Cllr||R|Stone||||member|',
      '|Matthew||Burbeck||||member|',
      'Mr||B|Loose|DCI|||member|',
      'Professor||K|Grey||||member|',
      'Mr|John P|P|Smith||||member|',
      'Mrs||C|Cedar|||Partnership Manager|officer|',
      'Sir|Ian||Blake|||Police and Crime Commissioner|officer|',
      '|||Widden|Ms|||member|',
    ]);
  });

  it('prints the attendance lines and the names in the text again exactly as the Word file printed them', { timeout: TIMEOUT }, async () => {
    const bytes = firstMeeting();
    const { ids, exported, db } = await storeAll([read(bytes, 'march.docx')]);
    const again = await exported(ids[0]!);
    for (const line of [`PRESENT: ${PRESENT}`, `IN ATTENDANCE: ${IN_ATTENDANCE}`, APOLOGIES, ...NAMED_IN_TEXT, LATER]) {
      expect(paragraphs(bytes)).toContain(line);
      expect(again).toContain(line);
    }
    // The names in the text are the roster's people (mentions), not typed words.
    const labels = [...(await db.drafts.get(ids[0]!))!.editorState.matchAll(/"label":"([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(labels)).toEqual(new Set(['DCI Loose', 'Matthew Burbeck', 'Dr Ash', 'Professor Grey', 'Mr Hill', 'Cllr Stone', 'Mr Smith', 'Mrs Cedar', 'Ms Widden']));
  });

  it('names a person in each meeting as that meeting’s text did: DCI Loose in March, Mr Loose in June, one person on the roster', { timeout: TIMEOUT }, async () => {
    const { ids, roster, exported } = await storeAll([read(firstMeeting(), 'march.docx'), read(secondMeeting(), 'june.docx')]);
    expect(roster.filter((person) => person.surname === 'Loose').map(fields)).toEqual(['Mr||B|Loose|DCI|||member|']);
    expect(await exported(ids[0]!)).toContain('DCI Loose introduced the update.');
    const june = await exported(ids[1]!);
    expect(june).toContain('PRESENT: Mr P M Hill, OBE (Chairman) and Mr B Loose');
    expect(june).toContain('Mr Loose introduced the update.');
  });
});
