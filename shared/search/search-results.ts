import type { SearchHit } from './snippets';

/** Which meetings a search looks in: one committee or all, and a date range (yyyy-mm-dd, both ends included). */
export interface SearchFilters {
  bodyId: string | null;
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: SearchFilters = { bodyId: null, from: null, to: null };

/** One minute that matched, with where. */
export interface MinuteResult {
  itemId: string | null;
  /** The agenda item's title; empty for words before the first minute. */
  heading: string;
  code: string;
  number: number | null;
  hits: SearchHit[];
}

/** One meeting with its matched minutes, in the order of its minutes. */
export interface MeetingResult {
  meetingId: string;
  bodyId: string;
  title: string;
  date: string;
  minutes: MinuteResult[];
}

/** A search's answer: meetings newest first, each with its minutes that matched. */
export interface SearchResults {
  meetings: MeetingResult[];
  /** How many minutes matched in all; more than shown when the list was cut short. */
  matchedMinutes: number;
  shownMinutes: number;
}

export const NO_RESULTS: SearchResults = { meetings: [], matchedMinutes: 0, shownMinutes: 0 };
