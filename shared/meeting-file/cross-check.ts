import type { Person } from '../model/person';
import type { MeetingFile } from './meeting-file';
import type { FilePath } from './places';
import { quote } from './words';
import { asMinuted } from '../model/print-record';

/** Something the schema cannot see: it is the right shape, but does not hang together. */
export interface FileProblem {
  path: FilePath;
  problem: string;
}

/**
 * The roster a meeting prints with: its own record once the minutes left draft (PrintRecord), otherwise the
 * body's roster. Every person the meeting or its minutes name must be on it.
 */
export function printedRoster(file: Pick<MeetingFile, 'body' | 'roster' | 'meeting'>): readonly Person[] {
  return asMinuted(file.meeting, file.body, file.roster).roster;
}

/** The heading style a meeting prints with (see printedRoster). */
export function printedHeadingStyle(file: Pick<MeetingFile, 'body' | 'roster' | 'meeting'>): MeetingFile['body']['headingStyle'] {
  return asMinuted(file.meeting, file.body, file.roster).body.headingStyle;
}

function firstDuplicate<T>(items: readonly T[], key: (item: T) => string): { index: number; first: number } | null {
  const seen = new Map<string, number>();
  for (let index = 0; index < items.length; index += 1) {
    const id = key(items[index]!);
    const first = seen.get(id);
    if (first !== undefined) return { index, first };
    seen.set(id, index);
  }
  return null;
}

/**
 * What the schema cannot say: the roster, phrases and meeting belong to the file's body, ids are unique, and
 * everyone the attendance and the arrivals and departures name is on the roster the meeting prints with.
 * The minutes' own references are checked with them (shared/minutes/check-editor-state). Returns the first problem.
 */
export function crossCheck(file: MeetingFile): FileProblem | null {
  const bodyId = file.body.id;
  const { meeting } = file;
  if (meeting.bodyId !== bodyId) {
    return { path: ['meeting', 'bodyId'], problem: `a committee (${quote(meeting.bodyId, 40)}) other than the one the file holds (${quote(bodyId, 40)})` };
  }
  const stranger = file.roster.findIndex((person) => person.bodyId !== bodyId);
  if (stranger !== -1) {
    return { path: ['roster', stranger, 'bodyId'], problem: `on another committee's roster (${quote(file.roster[stranger]!.bodyId, 40)}), not this meeting's` };
  }
  const twin = firstDuplicate(file.roster, (person) => person.id);
  if (twin) return { path: ['roster', twin.index, 'id'], problem: `the same id as roster person ${twin.first + 1}` };
  const phrase = file.templates.findIndex((template) => template.bodyId !== bodyId);
  if (phrase !== -1) return { path: ['templates', phrase, 'bodyId'], problem: "another committee's standing phrase" };
  const twinPhrase = firstDuplicate(file.templates, (template) => template.id);
  if (twinPhrase) return { path: ['templates', twinPhrase.index, 'id'], problem: `the same id as standing phrase ${twinPhrase.first + 1}` };
  const twinItem = firstDuplicate(meeting.agenda, (item) => item.id);
  if (twinItem) return { path: ['meeting', 'agenda', twinItem.index, 'id'], problem: `the same id as agenda item ${twinItem.first + 1}` };
  if (meeting.printedAs) {
    const twinPrinted = firstDuplicate(meeting.printedAs.roster, (person) => person.id);
    if (twinPrinted) return { path: ['meeting', 'printedAs', 'roster', twinPrinted.index, 'id'], problem: `the same id as person ${twinPrinted.first + 1}` };
  }

  const people = new Set(printedRoster(file).map((person) => person.id));
  for (const personId of Object.keys(meeting.attendance)) {
    if (!people.has(personId)) return { path: ['meeting', 'attendance', personId], problem: 'a person who is not on the roster' };
  }
  const away = meeting.movements.findIndex((movement) => !people.has(movement.personId));
  if (away !== -1) return { path: ['meeting', 'movements', away, 'personId'], problem: 'a person who is not on the roster' };
  const twinMovement = firstDuplicate(meeting.movements, (movement) => movement.id);
  if (twinMovement) return { path: ['meeting', 'movements', twinMovement.index, 'id'], problem: `the same id as entry ${twinMovement.first + 1}` };

  if (meeting.minuteNumbers) {
    const numbered = new Map<number, string>();
    for (const [itemId, number] of Object.entries(meeting.minuteNumbers)) {
      if (numbered.has(number)) return { path: ['meeting', 'minuteNumbers', itemId], problem: `the number ${number}, which another minute already has` };
      numbered.set(number, itemId);
    }
  }
  return null;
}

/**
 * Once minute numbers are given out, every minute printed with a number must have one: a minute without
 * printed as "0." (the 'minute-numbers' heading style only). Returns the index among the minutes of the
 * first minute without, or -1.
 */
export function unnumberedMinute(file: MeetingFile, minutedItemIds: readonly string[]): number {
  const numbers = file.meeting.minuteNumbers;
  if (!numbers || printedHeadingStyle(file) !== 'minute-numbers') return -1;
  return minutedItemIds.findIndex((itemId) => !Object.hasOwn(numbers, itemId));
}
