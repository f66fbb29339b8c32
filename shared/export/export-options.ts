import type { Body } from '../model/body';
import type { Meeting } from '../model/meeting';
import type { Person } from '../model/person';

/** Everything the Word export needs about one meeting: the same things a meeting file carries. */
export interface MeetingExportInput {
  body: Body;
  roster: readonly Person[];
  meeting: Meeting;
  /** The saved Lexical editor state (object or JSON text): the one stored truth of the minutes. */
  editorState: unknown;
}

/**
 * Which copy to make. `public`: exempt (Part 2) items appear only as their number,
 * title and the exclusion resolution; `full`: everything, marked CONFIDENTIAL when
 * the meeting has exempt items. `draft`: marked DRAFT on every page; a final copy is not.
 */
export interface MinutesExportOptions {
  version: 'public' | 'full';
  draft: boolean;
}

/** True when the meeting has Part 2 business, so two copies (public and full) are wanted. */
export function hasExemptItems(meeting: Pick<Meeting, 'agenda'>): boolean {
  return meeting.agenda.some((item) => item.part === 'exempt');
}
