import { mentionLabel } from '@shared/domain/mentions';
import { formalName } from '@shared/domain/person-names';
import type { MeetingFile } from '@shared/meeting-file/schema';
import type { MeetingFileOutline } from '@shared/meeting-file/worker-messages';
import { withAbbreviationsAdded } from '@shared/autocorrect/abbreviations';
import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import type { Person, PersonDetails } from '@shared/model/person';
import { printRecordOf } from '@shared/model/print-record';
import { NodeType } from '@shared/minutes/editor-json';
import type { Attendance } from '@shared/model/attendance';
import type { MinuteBookDatabase, PersonRow } from './database';

/** What to do when the file's meeting is already on this computer. */
export type ImportMode = 'keep-both' | 'replace';

/** A person the file and this computer both have (the same id), described differently. */
export interface PersonDifference {
  inFile: Person;
  here: Person;
}

/** What importing a checked file would meet on this computer; nothing is changed by finding out. */
export interface ImportPlan {
  /** The title of the meeting already here with the file's id, or null. */
  existingTitle: string | null;
  /** The body the meeting joins here (the same id, or else the same name), or null when the file's is added. */
  joins: Body | null;
  /**
   * People described differently in the file and here. The imported meeting prints as its file says either
   * way; the officer chooses, person by person, which this computer's roster keeps for its other drafts.
   */
  people: PersonDifference[];
  /** Why the file cannot be imported into this minute book at all, or null. */
  refusal: string | null;
}

/** The officer's answers to the plan's questions. */
export interface ImportChoices {
  mode: ImportMode;
  /** Ids of the people whose details this computer's roster takes from the file; everyone else stays as they are. */
  takeFromFile: ReadonlySet<string>;
  /**
   * 'as-the-file-says' (an import): the meeting keeps the file's body settings and roster as its print record,
   * whatever this computer holds. 'as-recorded' (a backup of this computer's own meeting coming back): only a
   * record the meeting already had, or, for minutes that have left draft, one made from the file.
   */
  printing: 'as-the-file-says' | 'as-recorded';
}

/** The file's parts, checked (shared/meeting-file), with the minutes as JSON text. */
export interface ImportedFile {
  outline: MeetingFileOutline;
  editorStateJson: string;
}

/** A meeting file already parsed and checked (a backup read whole, the meeting on screen) as the importer takes it. */
export function importedFileOf({ minutes, ...outline }: MeetingFile): ImportedFile {
  return { outline, editorStateJson: JSON.stringify(minutes.editorState) };
}

const PRINTED_DETAILS = ['title', 'initials', 'surname', 'honours', 'role', 'organisation', 'kind', 'office'] as const satisfies readonly (keyof PersonDetails)[];
/** Printed details that older files and rows may lack: absent prints as empty. */
const OPTIONAL_PRINTED_DETAILS = ['forename', 'textTitle'] as const satisfies readonly (keyof PersonDetails)[];

/** The details of a person that print (attendance lines, mentions), the same in both? */
export function samePrintedPerson(a: PersonDetails, b: PersonDetails): boolean {
  return PRINTED_DETAILS.every((field) => a[field] === b[field]) && OPTIONAL_PRINTED_DETAILS.every((field) => (a[field] ?? '') === (b[field] ?? ''));
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');
}

/** What the roster review decided for one person read from Word minutes. */
export type RosterChoice =
  /** A new person on the committee's roster, printed with these details (the officer may have renamed them). */
  | { kind: 'add'; details: PersonDetails }
  /** Someone already on the committee's roster: the minutes name them. */
  | { kind: 'same-as'; personId: string };

/** Word minutes read and checked (shared/import-docx, then shared/meeting-file), for one batch. */
export interface WordMinutesBatch {
  /** The committee they go into. */
  bodyId: string;
  /**
   * Each file, with its people: the file's roster id → the key of the reviewed person (the same person in
   * several files has one key).
   */
  files: { file: ImportedFile; people: ReadonlyMap<string, string> }[];
  /** The roster review: key → what the officer chose. */
  choices: ReadonlyMap<string, RosterChoice>;
}

/** The editor state's JSON with every mention naming the roster person `people` gives for its person id, by their short name there. */
function withPeople(editorStateJson: string, people: ReadonlyMap<string, Person>): string {
  return JSON.stringify(
    JSON.parse(editorStateJson, (_key, value: unknown) => {
      if (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === NodeType.mention) {
        const mention = value as { personId: string };
        const person = people.get(mention.personId);
        return person ? { ...mention, personId: person.id, label: mentionLabel(person) } : mention;
      }
      return value;
    }),
  );
}

/**
 * How one Word file's minutes print a reviewed person: the roster person chosen in the review (renamed, or
 * matched with someone on the roster), named in the text as this file's text named them, so each meeting prints
 * as its file did even where the files differ (a rank in one year's text and not the next's). A title for the
 * text the officer changed in the review holds for every file; matched with someone on the roster whose title
 * differs ("Ms" for the file's "Mrs"), the file's title stays the title in the text, since its mentions read so.
 */
function printedIn(inFile: Person, chosen: Person, choice: RosterChoice, offeredTextTitle: string): Person {
  if (choice.kind === 'add') {
    const edited = (choice.details.textTitle ?? '') !== offeredTextTitle;
    return edited ? chosen : withTextTitle(chosen, inFile.textTitle ?? '');
  }
  return withTextTitle(chosen, inFile.textTitle || (inFile.title !== chosen.title ? inFile.title : ''));
}

/** The person with this title for the text ("" for none: the attendance title). */
function withTextTitle(person: Person, textTitle: string): Person {
  const { textTitle: _textTitle, ...rest } = person;
  return textTitle === '' ? rest : { ...rest, textTitle };
}

/**
 * Imports checked meeting files: what one would meet here (plan), and storing it with the officer's choices
 * (store), in one transaction over the five tables a meeting file touches, all or nothing.
 */
export class MeetingImportRepository {
  constructor(
    private readonly db: MinuteBookDatabase,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** The body here that the file's meeting joins: the same id, or else the same name. */
  private async joinedBody(outline: MeetingFileOutline): Promise<Body | null> {
    const sameId = await this.db.bodies.get(outline.body.id);
    if (sameId) return sameId;
    return (await this.db.bodies.toArray()).find((body) => sameName(body.name, outline.body.name)) ?? null;
  }

  /** What importing this file would meet here (see ImportPlan). Changes nothing. */
  plan(outline: MeetingFileOutline): Promise<ImportPlan> {
    return this.db.transaction('r', [this.db.bodies, this.db.people, this.db.meetings], async () => {
      const existing = await this.db.meetings.get(outline.meeting.id);
      const joins = await this.joinedBody(outline);
      const here = await this.db.people.bulkGet(outline.roster.map((person) => person.id));
      const people: PersonDifference[] = [];
      let refusal: string | null = null;
      outline.roster.forEach((inFile, index) => {
        const row = here[index];
        if (!row) return;
        if (row.bodyId !== (joins?.id ?? outline.body.id)) {
          refusal ??= `${inFile.title} ${inFile.surname} has the id of someone on another committee’s roster on this computer, so the file cannot be imported here.`;
          return;
        }
        const { order: _order, ...person } = row;
        if (!samePrintedPerson(inFile, person)) people.push({ inFile, here: person });
      });
      return { existingTitle: existing?.title ?? null, joins, people, refusal };
    });
  }

  /**
   * Brings back this computer's own meeting (a disk backup, or the meeting on screen written into a database
   * the browser threw away): replacing what is here, with the roster here left as it is, printing as recorded.
   */
  restore(file: ImportedFile): Promise<string> {
    return this.store(file, { mode: 'replace', takeFromFile: new Set(), printing: 'as-recorded' });
  }

  /**
   * Stores the file's meeting, its minutes, and whatever of its body, roster and phrases this computer lacks;
   * people described differently here change only as `choices` say. 'replace' overwrites the meeting here and
   * its minutes (never signed minutes: they are the record); 'keep-both' adds the file's as a new meeting. An
   * imported meeting keeps the file's record of how it prints (or the file's body and roster, when it has
   * none), whatever this computer holds (see ImportChoices.printing). Returns the id of the meeting to open.
   */
  store(file: ImportedFile, choices: ImportChoices): Promise<string> {
    const { outline } = file;
    const { db } = this;
    return db.transaction('rw', [db.bodies, db.people, db.templates, db.meetings, db.drafts], async () => {
      const at = this.now();
      const joins = await this.joinedBody(outline);
      const bodyId = joins?.id ?? outline.body.id;
      if (!joins) await db.bodies.add({ ...outline.body, updatedAt: at });

      let order = ((await db.people.where('bodyId').equals(bodyId).toArray()).reduce((max, p) => Math.max(max, p.order), 0) || at) + 1;
      for (const person of outline.roster) {
        const row = await db.people.get(person.id);
        if (!row) {
          await db.people.add({ ...person, bodyId, order: order++ });
          continue;
        }
        if (row.bodyId !== bodyId) throw new Error(`${person.title} ${person.surname} has the id of someone on another committee’s roster on this computer, so the file cannot be imported here.`);
        if (choices.takeFromFile.has(person.id)) {
          // Every detail the question compared (samePrintedPerson), so the person then prints as the file says.
          const details = Object.fromEntries(PRINTED_DETAILS.map((field) => [field, person[field]])) as Pick<PersonDetails, (typeof PRINTED_DETAILS)[number]>;
          const optional = Object.fromEntries(OPTIONAL_PRINTED_DETAILS.map((field) => [field, person[field] ?? ''])) as Pick<PersonDetails, (typeof OPTIONAL_PRINTED_DETAILS)[number]>;
          const updated: PersonRow = { ...row, ...details, ...optional };
          await db.people.put(updated);
        }
      }
      for (const template of outline.templates) {
        if (!(await db.templates.get(template.id))) await db.templates.add({ ...template, bodyId });
      }
      const fileAbbreviations = outline.body.abbreviations ?? [];
      if (joins && fileAbbreviations.length > 0) {
        const abbreviations = withAbbreviationsAdded(joins.abbreviations ?? [], fileAbbreviations);
        if (abbreviations.length !== (joins.abbreviations ?? []).length) await db.bodies.update(bodyId, { abbreviations, updatedAt: at });
      }

      const existing = await db.meetings.get(outline.meeting.id);
      // Signed minutes here are the record: a file may sit beside them, never over them.
      if (existing?.status === 'signed' && choices.mode === 'replace') {
        throw new Error('The meeting on this computer is signed: it is the record and cannot be replaced. Import the file as a copy (Keep both) instead.');
      }
      const copy = existing !== undefined && choices.mode === 'keep-both';
      const meetingId = copy ? this.newId() : outline.meeting.id;
      const { printedAs, ...rest } = outline.meeting;
      const asTheFileSays = choices.printing === 'as-the-file-says' || rest.status !== 'draft';
      const record = printedAs ?? (asTheFileSays ? printRecordOf(outline.body, outline.roster) : undefined);
      const meeting: Meeting = {
        ...rest,
        ...(record ? { printedAs: record } : {}),
        id: meetingId,
        bodyId,
        title: copy ? `${outline.meeting.title} (imported)` : outline.meeting.title,
        updatedAt: at,
      };
      await db.meetings.put(meeting);
      await db.drafts.put({ meetingId, editorState: file.editorStateJson, savedAt: at });
      return meetingId;
    });
  }

  /** Of these meeting ids, the ones already on this computer (a Word file imported before). */
  async existingMeetings(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.meetings.bulkGet([...ids]);
    return new Set(rows.flatMap((row) => (row ? [row.id] : [])));
  }

  /**
   * Stores a batch of Word minutes in one transaction, all or nothing: the reviewed people (new ones added to
   * the committee's roster, the others matched to who is on it), each meeting with its minutes, attendance and
   * mentions naming the roster's people, kept as printed (its print record), and the committee's last minute
   * number raised to the highest imported. A meeting already here is refused, never overwritten. Returns the
   * new meetings' ids, in the batch's order.
   */
  storeWordMinutes(batch: WordMinutesBatch): Promise<string[]> {
    const { db } = this;
    return db.transaction('rw', [db.bodies, db.people, db.meetings, db.drafts], async () => {
      const at = this.now();
      const body = await db.bodies.get(batch.bodyId);
      if (!body) throw new Error('The committee is no longer on this computer.');
      const roster = await db.people.where('bodyId').equals(body.id).toArray();
      const onRoster = new Map(roster.map((row) => [row.id, row]));
      let order = (roster.reduce((max, p) => Math.max(max, p.order), 0) || at) + 1;

      // Each reviewed person once: their id on the roster, and the person as the minutes print them.
      const people = new Map<string, Person>();
      const firstSeen = new Map<string, Person>();
      // The title for the text the review offered each person: the first any file's text showed (reviewRoster).
      const offeredTextTitles = new Map<string, string>();
      for (const { file, people: keys } of batch.files) {
        for (const person of file.outline.roster) {
          const key = keys.get(person.id);
          if (key === undefined) continue;
          if (!firstSeen.has(key)) firstSeen.set(key, person);
          if (person.textTitle && !offeredTextTitles.has(key)) offeredTextTitles.set(key, person.textTitle);
        }
      }
      for (const [key, choice] of batch.choices) {
        const seen = firstSeen.get(key);
        if (!seen) continue;
        if (choice.kind === 'same-as') {
          const row = onRoster.get(choice.personId);
          if (!row) throw new Error(`${formalName(seen)} was to be matched with someone no longer on the committee’s roster.`);
          const { order: _order, ...person } = row;
          people.set(key, person);
        } else {
          const person: Person = { ...seen, ...choice.details, id: this.newId(), bodyId: body.id, retired: false };
          await db.people.add({ ...person, order: order++ });
          people.set(key, person);
        }
      }

      const ids: string[] = [];
      let lastMinuteNumber = body.lastMinuteNumber;
      for (const { file, people: keys } of batch.files) {
        const { printedAs: _printed, ...meeting } = file.outline.meeting;
        if (await db.meetings.get(meeting.id)) throw new Error(`“${meeting.title}” is already on this computer.`);
        // The file's person id → the roster person chosen in the review.
        const renamed = new Map<string, Person>();
        const printedRoster = new Map<string, Person>();
        for (const person of file.outline.roster) {
          const key = keys.get(person.id) ?? '';
          const chosen = people.get(key);
          if (!chosen) throw new Error(`${formalName(person)} was not in the roster review.`);
          const printed = printedIn(person, chosen, batch.choices.get(key)!, offeredTextTitles.get(key) ?? '');
          renamed.set(person.id, printed);
          if (!printedRoster.has(printed.id)) printedRoster.set(printed.id, printed);
        }
        const attendance = Object.create(null) as Attendance;
        for (const [id, role] of Object.entries(meeting.attendance)) attendance[renamed.get(id)?.id ?? id] = role;
        const stored: Meeting = {
          ...meeting,
          bodyId: body.id,
          attendance,
          printedAs: printRecordOf(file.outline.body, [...printedRoster.values()]),
          updatedAt: at,
        };
        await db.meetings.add(stored);
        await db.drafts.put({ meetingId: stored.id, editorState: withPeople(file.editorStateJson, renamed), savedAt: at });
        for (const number of Object.values(meeting.minuteNumbers ?? {})) lastMinuteNumber = Math.max(lastMinuteNumber, number);
        ids.push(stored.id);
      }
      if (lastMinuteNumber !== body.lastMinuteNumber) await db.bodies.update(body.id, { lastMinuteNumber, updatedAt: at });
      return ids;
    });
  }
}
