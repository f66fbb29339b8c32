import type { ClockTimeStyle } from '../format/british-date';
import { IsoDateSchema } from '../model/primitives';
import type { DocumentWord } from '../model/primitives';
import { fromCapitals, isCapitals, plain } from './plain-text';

/**
 * The facts of the meeting in the words minutes give them: "NOTES of a meeting
 * of the Kent Community Safety Partnership held in the Darent Room, Sessions
 * House, County Hall, Maidstone on Thursday, 19 March 2015." — and the dates and
 * times councils write ("Thursday, 19 March 2015", "21st March 2023",
 * "19/03/2015", "10.00 am", "10:00am", "14:00").
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\\s*';
const DAY_FIRST = new RegExp(`(?:${WEEKDAY})?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s*${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_FIRST = new RegExp(`(?:${WEEKDAY})?${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;

export interface FoundDate {
  /** yyyy-mm-dd */
  iso: string;
  index: number;
  length: number;
}

function isoOf(year: string, month: number, day: string): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return IsoDateSchema.safeParse(iso).success ? iso : null;
}

/** The first real calendar date written in the text, British style (day before month), with where it stands. */
export function findDate(text: string): FoundDate | null {
  const candidates: FoundDate[] = [];
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const iso = isoOf(dayFirst[3]!, MONTHS.indexOf(dayFirst[2]!.slice(0, 3).toLowerCase()) + 1, dayFirst[1]!);
    if (iso) candidates.push({ iso, index: dayFirst.index, length: dayFirst[0].length });
  }
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    const iso = isoOf(monthFirst[3]!, MONTHS.indexOf(monthFirst[1]!.slice(0, 3).toLowerCase()) + 1, monthFirst[2]!);
    if (iso) candidates.push({ iso, index: monthFirst.index, length: monthFirst[0].length });
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const iso = isoOf(numeric[3]!, Number(numeric[2]), numeric[1]!);
    if (iso) candidates.push({ iso, index: numeric.index, length: numeric[0].length });
  }
  return candidates.sort((a, b) => a.index - b.index)[0] ?? null;
}

export interface FoundTime {
  /** hh:mm, 24-hour. */
  time: string;
  /** How the council writes times: "10.00 am" or "10:00am". */
  style: ClockTimeStyle;
}

/** The first time of day in the text: "10.00 am", "2pm", "10:00am", "12 noon", or a 24-hour "14:00" after "at". */
export function findTime(text: string): FoundTime | null {
  const twelve = /\b(\d{1,2})(?:([.:])(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|noon)(?![a-z])/i.exec(text);
  if (twelve) {
    let hours = Number(twelve[1]);
    const minutes = Number(twelve[3] ?? '0');
    const suffix = twelve[4]!.toLowerCase();
    if (hours > 12 || minutes > 59 || (suffix === 'noon' && hours !== 12)) return null;
    if (suffix.startsWith('p') && hours !== 12) hours += 12;
    if (suffix.startsWith('a') && hours === 12) hours = 0;
    const closed = twelve[2] === ':' && !/\d\s+[apn]/i.test(twelve[0]);
    return { time: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`, style: closed ? '10:00am' : '10.00 am' };
  }
  const day = /\bat\s+([01]?\d|2[0-3])[:.]([0-5]\d)\b(?!\s*(?:a\.?m|p\.?m))/i.exec(text);
  if (day) return { time: `${day[1]!.padStart(2, '0')}:${day[2]}`, style: day[0].includes(':') ? '10:00am' : '10.00 am' };
  return null;
}

export interface MeetingSentence {
  documentWord: DocumentWord;
  /** "Kent Community Safety Partnership": the body as the sentence names it, without the article the sentence adds. */
  bodyName: string | null;
  /** "Darent Room, Sessions House, County Hall, Maidstone", "Online"; null when the sentence names no place. */
  venue: string | null;
  date: string | null;
  time: FoundTime | null;
}

const SENTENCE = /^(notes|minutes)\s+of\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+){0,3}?meeting\s+of\s+)?(.+)$/i;
const ONLINE = /^(online|virtually|remotely|virtual(?:ly)?|by video ?conference|via\s.+|on\s+(?:microsoft\s+)?teams|on\s+zoom)$/i;

/**
 * The opening sentence of the minutes, or null when the paragraph is not one: it starts "NOTES of" or "MINUTES of"
 * and names a date. "held in the X" gives the venue X (the article the house sentence adds is left off); "held
 * Online", "held remotely" give "Online".
 */
export function readMeetingSentence(paragraph: string): MeetingSentence | null {
  const text = plain(paragraph);
  const match = SENTENCE.exec(text);
  const date = findDate(text);
  if (!match || !date) return null;
  const documentWord: DocumentWord = match[1]!.toLowerCase() === 'notes' ? 'NOTES' : 'MINUTES';
  const rest = match[2]!;
  const dateAt = date.index - (text.length - rest.length);
  const held = /\s+held\b\s*/i.exec(rest);
  const bodyEnd = held && held.index < dateAt ? held.index : Math.max(0, dateAt);
  const bodyName = rest
    .slice(0, bodyEnd)
    .replace(/\s+(on|,)\s*$/i, '')
    .replace(/^the\s+/, '')
    .trim();
  const afterHeld = held && held.index < dateAt ? rest.slice(held.index + held[0].length, dateAt) : '';
  const afterDate = rest.slice(dateAt + date.length);
  return {
    documentWord,
    bodyName: bodyName === '' ? null : ordinaryName(bodyName),
    venue: venueIn(afterHeld) ?? venueIn(afterDate.replace(/^\s*(?:at|from)\s+[\d.:]+\s*(?:a\.?m\.?|p\.?m\.?)?/i, '')),
    date: date.iso,
    time: findTime(text),
  };
}

/** Words a body is called by alone ("the CABINET"), as against an acronym ("the KCSP"), which stays in capitals. */
const BODY_WORDS = /^(cabinet|council|executive|committee|board|panel|forum|partnership|assembly|authority|trust)$/i;

/** "of the CABINET", "of the PLANNING COMMITTEE": a name in capitals is given ordinary capitals, as the body's name is stored. */
function ordinaryName(name: string): string {
  if (!isCapitals(name) || (!name.includes(' ') && !BODY_WORDS.test(name))) return name;
  return fromCapitals(name);
}

/** "in the Darent Room, Sessions House on" → "Darent Room, Sessions House"; "Online on" → "Online". */
function venueIn(words: string): string | null {
  const place = words
    .replace(/\s*(?:,|\bon|\bat)?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?\s*$/i, '')
    .replace(/^[\s,]*(?:in|at)\s+(?:the\s+)?/, '')
    .replace(/[\s.,;:]+$/, '')
    .trim();
  if (place === '' || /^\d/.test(place)) return null;
  return ONLINE.test(place) ? 'Online' : place;
}
