/**
 * Generated meetings for the benchmarks: realistic minutes of any length, made by the editor's own nodes
 * (test/fixtures/meeting-files/build.ts), deterministic for a given size so every run measures the same text.
 * Each agenda item gets numbered paragraphs that name people the way the house style would (so the builder makes
 * mentions), (a) (b) sub-points, bullets, and a resolution; the sentences are the 2015 seed's, reused.
 */
import { firstMention, laterMention } from '../../shared/domain/person-names';
import type { AgendaItem } from '../../shared/model/agenda';
import type { Body } from '../../shared/model/body';
import type { Meeting } from '../../shared/model/meeting';
import type { Person } from '../../shared/model/person';
import { KCSP_2015_ATTENDANCE, KCSP_2015_ROSTER, KCSP_2015_SETTINGS } from '../fixtures/kcsp-2015';
import { editorStateFor } from '../fixtures/meeting-files/build';
import { SEED_001_ITEMS, type SeedItem } from '../fixtures/meeting-files/transcriptions';

/** A small deterministic generator, so every run benchmarks the same meeting. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Real minute-taking words: the 2015 seed's sentences, reused. */
const SENTENCES = SEED_001_ITEMS.flatMap((item) => item.paragraphs)
  .map((paragraph) => paragraph.replace(/^(\d+\.|\([a-z]\)|-) /, ''))
  .filter((paragraph) => !paragraph.startsWith('RESOLVED'))
  .flatMap((paragraph) => paragraph.split(/(?<=\.) /))
  .filter((sentence) => sentence.split(' ').length >= 6);

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** An agenda of `itemCount` items and about `targetWords` words of transcribed minutes for them. */
export function generateItems(itemCount: number, targetWords: number): { agenda: AgendaItem[]; items: SeedItem[]; words: number } {
  const next = random(19_03_2015);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const people = KCSP_2015_ROSTER;
  const agenda: AgendaItem[] = [];
  const items: SeedItem[] = [];
  let words = 0;
  const perPart = Math.ceil(itemCount / 4);
  for (let n = 0; n < itemCount; n += 1) {
    const code = `${'ABCD'[Math.min(3, Math.floor(n / perPart))]}${(n % perPart) + 1}`;
    agenda.push({ id: `item-${n + 1}`, code, title: `${pick(['Update on', 'Report on', 'Review of', 'Proposals for'])} ${pick(SENTENCES).split(' ').slice(0, 5).join(' ')}`, part: 'unrestricted' });
    const paragraphs: string[] = [];
    const named = new Set<string>();
    /** A sentence that starts by naming someone the way the house style would (so the builder makes a mention). */
    const naming = () => {
      const person = pick(people);
      const name = named.has(person.id) ? laterMention(person) : firstMention(person);
      named.add(person.id);
      return `${name} ${pick(['explained that', 'said that', 'noted that', 'confirmed that'])} ${pick(SENTENCES).replace(/^\w/, (c) => c.toLowerCase())}`;
    };
    let number = 0;
    while (words < ((n + 1) * targetWords) / itemCount - 25) {
      number += 1;
      const sentences = [naming(), pick(SENTENCES), pick(SENTENCES)].slice(0, 1 + Math.floor(next() * 3));
      const paragraph = `${number}. ${sentences.join(' ')}`;
      paragraphs.push(paragraph);
      words += countWords(paragraph) - 1;
      const extra = next();
      if (extra < 0.2) {
        for (const letter of ['a', 'b', 'c'].slice(0, 2 + Math.floor(next() * 2))) {
          const sub = `(${letter}) ${naming()}`;
          paragraphs.push(sub);
          words += countWords(sub) - 1;
        }
      } else if (extra < 0.3) {
        for (let b = 0; b < 3; b += 1) {
          const bullet = `- ${pick(SENTENCES)}`;
          paragraphs.push(bullet);
          words += countWords(bullet) - 1;
        }
      }
    }
    const resolution = `RESOLVED that ${pick(['the report be noted.', 'the verbal update be noted.', 'the Committee note the report and request an update at the next meeting.'])}`;
    paragraphs.push(resolution);
    words += countWords(resolution);
    items.push({ code, title: agenda[n]!.title, paragraphs });
  }
  return { agenda, items, words };
}

export interface GeneratedMeeting {
  body: Body;
  roster: Person[];
  meeting: Meeting;
  /** The minutes as the editor saves them (Lexical editor state JSON). */
  editorState: unknown;
  /** Each paragraph's printed words, in order (for the bare editors to hold the same text). */
  paragraphs: string[];
  items: SeedItem[];
  words: number;
  mentions: number;
}

/** A whole meeting (body, roster, meeting row, minutes) of about `targetWords` words over `itemCount` items. */
export function generateMeeting(itemCount: number, targetWords: number, id = 'bench'): GeneratedMeeting {
  const { agenda, items, words } = generateItems(itemCount, targetWords);
  const editorState = editorStateFor(agenda, items, KCSP_2015_ROSTER);
  const at = Date.parse('2015-03-19T09:00:00Z');
  const body: Body = { id: 'kcsp', ...KCSP_2015_SETTINGS, createdAt: at, updatedAt: at };
  const meeting: Meeting = {
    id,
    bodyId: 'kcsp',
    title: `Kent Community Safety Partnership, ${words} words`,
    date: '2015-03-19',
    startTime: '10:00',
    venue: 'Darent Room, Sessions House, County Hall, Maidstone',
    agenda,
    attendance: KCSP_2015_ATTENDANCE,
    movements: [],
    itemTimes: {},
    status: 'draft',
    minuteNumbers: null,
    createdAt: at,
    updatedAt: at,
  };
  const paragraphs = items.flatMap((item) => [item.title, ...item.paragraphs]);
  const mentions = (JSON.stringify(editorState).match(/"type":"mention"/g) ?? []).length;
  return { body, roster: KCSP_2015_ROSTER, meeting, editorState, paragraphs, items, words, mentions };
}
