import type { Body } from './body';
import type { Meeting } from './meeting';
import type { DocumentWord } from './primitives';

/** What the head of the minutes says: whose meeting, where and when. Built from the body and the meeting. */
export interface MinutesHeading {
  councilName: string;
  bodyName: string;
  documentWord: DocumentWord;
  venue: string;
  /** yyyy-mm-dd */
  date: string;
}

/** The heading of a meeting's minutes. */
export function minutesHeading(body: Pick<Body, 'councilName' | 'name' | 'documentWord'>, meeting: Pick<Meeting, 'venue' | 'date'>): MinutesHeading {
  return { councilName: body.councilName, bodyName: body.name, documentWord: body.documentWord, venue: meeting.venue, date: meeting.date };
}
