/**
 * Dates and times as a county council prints them in its minutes.
 * Intl gives us the en-GB names; we assemble the parts ourselves because
 * ICU versions disagree on whether en-GB puts a comma after the weekday,
 * and the house format always has one ("Thursday, 19 March 2015").
 */

function parseIsoDate(isoDate: string): Date {
  const parsed = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) throw new RangeError(`Not a date: ${isoDate}`);
  return parsed;
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2015-03-19" → "Thursday, 19 March 2015" (no ordinal, as the house format requires). */
export function formatMinutesDate(isoDate: string): string {
  const parts = longDate.formatToParts(parseIsoDate(isoDate));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')}, ${part('day')} ${part('month')} ${part('year')}`;
}

/** "2015-03-19" → "19 March 2015", for lists and file names. */
export function formatShortDate(isoDate: string): string {
  return formatMinutesDate(isoDate).replace(/^[^,]+, /, '');
}

/** How a council writes a time: "10.00 am" (dotted, spaced) or "10:00am" (colon, closed). */
export type ClockTimeStyle = '10.00 am' | '10:00am';

/** "10:00" → "10.00 am"; "14:05" → "2.05 pm" (the council's dotted style), or "10:00am" / "2:05pm" in the colon style. */
export function formatClockTime(hhmm: string, style: ClockTimeStyle = '10.00 am'): string {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new RangeError(`Not a time: ${hhmm}`);
  const hours = Number(match[1]);
  const minutes = match[2];
  const suffix = hours < 12 ? 'am' : 'pm';
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return style === '10:00am' ? `${twelve}:${minutes}${suffix}` : `${twelve}.${minutes} ${suffix}`;
}

/** A moment (milliseconds since 1970) as the officer reads it, in local time: "Thursday, 19 March 2015, 10.04 am". */
export function formatMoment(at: number): string {
  const when = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const isoDate = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  return `${formatMinutesDate(isoDate)}, ${formatClockTime(`${pad(when.getHours())}:${pad(when.getMinutes())}`)}`;
}
