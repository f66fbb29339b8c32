import dictionary from 'dictionary-en-gb';
import nspell from 'nspell';
import type { MeetingExportInput } from '../../../shared/export/export-options';
import type { HouseStyleOverrides } from '../../../shared/house-style/house-style';
import type { SerializedNode } from '../../../shared/minutes/editor-json';
import type { Attendance } from '../../../shared/model/attendance';
import type { Body } from '../../../shared/model/body';
import type { Meeting } from '../../../shared/model/meeting';
import type { Person } from '../../../shared/model/person';
import { wordBookFrom, type WordBook } from '../../../shared/style-check/word-book';

/**
 * Small meetings for the house-style check's unit tests, written as the editor saves them (minute items with
 * their headings, paragraphs, resolution nodes, lists, mentions, template blanks), from a compact description.
 */

/** The real en-GB dictionary, loaded once per test file. */
let words: WordBook | null = null;
export function testWordBook(): WordBook {
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  words ??= wordBookFrom(nspell(text(dictionary.aff), text(dictionary.dic)));
  return words;
}

/** A blank with `filled` is one the officer typed over. */
export type Inline = string | { mention: string } | { blank: string; filled?: string } | { italic: string };
export type Block =
  | string
  | Inline[]
  | { resolution: string | Inline[] }
  | { numbered: (string | Inline[])[] }
  | { bullets: (string | Inline[])[] }
  | { quote: string };
export interface MinuteSpec {
  title: string;
  code?: string;
  blocks: Block[];
}

export const text = (value: string, format = 0): SerializedNode => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 });

function inline(content: string | Inline[]): SerializedNode[] {
  const parts = typeof content === 'string' ? [content] : content;
  return parts.map((part): SerializedNode => {
    if (typeof part === 'string') return text(part);
    if ('mention' in part) return { type: 'mention', personId: part.mention, label: part.mention, version: 1 };
    if ('blank' in part) return { ...text(part.filled ?? part.blank), type: 'template-field', fieldKind: 'text', placeholder: part.blank };
    return text(part.italic, 2);
  });
}

const paragraph = (content: string | Inline[]): SerializedNode => ({ type: 'paragraph', version: 1, children: inline(content) });
const list = (listType: 'number' | 'bullet', items: (string | Inline[])[]): SerializedNode => ({
  type: 'list',
  listType,
  start: 1,
  version: 1,
  children: items.map((item) => ({ type: 'listitem', version: 1, children: inline(item) })),
});

export function blockNode(block: Block): SerializedNode {
  if (typeof block === 'string' || Array.isArray(block)) return paragraph(block);
  if ('resolution' in block) {
    const rest = typeof block.resolution === 'string' ? [block.resolution] : block.resolution;
    return { type: 'resolution', version: 1, children: [text('RESOLVED', 1), ...inline([' ', ...rest])] };
  }
  if ('numbered' in block) return list('number', block.numbered);
  if ('bullets' in block) return list('bullet', block.bullets);
  return { type: 'quote', version: 1, children: inline(block.quote) };
}

/** A member of the body unless `extra` says otherwise. */
export function person(id: string, title: string, initials: string, surname: string, extra: Partial<Person> = {}): Person {
  const details = { title, initials, surname, honours: '', role: '', organisation: '' };
  return { id, bodyId: 'body', ...details, kind: 'member', office: null, retired: false, ...extra };
}

export interface MeetingSpec {
  minutes: MinuteSpec[];
  roster?: Person[];
  attendance?: Attendance;
  houseStyle?: HouseStyleOverrides;
  councilName?: string;
}

/** A meeting's export input: a body of Anyshire County Council, its roster, the agenda from the minutes' titles. */
export function meetingInput(spec: MeetingSpec): MeetingExportInput {
  const roster = spec.roster ?? [];
  const agenda = spec.minutes.map((minute, index) => ({ id: `item-${index + 1}`, code: minute.code ?? '', title: minute.title, part: 'unrestricted' as const }));
  const body: Body = {
    id: 'body',
    councilName: spec.councilName ?? 'Anyshire County Council',
    name: 'Health Overview and Scrutiny Committee',
    documentWord: 'MINUTES',
    defaultVenue: 'Council Chamber',
    lastMinuteNumber: 10,
    headingStyle: 'minute-numbers',
    chairWord: 'Chairman',
    createdAt: 0,
    updatedAt: 0,
    ...(spec.houseStyle ? { houseStyle: spec.houseStyle } : {}),
  };
  const meeting: Meeting = {
    id: 'meeting',
    bodyId: 'body',
    title: 'Health Overview and Scrutiny Committee, 4 June 2024',
    date: '2024-06-04',
    startTime: '10:00',
    venue: 'Council Chamber',
    agenda,
    attendance: spec.attendance ?? Object.fromEntries(roster.map((p) => [p.id, 'present'] as const)),
    movements: [],
    itemTimes: {},
    status: 'draft',
    minuteNumbers: null,
    createdAt: 0,
    updatedAt: 0,
  };
  const editorState = {
    root: {
      type: 'root',
      version: 1,
      children: spec.minutes.map((minute, index) => ({
        type: 'minute-item',
        itemId: `item-${index + 1}`,
        version: 1,
        children: [{ type: 'minute-heading', itemId: `item-${index + 1}`, version: 1 }, ...minute.blocks.map(blockNode)],
      })),
    },
  };
  return { body, roster, meeting, editorState };
}

/** One minute holding the given blocks (a resolution is added unless the test is about resolutions). */
export function oneMinute(blocks: Block[], extra: Omit<MeetingSpec, 'minutes'> = {}): MeetingExportInput {
  return meetingInput({ ...extra, minutes: [{ title: 'Adult Social Care Update', code: 'B1', blocks }] });
}
