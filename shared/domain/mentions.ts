import type { FirstMentionRule } from '../house-style/house-style';
import type { Person } from '../model/person';
import { UNKNOWN_PERSON, firstMention, laterMention, type MentionedPerson } from './person-names';

/**
 * The short name a mention stores with the person's roster id ("Mr Peerbux", "DCI Loose"): what the mention copies
 * as plain text, and what names the person if they ever leave the roster. It is the later-mention wording, and it
 * follows the roster: the editor stores it afresh whenever the person's name or titles change (MentionWording), and
 * every maker of a mention (the editor, the Word import) takes it from here.
 */
export function mentionLabel(person: MentionedPerson): string {
  return laterMention(person);
}

/**
 * How one mention of a person is worded, on screen and in the Word export alike: in full with role at the
 * person's first mention in a minute, or in the meeting, as the body's house style says (FirstMentions)
 * ("Mr Peerbux (Head of Community Safety, Public Protection, KCC)"), by title and surname after ("Mr Peerbux").
 * The title is the person's title for the text when they have one ("DCI Loose"), and a person with no title is
 * named as written ("Matthew Burbeck", "Widden"): see firstMention and laterMention. Someone no longer on the roster keeps the short name stored with the
 * mention when it was made (the name as it was written); a mention with no stored name either, from a damaged
 * draft or file, says "[unknown person]" so the officer sees it rather than a gap.
 */
export function mentionText(person: Person | undefined, first: boolean, storedLabel: string): string {
  if (person === undefined) return storedLabel.trim() === '' ? UNKNOWN_PERSON : storedLabel;
  return first ? firstMention(person) : laterMention(person);
}

/**
 * Which mentions are a person's first, met in document order during one walk of the minutes. By the rule
 * 'minute' (the county's default, as the 2019 minutes print) every minute item introduces its people afresh, and
 * the text outside any minute counts as one section of its own; by the rule 'meeting' (as the 2021 minutes
 * print) a person is introduced once in the whole of the minutes.
 */
export class FirstMentions {
  private readonly outside = new Set<string>();
  private seen = this.outside;

  constructor(private readonly rule: FirstMentionRule = 'minute') {}

  /** A minute item begins: by the rule 'minute', its people are introduced afresh. */
  enterMinute(): void {
    if (this.rule === 'minute') this.seen = new Set();
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
