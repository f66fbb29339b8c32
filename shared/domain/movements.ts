import { formatClockTime, type ClockTimeStyle } from '../format/british-date';
import type { Movement } from '../model/attendance';
import type { PersonDetails } from '../model/person';
import { UNKNOWN_PERSON, laterMention } from './person-names';

/**
 * "Mr Rivers left the meeting at 11.05 am." / "Ms Cooke arrived at 10.20 am."; a person no longer on the roster is
 * "[unknown person]". The time is written in the council's style (dotted by default, or "11:05am").
 */
export function movementSentence(
  movement: Pick<Movement, 'kind' | 'time'>,
  person: Pick<PersonDetails, 'title' | 'surname'> | undefined,
  timeStyle: ClockTimeStyle = '10.00 am',
): string {
  const who = person === undefined ? UNKNOWN_PERSON : laterMention(person);
  const what = movement.kind === 'left' ? 'left the meeting' : 'arrived';
  return `${who} ${what} at ${formatClockTime(movement.time, timeStyle)}.`;
}
