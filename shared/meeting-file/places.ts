import { formalName } from '../domain/person-names';
import { NodeType } from '../minutes/editor-json';
import { formatNumber, quote } from './words';

/** A place in the parsed file: the keys and indexes from its top down to what is wrong. */
export type FilePath = readonly (string | number)[];

/** Field names as an officer would say them; any other is written out from its camelCase. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  exportedAt: 'date of writing',
  councilName: 'council name',
  documentWord: 'heading word',
  defaultVenue: 'usual venue',
  lastMinuteNumber: 'last minute number',
  headingStyle: 'heading style',
  chairWord: 'word for the chair',
  houseStyle: 'house style',
  createdAt: 'time it was created',
  updatedAt: 'time it was last changed',
  bodyId: 'committee',
  personId: 'person',
  itemId: 'agenda item',
  startTime: 'start time',
  itemTimes: 'times each item was reached',
  minuteNumbers: 'minute numbers',
  printedAs: 'record of how its minutes print',
  shortcutHint: 'shortcut',
  fontSizePt: 'font size',
  marginMm: 'margins',
  timeStyle: 'time style',
  showCouncilName: 'council name on the front',
  signatureBlock: 'signature block',
  editorState: 'minutes',
  short: 'short form',
  full: 'words it stands for',
  quotes: 'quotation marks',
  actionStatuses: 'action log',
  actionId: 'action',
};

function fieldWords(key: string): string {
  return Object.hasOwn(FIELD_WORDS, key) ? FIELD_WORDS[key]! : key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

type Json = Record<string, unknown>;

function at(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.hasOwn(value, key) ? (value as Json)[key] : undefined;
}

/** "roster person 4 (Ms Z Cooke)", naming the person when the entry has a name to give. */
function rosterPerson(list: string, index: number, person: unknown): string {
  const words = `${list} person ${formatNumber(index + 1)}`;
  if (typeof person !== 'object' || person === null) return words;
  const { title, initials, surname } = person as Json;
  if (typeof title !== 'string' || typeof surname !== 'string' || surname.trim() === '') return words;
  return `${words} (${quote(formalName({ title, initials: typeof initials === 'string' ? initials : '', surname }), 40).slice(1, -1)})`;
}

/**
 * Where `path` is, in words an officer would use: "agenda item 3 (B1), title", "roster person 4 (Ms Z Cooke),
 * surname", "the committee's settings, heading style", "minute 3, paragraph 2". Never longer than a line.
 */
export function placeInWords(file: unknown, path: FilePath): string {
  const [top, ...rest] = path;
  if (top === undefined) return 'the file';
  const value = at(file, top);
  switch (top) {
    case 'body':
      return join("the committee's settings", fieldPath(rest));
    case 'roster':
      return listEntry(rest, (index) => rosterPerson('roster', index, at(value, index)), 'the roster');
    case 'templates':
      return listEntry(rest, (index) => `standing phrase ${formatNumber(index + 1)}`, "the committee's standing phrases");
    case 'meeting':
      return meetingPlace(value, rest);
    case 'minutes':
      if (rest[0] === 'editorState') return minutesPlace(at(value, 'editorState'), rest.slice(1));
      return 'the minutes';
    default:
      return `the file's ${fieldWords(String(top))}`;
  }
}

function join(place: string, more: string): string {
  return more === '' ? place : `${place}, ${more}`;
}

/** "title", "house style, font" */
function fieldPath(path: FilePath): string {
  return path.map((key) => (typeof key === 'number' ? `entry ${formatNumber(key + 1)}` : fieldWords(key))).join(', ');
}

function listEntry(path: FilePath, entry: (index: number) => string, whole: string): string {
  const [index, ...rest] = path;
  if (typeof index !== 'number') return whole;
  return join(entry(index), fieldPath(rest));
}

function meetingPlace(meeting: unknown, path: FilePath): string {
  const [field, ...rest] = path;
  if (field === undefined) return 'the meeting';
  const value = at(meeting, field);
  switch (field) {
    case 'agenda':
      return listEntry(rest, (index) => agendaItem(index, at(value, index)), 'the agenda');
    case 'movements':
      return listEntry(rest, (index) => `arrivals and departures, entry ${formatNumber(index + 1)}`, 'the arrivals and departures');
    case 'actionStatuses':
      return listEntry(rest, (index) => `the meeting's action log, entry ${formatNumber(index + 1)}`, "the meeting's action log");
    case 'attendance':
    case 'itemTimes':
    case 'minuteNumbers':
      return rest.length === 0 ? `the meeting's ${fieldWords(field)}` : `the meeting's ${fieldWords(field)}, the entry for ${quote(String(rest[0]), 40)}`;
    case 'printedAs': {
      const [part, ...more] = rest;
      if (part === 'roster') return listEntry(more, (index) => rosterPerson('the roster as printed,', index, at(at(value, 'roster'), index)), 'the roster as printed');
      if (part === 'body') return join("the committee's settings as printed", fieldPath(more));
      return "the record of how the meeting's minutes print";
    }
    default:
      return join(`the meeting's ${fieldWords(String(field))}`, fieldPath(rest));
  }
}

function agendaItem(index: number, item: unknown): string {
  const code = at(item, 'code');
  const words = `agenda item ${formatNumber(index + 1)}`;
  return typeof code === 'string' && code.trim() !== '' ? `${words} (${quote(code.trim(), 12).slice(1, -1)})` : words;
}

/**
 * A place in the minutes: "minute 3, paragraph 2", "minute 3, paragraph 4, list item 2.1", "the text before
 * the first minute, paragraph 1". Minutes are counted in the order they stand; a minute's heading is not one
 * of its paragraphs.
 */
export function minutesPlace(editorState: unknown, path: FilePath): string {
  if (path[0] !== 'root') return 'the minutes';
  const children = at(at(editorState, 'root'), 'children');
  const [key, index, ...rest] = path.slice(1);
  if (key !== 'children' || typeof index !== 'number' || !Array.isArray(children)) return 'the minutes';
  let minutes = 0;
  let loose = 0;
  for (let i = 0; i <= index && i < children.length; i += 1) {
    if (at(children[i], 'type') === NodeType.minuteItem) {
      minutes += 1;
      loose = 0;
    } else {
      loose += 1;
    }
  }
  const node = children[index];
  if (at(node, 'type') === NodeType.minuteItem) {
    const [childKey, childIndex, ...deeper] = rest;
    if (childKey !== 'children' || typeof childIndex !== 'number') return `minute ${formatNumber(minutes)}`;
    const blocks = at(node, 'children') as unknown[];
    const headingFirst = at(blocks[0], 'type') === NodeType.minuteHeading;
    if (at(blocks[childIndex], 'type') === NodeType.minuteHeading) return `minute ${formatNumber(minutes)}, its heading`;
    const paragraph = childIndex + (headingFirst ? 0 : 1);
    return `minute ${formatNumber(minutes)}, ${blockPlace(paragraph, blocks[childIndex], deeper)}`;
  }
  const before = minutes === 0 ? 'the text before the first minute' : `the text after minute ${formatNumber(minutes)}`;
  return `${before}, ${blockPlace(loose, node, rest)}`;
}

/** "paragraph 4", "paragraph 4, list item 2.1" */
function blockPlace(paragraph: number, block: unknown, path: FilePath): string {
  const words = `paragraph ${formatNumber(paragraph)}`;
  const items: number[] = [];
  let node = block;
  let rest = path;
  while (at(node, 'type') === NodeType.list || at(node, 'type') === NodeType.listItem) {
    const [key, index, ...deeper] = rest;
    if (key !== 'children' || typeof index !== 'number') break;
    const child = at(at(node, 'children'), index);
    if (at(node, 'type') === NodeType.list) items.push(index + 1);
    node = child;
    rest = deeper;
  }
  return items.length === 0 ? words : `${words}, list item ${items.map(formatNumber).join('.')}`;
}
