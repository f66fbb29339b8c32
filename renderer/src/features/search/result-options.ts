import type { MeetingResult, MinuteResult, SearchResults } from '@shared/search/search-results';
import type { MinutesPlace } from '../../editor/search-place';

/** One choosable result: a minute of a meeting, opened at its first matched words. */
export interface ResultOption {
  /** The element id of its option in the list (aria-activedescendant). */
  elementId: string;
  meeting: MeetingResult;
  minute: MinuteResult;
  place: MinutesPlace;
}

/** The results as the list offers them, in order: each minute of each meeting. */
export function resultOptions(results: SearchResults): ResultOption[] {
  return results.meetings.flatMap((meeting) =>
    meeting.minutes.map((minute) => {
      const hit = minute.hits[0];
      const words = hit?.parts.filter((part) => part.match).map((part) => part.text) ?? [];
      return {
        elementId: `search-result-${meeting.meetingId}-${minute.itemId ?? 'front'}`,
        meeting,
        minute,
        place: { itemId: minute.itemId, paragraph: hit?.paragraph ?? 0, words },
      };
    }),
  );
}

/** A minute as a result names it: "94. Community Safety Plan (Item B1)", or its title and item when not numbered. */
export function minuteLabel(minute: Pick<MinuteResult, 'itemId' | 'heading' | 'code' | 'number'>): string {
  if (minute.itemId === null) return 'Before the first minute';
  const title = minute.number !== null ? `${minute.number}. ${minute.heading}` : minute.heading;
  return minute.code !== '' ? `${title} (Item ${minute.code})` : title;
}
