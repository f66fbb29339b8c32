import type { MeetingExportInput } from '../export/export-options';
import { minutesFromEditorState } from '../minutes/from-editor-state';
import { minutesFacts } from '../minutes/minutes-facts';
import { minutesHeading } from '../model/minutes-heading';
import { sha256HexOfText } from './sha256';
import { asMinuted } from '../model/print-record';

/** Names the canonical form, so a later change of what it holds can never be mistaken for this one. */
export const CANONICAL_MINUTES_FORMAT = 'minute-book/canonical-minutes';
export const CANONICAL_MINUTES_VERSION = 1;

/**
 * The canonical text of a meeting's minutes: what "the minutes" means when they are signed.
 *
 * It holds the meeting's facts (name, date, time, venue, agenda, attendance, movements, item times and the
 * minute numbers given out) and the typed minutes document (shared/minutes: headings, paragraphs, list items,
 * resolutions and their runs of bold/italic/underlined text, mentions already written out as names), written as
 * JSON with every object's keys in sorted order and no white space.
 *
 * Because it is derived from the editor's JSON rather than being that JSON, anything that does not change what
 * the minutes say or how they read leaves it the same: the editor's key order, Lexical's internal fields
 * (direction, indent, style, version…), a text split into several runs of the same formatting, stray empty
 * paragraphs. The meeting's status and bookkeeping (created, updated) are left out: signing changes the status,
 * and must not change what was signed. A fingerprint of this text is stored on the signed revision.
 */
export function canonicalMinutes(input: MeetingExportInput): string {
  const { meeting } = input;
  const { body, roster } = asMinuted(meeting, input.body, input.roster);
  const document = minutesFromEditorState(minutesHeading(body, meeting), input.editorState, minutesFacts(meeting, body, roster));
  return stableJson({
    format: CANONICAL_MINUTES_FORMAT,
    version: CANONICAL_MINUTES_VERSION,
    meeting: {
      id: meeting.id,
      title: meeting.title,
      date: meeting.date,
      startTime: meeting.startTime,
      venue: meeting.venue,
      agenda: meeting.agenda,
      attendance: meeting.attendance,
      movements: meeting.movements,
      itemTimes: meeting.itemTimes,
      minuteNumbers: meeting.minuteNumbers,
    },
    // The header and blocks, as version 1 always held: an action's note is in its paragraph's runs, and the list of
    // actions (for the action log) is not part of what was signed.
    minutes: { header: document.header, blocks: document.blocks },
  });
}

/** The SHA-256 (hex) of the canonical minutes: equal exactly when the minutes and the meeting's facts are. */
export function canonicalMinutesSha256(input: MeetingExportInput): Promise<string> {
  return sha256HexOfText(canonicalMinutes(input));
}

/**
 * JSON with each object's keys in code-point order, arrays in their own order, no white space, and
 * `undefined` members left out (as JSON.stringify does): one text for one value, however it was built.
 */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    // JSON.stringify(undefined) is undefined; inside arrays it is written as null, as JSON.stringify would.
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined && typeof member !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${stableJson(member)}`).join(',')}}`;
}
