import type { AgendaPart } from '../model/agenda';
import type { AttendanceRole } from '../model/attendance';
import type { PersonKind } from '../model/person';
import { parseNameList, type NameList, type PrintedName } from './attendance-names';
import { apologiesSentence, attendanceLabel, continuesNames } from './front-matter';
import type { ImportedMinute, ImportedMinutes, ImportedPerson } from './imported-minutes';
import { findDate, findTime, readMeetingSentence, type MeetingSentence } from './meeting-details';
import { isSignatureLine, itemReferenceLine, looksLikeHeading, numberedHeading, partHeading, titleHeading, type MinuteHeadingFound } from './minute-headings';
import { ParagraphPlacer } from './minute-paragraphs';
import { fromCapitals, isCapitals, plain } from './plain-text';
import type { WordDocument, WordParagraph } from './word-document';

/**
 * A Word document's paragraphs read as minutes in the house format, made general:
 * the title lines (council, body, date), the meeting sentence, the attendance
 * lines and apologies, then the minutes — each heading (numbered, by agenda code,
 * or a bold title when the minutes have neither) with its "(Item X)" and its
 * paragraphs — under UNRESTRICTED / EXEMPT headings. The signature block at the
 * end is left out; page headers and footers were never read. Anything else is
 * kept as plain paragraphs where it stood, with a warning.
 */

const LINE_LABEL: Record<AttendanceRole, string> = {
  present: 'PRESENT:',
  'also-present': 'ALSO PRESENT:',
  'in-attendance': 'IN ATTENDANCE:',
  apologies: 'Apologies:',
};

const KIND_ON_LINE: Record<AttendanceRole, PersonKind> = { present: 'member', 'also-present': 'visitor', 'in-attendance': 'officer', apologies: 'member' };

const synthetic = (text: string): WordParagraph => ({ runs: [{ text, bold: false, italic: false, underline: false }], text, styleName: '', heading: false, list: null, inTable: false });

/**
 * Members are on PRESENT and send apologies, visitors are ALSO PRESENT, officers IN ATTENDANCE. Someone on PRESENT
 * printed with a post in brackets is an officer (the house style prints a post only for officers and visitors),
 * unless their title says they are a councillor ("Cllr J Smith (Leader)").
 */
function kindOf(name: PrintedName, role: AttendanceRole): PersonKind {
  const kind = KIND_ON_LINE[role];
  if (kind !== 'member' || (name.role === '' && name.organisation === '')) return kind;
  return /^(cllr|councillor)\b/i.test(name.title) ? 'member' : 'officer';
}

/** A title line: short, and bold, in capitals or a heading style, or a date line ("21st March 2023 at 10:00am"). */
function isTitleLine(paragraph: WordParagraph): boolean {
  const text = plain(paragraph.text);
  return text.length <= 150 && !paragraph.list && (looksLikeHeading(paragraph) || isCapitals(text) || findDate(text) !== null);
}

class MinutesReader {
  private readonly warnings: string[];
  private readonly people: ImportedPerson[] = [];
  /** The people listed so far, by title, forenames, initials and surname: someone listed twice is kept once. */
  private readonly listed = new Map<string, ImportedPerson>();
  private readonly before = new ParagraphPlacer('Before the first minute');
  private readonly minutes: { minute: ImportedMinute; placer: ParagraphPlacer }[] = [];
  private readonly paragraphs: WordParagraph[];
  private readonly numberedMinutes: boolean;
  private sentence: MeetingSentence | null = null;
  private readonly titleLines: WordParagraph[] = [];
  private unplacedFront = 0;
  private movedApologies = false;

  constructor(document: WordDocument) {
    this.warnings = [...document.notes];
    this.paragraphs = withoutSignatureBlock(document.paragraphs);
    this.numberedMinutes = this.paragraphs.some((paragraph, index) => numberedHeading(paragraph, this.paragraphs[index + 1]) !== null);
  }

  read(): ImportedMinutes {
    const start = this.readFrontMatter();
    this.readMinutes(start);
    return this.result();
  }

  private heading(index: number, frontDone: boolean): MinuteHeadingFound | null {
    const paragraph = this.paragraphs[index]!;
    const next = this.paragraphs[index + 1];
    if (this.numberedMinutes) return numberedHeading(paragraph, next);
    return frontDone ? titleHeading(paragraph, next) : null;
  }

  /** Reads the front matter; returns the index of the first paragraph of the business. */
  private readFrontMatter(): number {
    let frontSeen = false;
    let contentSeen = false;
    for (let index = 0; index < this.paragraphs.length; index += 1) {
      const paragraph = this.paragraphs[index]!;
      if (partHeading(paragraph) || this.heading(index, frontSeen || contentSeen)) return index;
      if (!this.sentence) {
        this.sentence = readMeetingSentence(paragraph.text);
        if (this.sentence) {
          frontSeen = true;
          continue;
        }
      }
      const label = attendanceLabel(paragraph);
      if (label) {
        index = this.readAttendanceLine(index, label.role, label.names);
        frontSeen = true;
        continue;
      }
      const apologies = apologiesSentence(paragraph);
      if (apologies !== null) {
        this.addPeople(parseNameList(apologies), 'apologies');
        frontSeen = true;
        continue;
      }
      if (!frontSeen && !contentSeen && this.titleLines.length < 4 && isTitleLine(paragraph)) {
        this.titleLines.push(paragraph);
        continue;
      }
      contentSeen = true;
      this.unplacedFront += 1;
      this.before.place(paragraph);
    }
    return this.paragraphs.length;
  }

  /** A labelled attendance line and any lines of names under it; returns the index of its last paragraph. */
  private readAttendanceLine(index: number, role: AttendanceRole, names: string): number {
    const lists = [parseNameList(names)];
    let last = index;
    for (let next = index + 1; next < this.paragraphs.length; next += 1) {
      const paragraph = this.paragraphs[next]!;
      if (attendanceLabel(paragraph) || apologiesSentence(paragraph) !== null || partHeading(paragraph) || this.heading(next, true)) break;
      const more = continuesNames(paragraph);
      if (!more) break;
      lists.push(more);
      last = next;
    }
    for (const list of lists) this.addPeople(list, role);
    return last;
  }

  private addPeople(list: NameList, role: AttendanceRole): void {
    for (const piece of list.split) this.warnings.push(`"${piece}" was read as more than one person: a comma seems to be missing.`);
    if (list.unread.length > 0) {
      this.warnings.push(`${LINE_LABEL[role]} "${list.unread.join('", "')}" could not be read as ${list.unread.length === 1 ? 'a name' : 'names'}; kept as text before the minutes.`);
      this.before.place(synthetic(`${LINE_LABEL[role]} ${list.unread.join(', ')}`));
    }
    for (const name of list.people) {
      const key = `${name.title} ${name.forename} ${name.initials} ${name.surname}`.toLowerCase();
      const already = this.listed.get(key);
      if (already) {
        if (already.attendance !== role) this.warnings.push(`${name.printed} is listed twice (${LINE_LABEL[already.attendance]} and ${LINE_LABEL[role]}); the first is kept.`);
        continue;
      }
      const person: ImportedPerson = { ...name, attendance: role, kind: kindOf(name, role) };
      this.listed.set(key, person);
      this.people.push(person);
    }
  }

  private readMinutes(start: number): void {
    let part: AgendaPart = 'unrestricted';
    let current: { minute: ImportedMinute; placer: ParagraphPlacer } | null = null;
    for (let index = start; index < this.paragraphs.length; index += 1) {
      const paragraph = this.paragraphs[index]!;
      const partFound = partHeading(paragraph);
      if (partFound) {
        part = partFound;
        continue;
      }
      const heading = this.heading(index, true);
      if (heading) {
        const minute: ImportedMinute = { number: heading.number, code: heading.code, title: heading.title, part, paragraphs: [] };
        current = { minute, placer: new ParagraphPlacer(minuteName(minute)) };
        this.minutes.push(current);
        if (heading.takesNext) index += 1;
        continue;
      }
      if (current && current.placer.paragraphs.length === 0 && current.minute.code === '') {
        const code = itemReferenceLine(paragraph);
        if (code) {
          current.minute.code = code;
          continue;
        }
      }
      const apologies = apologiesSentence(paragraph);
      if (apologies !== null) {
        this.addPeople(parseNameList(apologies), 'apologies');
        this.movedApologies = true;
        continue;
      }
      (current?.placer ?? this.before).place(paragraph);
    }
  }

  private result(): ImportedMinutes {
    const { councilName, bodyName } = this.names();
    const dateLine = this.titleLines.map((line) => plain(line.text)).find((text) => findDate(text) !== null);
    const time = this.sentence?.time ?? (dateLine ? findTime(dateLine) : null);
    const minutes = this.minutes.map(({ minute, placer }) => ({ ...minute, paragraphs: placer.paragraphs }));
    const warnings = [...this.warnings];
    if (this.movedApologies) warnings.push('The apologies sentence found among the minutes became the meeting\'s apologies; Minute Book prints it after the attendance lines.');
    if (this.unplacedFront > 0) {
      warnings.push(`${this.unplacedFront} paragraph${this.unplacedFront === 1 ? '' : 's'} before the first minute ${this.unplacedFront === 1 ? 'is' : 'are'} not the heading, attendance or apologies; kept as text before the minutes.`);
    }
    warnings.push(...this.before.warnings(), ...this.minutes.flatMap(({ placer }) => placer.warnings()), ...numberWarnings(minutes));
    return {
      councilName,
      bodyName,
      documentWord: this.sentence?.documentWord ?? null,
      date: this.sentence?.date ?? (dateLine ? findDate(dateLine)!.iso : null),
      startTime: time?.time ?? null,
      timeStyle: time?.style ?? null,
      venue: this.sentence?.venue ?? null,
      chairWord: this.people.find((person) => person.chairWord !== null)?.chairWord ?? null,
      headingStyle: minutes.some((minute) => minute.number !== null) ? 'minute-numbers' : 'agenda-codes',
      people: this.people,
      before: this.before.paragraphs,
      minutes,
      warnings,
    };
  }

  /**
   * The council and the body from the title lines: the body is the line the meeting sentence names (or the last
   * name line), the council a line above it (the one saying "Council" if there are several). A date line names
   * the body before its date ("Kent Community Safety Partnership - Wednesday, 17th July, 2019").
   */
  private names(): { councilName: string | null; bodyName: string | null } {
    const lines = this.titleLines.map((line) => plain(line.text));
    const nameLines = lines.filter((text) => findDate(text) === null);
    const sentenceBody = this.sentence?.bodyName ?? null;
    let bodyIndex = sentenceBody === null ? -1 : nameLines.findIndex((text) => text.toLowerCase() === sentenceBody.toLowerCase() || text.toLowerCase() === `the ${sentenceBody.toLowerCase()}`);
    if (bodyIndex === -1 && nameLines.length > 0 && (nameLines.length > 1 || sentenceBody === null)) bodyIndex = nameLines.length - 1;
    const others = nameLines.filter((_, index) => index !== bodyIndex);
    const council = others.find((text) => /\bcouncil\b/i.test(text)) ?? (others.length === 1 && bodyIndex > 0 ? others[0]! : null);
    const ordinary = (text: string) => (isCapitals(text) ? fromCapitals(text) : text);
    let bodyName = sentenceBody ?? (bodyIndex >= 0 ? ordinary(nameLines[bodyIndex]!) : null);
    if (bodyName === null) {
      const dated = lines.find((text) => findDate(text) !== null);
      const before = dated ? dated.slice(0, findDate(dated)!.index).replace(/[\s,:;–—-]+$/, '').trim() : '';
      if (before.split(' ').length >= 2) bodyName = ordinary(before);
    }
    return { councilName: council === null ? null : ordinary(council), bodyName };
  }
}

/** "Minute 95", "Item B2", or the title in quotes: how warnings name a minute. */
function minuteName(minute: Pick<ImportedMinute, 'number' | 'code' | 'title'>): string {
  if (minute.number !== null) return `Minute ${minute.number}`;
  if (minute.code !== '') return `Item ${minute.code}`;
  return `"${minute.title}"`;
}

/** Minute numbers that repeat or do not run on by one. */
function numberWarnings(minutes: readonly ImportedMinute[]): string[] {
  const numbers = minutes.flatMap((minute) => (minute.number === null ? [] : [minute.number]));
  const warnings: string[] = [];
  const repeated = numbers.filter((number, index) => numbers.indexOf(number) !== index);
  if (repeated.length > 0) warnings.push(`Minute number${repeated.length === 1 ? '' : 's'} ${[...new Set(repeated)].join(', ')} ${repeated.length === 1 ? 'is' : 'are'} used twice.`);
  else if (numbers.some((number, index) => index > 0 && number !== numbers[index - 1]! + 1)) warnings.push(`The minute numbers do not run on by one (${numbers.join(', ')}).`);
  return warnings;
}

/** The document without the signature block at its end ("Chairman", "Date", "Signed ……"). */
function withoutSignatureBlock(paragraphs: readonly WordParagraph[]): WordParagraph[] {
  const kept = [...paragraphs];
  for (let removed = 0; removed < 12 && kept.length > 0 && isSignatureLine(kept.at(-1)!); removed += 1) kept.pop();
  return kept;
}

/** The minutes in a Word document's paragraphs. */
export function readMinutes(document: WordDocument): ImportedMinutes {
  return new MinutesReader(document).read();
}
