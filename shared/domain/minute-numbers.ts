import type { AgendaItem } from '../model/agenda';
import type { HeadingStyle } from '../model/body';

/** The numbers finalising would give, with the body's new last minute number to store alongside them. */
export interface FinalisedMinuteNumbers {
  numbers: Record<string, number>;
  newLastMinuteNumber: number;
}

/** How a minute is headed: "94." / "Community Safety Integration Project" / "(Item B1)", or "B1" / title with no reference. */
export interface MinuteHeadingLabel {
  label: string;
  title: string;
  reference: string | null;
}

function checkLastNumber(lastMinuteNumber: number): void {
  if (!Number.isInteger(lastMinuteNumber) || lastMinuteNumber < 0) {
    throw new RangeError(`The last minute number must be a whole number of 0 or more, not ${lastMinuteNumber}`);
  }
}

/**
 * The numbers the minutes would carry if finalised now: every item in agenda order, unrestricted and exempt alike,
 * running on from the body's last number (91 → 92 … 103 in March 2015). Shown on drafts; nothing is reserved.
 */
export function provisionalMinuteNumbers(agenda: readonly Pick<AgendaItem, 'id'>[], lastMinuteNumber: number): Map<string, number> {
  checkLastNumber(lastMinuteNumber);
  return new Map(agenda.map((item, index) => [item.id, lastMinuteNumber + 1 + index]));
}

/**
 * Whether the minutes print numbers that are not yet given out for good: numbered minutes, an agenda, and no
 * numbers finalised. A Final copy exported then would carry numbers the next meeting might also take.
 */
export function numbersStillProvisional(meeting: { agenda: readonly unknown[]; minuteNumbers: Readonly<Record<string, number>> | null }, headingStyle: HeadingStyle): boolean {
  return headingStyle === 'minute-numbers' && meeting.agenda.length > 0 && meeting.minuteNumbers === null;
}

/**
 * The numbers to give out for good when the minutes are finalised, and the body's new last minute number.
 * Pure: the caller stores both together, so a draft deleted before finalising has used up no numbers.
 */
export function finaliseMinuteNumbers(agenda: readonly Pick<AgendaItem, 'id'>[], lastMinuteNumber: number): FinalisedMinuteNumbers {
  const numbers = Object.fromEntries(provisionalMinuteNumbers(agenda, lastMinuteNumber));
  return { numbers, newLastMinuteNumber: lastMinuteNumber + agenda.length };
}

/** The heading of one minute in the body's style: numbered with "(Item B1)" beneath (2015), or headed by agenda code (2023). */
export function minuteHeadingLabel(item: Pick<AgendaItem, 'code' | 'title'>, number: number, headingStyle: HeadingStyle): MinuteHeadingLabel {
  const code = item.code.trim();
  const title = item.title.replace(/\s+/g, ' ').trim();
  if (headingStyle === 'agenda-codes') return { label: code, title, reference: null };
  return { label: `${number}.`, title, reference: code === '' ? null : `(Item ${code})` };
}
