import type { Body, BodySettings } from './body';
import type { Meeting, PrintRecord } from './meeting';
import type { Person } from './person';

/**
 * The body's print settings and roster as they are now, to keep on a meeting whose minutes leave draft (or
 * arrive from a file): from then on the minutes print as they were minuted, whatever later happens to the
 * body's settings or roster.
 */
export function printRecordOf(body: BodySettings, roster: readonly Person[]): PrintRecord {
  const { councilName, name, documentWord, defaultVenue, lastMinuteNumber, headingStyle, chairWord, houseStyle } = body;
  return {
    body: { councilName, name, documentWord, defaultVenue, lastMinuteNumber, headingStyle, chairWord, ...(houseStyle ? { houseStyle } : {}) },
    roster: roster.map((person) => ({ ...person })),
  };
}

/**
 * The body settings and roster a meeting's minutes print with. A meeting with a print record prints with its
 * settings and its people: once its minutes have left draft, with nobody else; while they are a draft (one
 * imported from a file, which prints as the file says), with anyone since added to the roster here as well, so
 * the officer can go on naming people. A draft without one follows the body and roster as they are now.
 * Everything that shows or prints minutes (the editor, the attendance lines, the Word export, the signed
 * fingerprint, a backup's preview, the meeting-file check) goes through here.
 */
export function asMinuted<B extends Pick<Body, keyof BodySettings>, R extends readonly Person[]>(
  meeting: Pick<Meeting, 'status' | 'printedAs'>,
  body: B,
  roster: R,
): { body: B; roster: R | Person[] } {
  const record = meeting.printedAs;
  if (!record) return { body, roster };
  const printed = { ...body, ...record.body, houseStyle: record.body.houseStyle };
  if (meeting.status !== 'draft') return { body: printed, roster: record.roster };
  const recorded = new Set(record.roster.map((person) => person.id));
  return { body: printed, roster: [...record.roster, ...roster.filter((person) => !recorded.has(person.id))] };
}
