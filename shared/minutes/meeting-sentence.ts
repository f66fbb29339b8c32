import { formatMinutesDate } from '../format/british-date';
import type { MinutesHeading } from '../model/minutes-heading';

/** The parts of a meeting the opening sentence of its minutes names. */
export type MeetingSentenceDetails = Pick<MinutesHeading, 'documentWord' | 'bodyName' | 'venue' | 'date'>;

/**
 * The opening sentence of the minutes, as the county writes it, e.g. "NOTES of a
 * meeting of the Kent Community Safety Partnership held in the Darent Room,
 * Sessions House, County Hall, Maidstone on Thursday, 19 March 2015."
 * Shared by the Word export and the screen, so both say the same.
 */
export function meetingSentence(details: MeetingSentenceDetails): string {
  return `${details.documentWord} of a meeting of ${withArticle(details.bodyName)}${heldWhere(details.venue)} on ${formatMinutesDate(details.date)}.`;
}

const startsWithThe = /^the\s/i;

/** "Kent Community Safety Partnership" → "the Kent …"; "The Cabinet" stays as it is. */
function withArticle(bodyName: string): string {
  const name = bodyName.trim();
  return startsWithThe.test(name) ? name : `the ${name}`;
}

/** " held in the Darent Room", " held Online", or nothing when no venue was given. */
function heldWhere(venue: string): string {
  // A trailing full stop or comma would end up before " on Thursday".
  const place = venue.trim().replace(/[\s.,;:]+$/, '');
  if (place === '') return ' held';
  if (/^online$/i.test(place)) return ' held Online';
  return startsWithThe.test(place) ? ` held in ${place}` : ` held in the ${place}`;
}
