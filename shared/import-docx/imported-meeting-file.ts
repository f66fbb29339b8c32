import { defaultBodySettings, type Body, type BodySettings } from '../model/body';
import type { AgendaItem } from '../model/agenda';
import type { Attendance } from '../model/attendance';
import { defaultMeetingTitle, type Meeting } from '../model/meeting';
import type { Person } from '../model/person';
import { COUNTY_HOUSE_STYLE, type HouseStyleOverrides } from '../house-style/house-style';
import type { MeetingFileParts } from '../meeting-file/meeting-file';
import type { SerializedNode } from '../minutes/editor-json';
import { editorStateNode, minuteItemNode } from '../minutes/editor-nodes';
import { MentionMatcher } from '../minutes/mention-matcher';
import { MinuteComposer } from '../minutes/minute-composer';
import type { ImportedMinutes, ImportedParagraph, ImportedPerson } from './imported-minutes';
import { titlesInText } from './attendance-names';
import { plain } from './plain-text';

/**
 * What the reader found, made into a meeting file: the body, its roster from the
 * attendance lines, the meeting (marked imported, signed, with the minute numbers
 * it had) and the minutes as the editor's own nodes, laid out by MinuteComposer
 * with people named as mentions where the words are exactly theirs.
 */

export interface ImportOptions {
  /** The Word file's name (shown on the meeting as where it came from). */
  fileName: string;
  /** When it is read (ms since 1970): the meeting's and body's times, and the file's exportedAt. */
  importedAt: number;
  /** The committee or partnership to import into; the minutes' own name for it when not given. */
  bodyName?: string;
  /** The council; the minutes' own title line when not given. */
  councilName?: string;
}

export type ImportedFileResult = { ok: true; parts: MeetingFileParts; warnings: string[] } | { ok: false; message: string };

const cut = (text: string, max: number) => (text.length <= max ? text : text.slice(0, max).replace(/\s+\S*$/, '').trim() || text.slice(0, max));

function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii === '' ? 'x' : ascii.slice(0, 60);
}

/** A new id from `base`, made unique among `taken` with -2, -3 …; the id is added to `taken`. */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * A printed name in the roster's fields, exactly as the attendance line prints it: the title when there is one
 * ("Mr", "Cllr", "DCI"; none for "Matthew Burbeck" or "Widden"), the forename or the initials as given, the
 * surname; and the title the text of the minutes names them by, where that differs (see textTitleOf).
 */
function rosterName(person: ImportedPerson, textTitle: string, warnings: string[]): Pick<Person, 'title' | 'forename' | 'initials' | 'surname' | 'textTitle'> {
  const forename = cut(person.forename, 60);
  if (forename !== person.forename) warnings.push(`${person.printed}: the forenames are cut to "${forename}", the most the roster keeps.`);
  return {
    title: cut(person.title, 40),
    ...(forename !== '' ? { forename } : {}),
    initials: cut(person.initials, 20),
    surname: cut(person.surname, 100),
    ...(textTitle !== '' ? { textTitle: cut(textTitle, 40) } : {}),
  };
}

/**
 * The title the minutes' text names a person by when it is not their attendance title ("DCI Loose" in the text for
 * "Mr B Loose"; "Ms Widden" for "Widden"), or "" when the text uses the attendance title or none. Set only when the
 * reader can tell: the surname is nobody else's on the roster and every titled use of it in the text agrees.
 * Otherwise ("Supt Russell" and "T/Supt Russell" in one set of minutes) the text's words stay as they were typed.
 */
function textTitleOf(person: ImportedPerson, titles: readonly string[], sharedSurname: boolean): string {
  const distinct = new Set(titles);
  if (sharedSurname || distinct.size !== 1 || distinct.has(person.title)) return '';
  return titles[0]!;
}

/** The roster, in the order the attendance lists people, with ids made from their surnames. */
function rosterOf(people: readonly ImportedPerson[], bodyId: string, minutesText: string, warnings: string[]): Person[] {
  const taken = new Set<string>();
  const surnames = new Map<string, number>();
  for (const person of people) surnames.set(person.surname, (surnames.get(person.surname) ?? 0) + 1);
  const titles = titlesInText(minutesText, surnames.keys());
  return people.map((person) => {
    const textTitle = textTitleOf(person, titles.get(person.surname) ?? [], surnames.get(person.surname)! > 1);
    const name = rosterName(person, textTitle, warnings);
    const base = `p-${slug(person.surname)}`;
    const id = taken.has(base) ? uniqueId(`p-${slug(`${name.forename ?? name.initials} ${person.surname}`)}`, taken) : uniqueId(base, taken);
    return {
      id,
      bodyId,
      ...name,
      honours: cut(person.honours, 60),
      role: cut(person.role, 200),
      organisation: cut(person.organisation, 200),
      kind: person.kind,
      office: person.office,
      retired: false,
    };
  });
}

function paragraphsText(paragraphs: readonly ImportedParagraph[]): string {
  return paragraphs.map((paragraph) => paragraph.runs.map((run) => run.text).join('')).join('\n');
}

/** One section's paragraphs as editor blocks, people named as mentions (a minute's mentions start afresh). */
function blocksOf(paragraphs: readonly ImportedParagraph[], matcher: MentionMatcher, mentioned: Set<string>): SerializedNode[] {
  const composer = new MinuteComposer();
  for (const paragraph of paragraphs) composer.add({ kind: paragraph.kind, level: paragraph.level, content: matcher.inline(paragraph.runs, mentioned) });
  return composer.finish();
}

const sameName = (a: string, b: string) => plain(a).replace(/^the /i, '').toLowerCase() === plain(b).replace(/^the /i, '').toLowerCase();

/** The meeting file for the imported minutes, or one plain sentence saying why there can be none. */
export function importedMeetingFile(minutes: ImportedMinutes, options: ImportOptions): ImportedFileResult {
  const warnings = [...minutes.warnings];
  if (minutes.people.length === 0 && minutes.minutes.length === 0) {
    return { ok: false, message: 'The document does not look like minutes: it has no PRESENT line and no minute headings.' };
  }
  if (minutes.date === null) {
    return { ok: false, message: 'The minutes give no meeting date: there is no sentence such as "MINUTES of a meeting of … held on Thursday, 19 March 2015" and no date under the title.' };
  }
  const bodyName = cut(plain(options.bodyName ?? minutes.bodyName ?? ''), 200);
  if (bodyName === '') return { ok: false, message: 'The minutes do not say whose meeting it was (no title line and no "MINUTES of a meeting of …" sentence); name the committee or partnership to import them into.' };
  if (options.bodyName && minutes.bodyName && !sameName(options.bodyName, minutes.bodyName)) {
    warnings.push(`The minutes are of "${minutes.bodyName}"; they are imported into "${bodyName}" as asked.`);
  }

  const defaults = defaultBodySettings(bodyName);
  const councilName = cut(plain(options.councilName ?? minutes.councilName ?? ''), 200);
  if (councilName === '') warnings.push(`The minutes do not name the council; "${defaults.councilName}", the app's default, is used until it is corrected.`);
  if (minutes.documentWord === null) warnings.push(`The minutes have no "NOTES of a meeting" or "MINUTES of a meeting" sentence; ${defaults.documentWord} is used.`);
  const numbers = minutes.minutes.flatMap((minute) => (minute.number === null ? [] : [minute.number]));
  const houseStyle: HouseStyleOverrides = {};
  if (minutes.timeStyle !== null && minutes.timeStyle !== COUNTY_HOUSE_STYLE.timeStyle) houseStyle.timeStyle = minutes.timeStyle;
  if (minutes.councilName === null) houseStyle.showCouncilName = false;
  const settings: BodySettings = {
    councilName: councilName || defaults.councilName,
    name: bodyName,
    documentWord: minutes.documentWord ?? defaults.documentWord,
    defaultVenue: cut(minutes.venue ?? '', 300),
    lastMinuteNumber: numbers.length > 0 ? Math.max(...numbers) : 0,
    headingStyle: minutes.headingStyle,
    chairWord: minutes.chairWord ?? defaults.chairWord,
    ...(Object.keys(houseStyle).length > 0 ? { houseStyle } : {}),
  };
  const body: Body = { id: slug(bodyName), ...settings, createdAt: options.importedAt, updatedAt: options.importedAt };

  const minutesText = [minutes.before, ...minutes.minutes.map((minute) => minute.paragraphs)].map(paragraphsText).join('\n');
  const roster = rosterOf(minutes.people, body.id, minutesText, warnings);
  const attendance: Attendance = Object.create(null) as Attendance;
  minutes.people.forEach((person, index) => {
    attendance[roster[index]!.id] = person.attendance;
  });

  const itemIds = new Set<string>();
  const agenda: AgendaItem[] = minutes.minutes.map((minute, index) => ({
    id: uniqueId(minute.number !== null ? `item-${minute.number}` : minute.code !== '' ? `item-${slug(minute.code)}` : `item-${index + 1}`, itemIds),
    code: cut(minute.code, 12),
    title: cut(minute.title, 500),
    part: minute.part,
  }));
  const minuteNumbers: Record<string, number> = Object.create(null) as Record<string, number>;
  minutes.minutes.forEach((minute, index) => {
    if (minute.number !== null) minuteNumbers[agenda[index]!.id] = minute.number;
  });

  const meeting: Meeting = {
    id: `${body.id}-${minutes.date}`,
    bodyId: body.id,
    title: cut(defaultMeetingTitle(bodyName, minutes.date), 200),
    date: minutes.date,
    // The house format seldom prints the start time, and a meeting needs none: when the minutes give none, none is stored.
    startTime: minutes.startTime,
    venue: cut(minutes.venue ?? '', 300),
    agenda,
    attendance,
    movements: [],
    itemTimes: {},
    // Signed outside Minute Book: the record as it was signed, with the numbers it carried.
    status: 'signed',
    minuteNumbers: numbers.length > 0 ? minuteNumbers : null,
    imported: { fileName: cut(options.fileName, 500) || 'minutes.docx', importedAt: options.importedAt },
    createdAt: options.importedAt,
    updatedAt: options.importedAt,
  };

  const matcher = new MentionMatcher(roster);
  const outside = new Set<string>();
  const editorState = editorStateNode([
    ...blocksOf(minutes.before, matcher, outside),
    ...minutes.minutes.map((minute, index) => minuteItemNode(agenda[index]!.id, blocksOf(minute.paragraphs, matcher, new Set()))),
  ]);
  return {
    ok: true,
    parts: { body, roster, templates: [], meeting, editorState, exportedAt: new Date(options.importedAt).toISOString() },
    warnings,
  };
}
