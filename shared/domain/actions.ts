import { z } from 'zod';
import { formatMinutesDate, formatShortDate } from '../format/british-date';
import { IdSchema, IsoDateSchema, TimestampSchema } from '../model/primitives';
import type { Person } from '../model/person';
import { UNKNOWN_PERSON, laterMention } from './person-names';

/**
 * Actions in the minutes: a sentence the officer marked as a promise the next meeting's "matters arising" must
 * chase ("Mr Peerbux agreed to report back …"), with its owner and an optional date. The rules here are the only
 * ones: the shapes of sentence offered for marking, how a marked action prints, and where each stands in the
 * committee's action log. The editor, the meeting-file check, the action log and the export use them.
 */

/** Where an action stands in the committee's action log. A new action is open. */
export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_WORDS: Readonly<Record<ActionStatus, string>> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

/** What marks a sentence as an action: its own id (for the log), who owns it, and by when (both optional). */
export interface ActionMarking {
  actionId: string;
  /** The roster id of the person who owns it; null when nobody was named. */
  ownerId: string | null;
  /** yyyy-mm-dd, or null when no date was given. */
  due: string | null;
}

/**
 * An action's status once it was changed at a later meeting: kept with the meeting that minuted the action, so a
 * meeting file and a backup carry it. Actions without one are open.
 */
export const ActionStatusEntrySchema = z.strictObject({
  actionId: IdSchema,
  status: z.enum(ACTION_STATUSES),
  /** When the status was last changed (ms since 1970). */
  changedAt: TimestampSchema,
});
export type ActionStatusEntry = z.infer<typeof ActionStatusEntrySchema>;

/** The most actions one meeting's minutes may hold: far beyond any meeting. */
export const MAX_ACTIONS = 2000;
export const ActionStatusesSchema = z
  .array(ActionStatusEntrySchema)
  .max(MAX_ACTIONS)
  .refine((entries) => new Set(entries.map((entry) => entry.actionId)).size === entries.length, 'An action’s status is given twice');

/** The status an action has now: its entry's, or open. */
export function actionStatusOf(actionId: string, statuses: readonly ActionStatusEntry[] | undefined): ActionStatus {
  return statuses?.find((entry) => entry.actionId === actionId)?.status ?? 'open';
}

/** The statuses with one action's changed (an open action needs no entry, so setting it back to open removes it). */
export function withActionStatus(statuses: readonly ActionStatusEntry[] | undefined, actionId: string, status: ActionStatus, at: number): ActionStatusEntry[] {
  const others = (statuses ?? []).filter((entry) => entry.actionId !== actionId);
  return status === 'open' ? others : [...others, { actionId, status, changedAt: at }];
}

/** Checks a due date as the dialog and the file check take it: yyyy-mm-dd or nothing. */
export const ActionDueSchema = IsoDateSchema.nullable();

/** An action's owner as the minutes print them: "Mr Peerbux", as later mentions name people. */
export function actionOwnerName(ownerId: string | null, roster: readonly Person[]): string | null {
  if (ownerId === null) return null;
  const person = roster.find((candidate) => candidate.id === ownerId);
  return person ? laterMention(person) : UNKNOWN_PERSON;
}

/**
 * The line printed under a paragraph holding a marked action, in bold as minutes print their action notes:
 * "Action: Mr Peerbux by Friday, 30 April 2027", "Action: Mr Peerbux", "Action: by …", or "Action" alone.
 */
export function actionNote(owner: string | null, due: string | null): string {
  const by = due ? `by ${formatMinutesDate(due)}` : '';
  const words = [owner ?? '', by].filter((part) => part !== '').join(' ');
  return words === '' ? 'Action' : `Action: ${words}`;
}

/** A minute reference as the action log and the matters-arising table say it: "19 March 2015, Minute 94". */
export function minuteReference(meetingDate: string, minuteLabel: string): string {
  const label = minuteLabel.replace(/\.$/, '').trim();
  if (label === '') return formatShortDate(meetingDate);
  return /^\d+$/.test(label) ? `${formatShortDate(meetingDate)}, Minute ${label}` : `${formatShortDate(meetingDate)}, ${label}`;
}

/* ---------------------------------------------------------------------------------------------------------------
 * The shapes of sentence offered for marking. Councils write promises in a small stock of shapes: someone
 * "agreed to", "undertook to", "offered to" do something, or "was asked to"; something "would be circulated",
 * someone "would report back" or "would provide"; a thing is "to be circulated" or someone is "to report back".
 * Agreeing to note, approve or accept a report is a decision, not an action, and is not offered.
 * ------------------------------------------------------------------------------------------------------------- */

/** Verbs of doing something after the meeting (their -ing and -ed forms are matched by stem). */
const DEEDS = [
  'arrang',
  'bring',
  'brought',
  'chas',
  'check',
  'circulat',
  'clarif',
  'come back',
  'confirm',
  'contact',
  'distribut',
  'draft',
  'e-?mail',
  'explor',
  'feed ?back',
  'follow[- ]?up',
  'forward',
  'investigat',
  'liais',
  'look into',
  'meet',
  'organis',
  'organiz',
  'present',
  'prepar',
  'provid',
  'pursu',
  'rais',
  'report',
  'respond',
  'return',
  'review',
  'seek',
  'send',
  'sent',
  'shar',
  'speak',
  'supply',
  'supplied',
  'updat',
  'writ',
  'written',
  'write',
];
const DEED = `(?:${DEEDS.join('|')})[a-z]*`;

/** Each shape, as the offer names it. Matched case-insensitively on one sentence. */
const ACTION_SHAPES: readonly { shape: string; pattern: RegExp }[] = [
  // "undertook to", "offered to", "promised to", "volunteered to"
  // ("committed to" is left out: it is as often a standing position, "committed to working with partners").
  { shape: 'undertook to', pattern: /\b(?:undertook|undertaken|offered|promised|volunteered)\s+to\s+(?!(?:the|a|an|this|that)\b)[a-z]/i },
  { shape: 'agreed to', pattern: new RegExp(`\\bagreed\\s+to\\s+(?:be\\s+)?${DEED}`, 'i') },
  // "was asked to", "were requested to", "was tasked with"
  { shape: 'was asked to', pattern: new RegExp(`\\b(?:was|were|been)\\s+(?:asked|requested|tasked|invited|instructed)\\s+(?:to|with)\\s+(?:be\\s+)?${DEED}`, 'i') },
  // "would circulate", "would be circulated", "will provide", "would report back"
  // ("could" is left out: "partners could supply materials" says what is possible, not what was promised.)
  { shape: 'would circulate', pattern: new RegExp(`\\b(?:would|will|shall)\\s+(?:also\\s+)?(?:be\\s+)?${DEED}`, 'i') },
  // "to be circulated", "to report back" (the minutes' shorthand: "Officers to report back")
  { shape: 'to report back', pattern: /\bto\s+(?:be\s+)?(?:circulated|report(?:ed)?\s+back|come\s+back|brought\s+back|fed\s+back|feed\s+back|followed\s+up)\b/i },
  // A line the officer already headed "Action:"
  { shape: 'Action:', pattern: /^\s*action\s*:/i },
];

/** Which usual shape of action a sentence has, if any ("agreed to", "would circulate" …). */
export function actionShapeOf(sentence: string): string | null {
  for (const { shape, pattern } of ACTION_SHAPES) if (pattern.test(sentence)) return shape;
  return null;
}

/** Abbreviations whose full stop does not end a sentence ("No. 5", "para. 3", "Dr. Patel", "approx. 40"). */
const NOT_AFTER_ABBREVIATION = '(?<!\\b(?:No|Nos|no|nos|para|paras|p|pp|ref|approx|etc|cf|vs|St|Dr|Mr|Mrs|Ms|Prof|Rev|Supt|Insp|Sgt|Cllr|Co|Ltd|vol|fig|Fig|e\\.g|i\\.e))';

/** A sentence of a paragraph: [start, end) of its text, the full stop included, spaces after it not. */
export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * The sentences of a paragraph. A sentence ends at ".", "!" or "?" (and closing quotes or brackets after it)
 * followed by a space and a capital, digit or opening quote, or at the end of the text. "e.g. the" does not end
 * one (the next word must start with a capital), nor does the stop of an abbreviation ("No. 5", "Dr. Patel").
 */
export function sentencesOf(text: string): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  const ends = new RegExp(`${NOT_AFTER_ABBREVIATION}[.!?]['’”")\\]]*(?=\\s+['‘“"(]?[A-Z0-9])|[.!?]?['’”")\\]]*\\s*$`, 'g');
  let start = 0;
  for (const match of text.matchAll(ends)) {
    const end = match.index + match[0].trimEnd().length;
    if (text.slice(start, end).trim() !== '') {
      const lead = text.slice(start).search(/\S/);
      sentences.push({ start: start + Math.max(lead, 0), end });
    }
    start = match.index + match[0].length;
    if (start >= text.length) break;
  }
  return sentences;
}

/** The sentence holding the character at `offset` (the one before it, at a space between two). */
export function sentenceAt(text: string, offset: number): SentenceRange | null {
  const sentences = sentencesOf(text);
  return sentences.find((sentence) => offset >= sentence.start && offset <= sentence.end) ?? sentences.findLast((sentence) => sentence.end <= offset) ?? null;
}
