import type { UserTemplate } from '@shared/domain/templates';
import { createContext, useContext } from 'react';
import type { LiveValue } from '../ui/live-value';

/**
 * Everything the minutes editor reads from the rest of the app beyond the meeting, body and roster
 * (MinutesContext), and everything it writes back: the editor's one door to stored data. The editor never
 * imports db/, features/ or the app's services; the open meeting (features/meetings/open-meeting) makes one
 * port per meeting and hands it in.
 *
 * Reads are live values (they change while the meeting is open); writes are promises, and the editor shows the
 * officer any that fails. To give the editor something new (other meetings' minutes for prediction, say), add a
 * field here and fill it in features/meetings/open-meeting/minutes-port.ts.
 */
export interface MinutesPort {
  /** The body's own standing phrases (the built-in ones are the editor's own, from shared/domain/templates). */
  readonly phrases: LiveValue<readonly UserTemplate[]>;
  /** The date of the body's latest meeting before this one ("20 March 2019"), for "the notes of the meeting held on …"; null when there is none. */
  readonly previousMeetingDate: LiveValue<string | null>;
  /** The officer's personal dictionary: words never underlined. */
  readonly personalWords: LiveValue<readonly string[]>;
  /** Words ignored in this meeting only. */
  readonly ignoredWords: LiveValue<readonly string[]>;
  /** Records (or, with null, clears) when the meeting reached an agenda item; `onlyIfUnset` keeps a time already there. */
  setItemTime(itemId: string, time: string | null, options?: { onlyIfUnset?: boolean }): Promise<void>;
  /** Adds a word to the personal dictionary. */
  addToDictionary(word: string): Promise<void>;
  /** Stops underlining a word in this meeting. */
  ignoreInMeeting(word: string): Promise<void>;
}

export const MinutesPortContext = createContext<MinutesPort | null>(null);

/** The port of the minutes being edited. */
export function useMinutesPort(): MinutesPort {
  const port = useContext(MinutesPortContext);
  if (!port) throw new Error('useMinutesPort must be used inside the minutes editor');
  return port;
}
