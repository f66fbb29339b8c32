import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { z } from 'zod';
import { minuteDocumentsOf, type IndexableMeeting, type MinuteDocument } from './minute-documents';
import { parseQuery, type SearchQuery } from './query';
import type { MeetingResult, SearchFilters, SearchResults } from './search-results';
import { NO_RESULTS } from './search-results';
import { hitsIn } from './snippets';
import { wordKeys } from './words';

/**
 * The full-text index of the minute book: every minute of every meeting, in MiniSearch (an inverted index with
 * prefix search and BM25 ranking, see the README). It runs in the search worker; the window never holds it. A
 * meeting is put in whole and replaced whole, and each carries the fingerprint of what was indexed, so whoever
 * keeps it up to date can tell which meetings have changed since. It is saved as one JSON text and loaded back
 * after a restart; a text it cannot read gives an empty index, which is then rebuilt.
 */

/** A minute as the index stores it: its document, its place in the meeting, and its words as compared. */
type StoredMinute = MinuteDocument & {
  order: number;
  /** Its paragraphs' compared words, a space between words and " \n " between paragraphs: for phrases. */
  words: string;
};

const MeetingEntrySchema = z.object({
  meetingId: z.string(),
  bodyId: z.string(),
  title: z.string(),
  date: z.string(),
  fingerprint: z.string(),
  documentIds: z.array(z.string()),
});
type MeetingEntry = z.infer<typeof MeetingEntrySchema>;

/** Bumped whenever the stored shape or the way words are read changes: an older saved index is then rebuilt. */
export const INDEX_FORMAT = 1;

const SavedIndexSchema = z.object({ format: z.literal(INDEX_FORMAT), meetings: z.array(MeetingEntrySchema), index: z.looseObject({}) });

const OPTIONS: Options<StoredMinute> = {
  fields: ['heading', 'text'],
  storeFields: ['meetingId', 'itemId', 'heading', 'code', 'number', 'order', 'text', 'words'],
  // Words are read by the one rule of words.ts, already compared forms, so no further processing.
  tokenize: (text) => wordKeys(text),
  processTerm: (term) => term,
};

/** The most minutes a search shows (newest meetings first); the answer says how many more matched. */
export const MAX_MINUTES_SHOWN = 100;

export class MinuteBookIndex {
  private constructor(
    private readonly search: MiniSearch<StoredMinute>,
    private readonly meetings: Map<string, MeetingEntry>,
  ) {}

  static empty(): MinuteBookIndex {
    return new MinuteBookIndex(new MiniSearch(OPTIONS), new Map());
  }

  /** An index saved by `save`; an empty one when the text is missing, damaged or of another format. */
  static load(saved: string | null): MinuteBookIndex {
    if (!saved) return MinuteBookIndex.empty();
    try {
      const parsed = SavedIndexSchema.safeParse(JSON.parse(saved));
      if (!parsed.success) return MinuteBookIndex.empty();
      const search = MiniSearch.loadJS<StoredMinute>(parsed.data.index as unknown as AsPlainObject, OPTIONS);
      return new MinuteBookIndex(search, new Map(parsed.data.meetings.map((entry) => [entry.meetingId, entry])));
    } catch {
      return MinuteBookIndex.empty();
    }
  }

  /** The index as one JSON text, for `load`. */
  save(): string {
    return JSON.stringify({ format: INDEX_FORMAT, meetings: [...this.meetings.values()], index: this.search.toJSON() });
  }

  /** What each indexed meeting was when it was indexed (meeting id → fingerprint). */
  fingerprints(): Map<string, string> {
    return new Map([...this.meetings.values()].map((entry) => [entry.meetingId, entry.fingerprint]));
  }

  get meetingCount(): number {
    return this.meetings.size;
  }

  get minuteCount(): number {
    return this.search.documentCount;
  }

  /** Puts a meeting in, replacing whatever was indexed of it before. */
  putMeeting(meeting: IndexableMeeting): void {
    this.removeMeeting(meeting.meetingId);
    const documents: StoredMinute[] = minuteDocumentsOf(meeting).map((document, order) => ({
      ...document,
      order,
      words: document.text
        .split('\n')
        .map((paragraph) => wordKeys(paragraph).join(' '))
        .join(' \n '),
    }));
    this.search.addAll(documents);
    const { meetingId, bodyId, title, date, fingerprint } = meeting;
    this.meetings.set(meetingId, { meetingId, bodyId, title, date, fingerprint, documentIds: documents.map((document) => document.id) });
  }

  /** Takes a meeting out (deleted). */
  removeMeeting(meetingId: string): void {
    const entry = this.meetings.get(meetingId);
    if (!entry) return;
    for (const id of entry.documentIds) if (this.search.has(id)) this.search.discard(id);
    this.meetings.delete(meetingId);
  }

  /** The minutes that hold every word of the query (phrases together), grouped by meeting, newest first. */
  query(text: string, filters: SearchFilters, limit = MAX_MINUTES_SHOWN): SearchResults {
    const query = parseQuery(text);
    if (!query) return NO_RESULTS;
    const inFilters = (meetingId: string) => {
      const meeting = this.meetings.get(meetingId);
      return (
        meeting !== undefined &&
        (filters.bodyId === null || meeting.bodyId === filters.bodyId) &&
        (filters.from === null || meeting.date >= filters.from) &&
        (filters.to === null || meeting.date <= filters.to)
      );
    };
    const found = this.search.search(query.words.join(' '), {
      combineWith: 'AND',
      boost: { heading: 2 },
      prefix: (_term, index, terms) => query.prefix !== null && index === terms.length - 1,
      filter: (result) => inFilters(result.meetingId as string) && holdsPhrases(result.words as string, query),
    });
    return this.grouped(found, query, limit);
  }

  private grouped(found: SearchResult[], query: SearchQuery, limit: number): SearchResults {
    const entry = (result: SearchResult) => this.meetings.get(result.meetingId as string)!;
    // Newest meetings first, then each meeting's minutes in order.
    found.sort((a, b) => entry(b).date.localeCompare(entry(a).date) || entry(a).meetingId.localeCompare(entry(b).meetingId) || (a.order as number) - (b.order as number));
    const meetings: MeetingResult[] = [];
    for (const result of found.slice(0, limit)) {
      const meeting = entry(result);
      let group = meetings[meetings.length - 1];
      if (group?.meetingId !== meeting.meetingId) {
        group = { meetingId: meeting.meetingId, bodyId: meeting.bodyId, title: meeting.title, date: meeting.date, minutes: [] };
        meetings.push(group);
      }
      group.minutes.push({
        itemId: result.itemId as string | null,
        heading: result.heading as string,
        code: result.code as string,
        number: result.number as number | null,
        hits: hitsIn(result.text as string, query),
      });
    }
    return { meetings, matchedMinutes: found.length, shownMinutes: Math.min(found.length, limit) };
  }
}

/** Whether a minute's compared words hold each phrase of the query inside one paragraph. */
function holdsPhrases(words: string, query: SearchQuery): boolean {
  if (query.phrases.length === 0) return true;
  const padded = ` ${words} `;
  return query.phrases.every((phrase) => padded.includes(` ${phrase.join(' ')} `));
}
