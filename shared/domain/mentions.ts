import type { Person } from '../model/person';
import { UNKNOWN_PERSON, firstMention, laterMention } from './person-names';

/**
 * How one mention of a person is worded, on screen and in the Word export alike: in full with role at the
 * person's first mention in a minute ("Mr Peerbux (Head of Community Safety, Public Protection, KCC)"), by
 * title and surname after ("Mr Peerbux"). Someone no longer on the roster keeps the short name stored with the
 * mention when it was made (the name as it was written); a mention with no stored name either, from a damaged
 * draft or file, says "[unknown person]" so the officer sees it rather than a gap.
 */
export function mentionText(person: Person | undefined, first: boolean, storedLabel: string): string {
  if (person === undefined) return storedLabel.trim() === '' ? UNKNOWN_PERSON : storedLabel;
  return first ? firstMention(person) : laterMention(person);
}

/**
 * Which mentions are a person's first in their minute, met in document order during one walk of the minutes:
 * every minute item introduces its people afresh, and the text outside any minute counts as one section of its own.
 */
export class FirstMentions {
  private readonly outside = new Set<string>();
  private seen = this.outside;

  /** A minute item begins: its people are introduced afresh. */
  enterMinute(): void {
    this.seen = new Set();
  }

  /** The minute item has ended: back to the text outside any minute. */
  leaveMinute(): void {
    this.seen = this.outside;
  }

  /** Whether the next mention of `personId` is the first in its section; counts it. */
  next(personId: string): boolean {
    if (this.seen.has(personId)) return false;
    this.seen.add(personId);
    return true;
  }
}
