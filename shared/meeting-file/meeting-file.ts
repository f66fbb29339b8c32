import { z } from 'zod';
import { UserTemplateSchema, type UserTemplate } from '../domain/templates';
import { formalName } from '../domain/person-names';
import type { MeetingExportInput } from '../export/export-options';
import { BodySchema, type Body } from '../model/body';
import { MeetingSchema, type Meeting } from '../model/meeting';
import { PersonSchema, type Person } from '../model/person';
import { describeError } from '../format/describe-error';
import { MEETING_FILE_MAX_BYTES } from '../limits';

/**
 * A meeting file: one JSON file holding a meeting with everything its minutes
 * need — the body (with its house-style settings), the body's roster and its
 * own standing phrases, the meeting (agenda, attendance, movements) and the
 * minutes' saved Lexical editor state. It is what the command-line export reads
 * and what the app can hand from one computer to another.
 */

/** The `format` every meeting file carries. */
export const MEETING_FILE_FORMAT = 'minute-book/meeting';
/** The newest version of the format this app reads and writes. */
export const MEETING_FILE_VERSION = 1;
/** Nothing a council meets about needs more; a bigger file is refused before it is read (see shared/limits.ts). */
export { MEETING_FILE_MAX_BYTES };

/**
 * The minutes as the editor saved them. Only the outline is checked here (an
 * object whose root is a Lexical root with children); the walker in
 * shared/minutes reads every node and names any that is wrong.
 */
export const MeetingFileEditorStateSchema = z.looseObject({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(z.unknown()),
  }),
});
export type MeetingFileEditorState = z.infer<typeof MeetingFileEditorStateSchema>;

export const MeetingFileSchema = z.object({
  format: z.literal(MEETING_FILE_FORMAT),
  version: z.literal(MEETING_FILE_VERSION),
  /** When the file was written (ISO 8601). */
  exportedAt: z.iso.datetime({ offset: true }),
  body: BodySchema,
  /** The body's roster: everyone the minutes or the attendance lines can name. */
  roster: z.array(PersonSchema),
  /** The body's own standing phrases (the built-in ones are not stored). */
  templates: z.array(UserTemplateSchema),
  meeting: MeetingSchema,
  minutes: z.object({ editorState: MeetingFileEditorStateSchema }),
});
export type MeetingFile = z.infer<typeof MeetingFileSchema>;

/** What a meeting file is made of; `format` and `version` are added, `exportedAt` defaults to now. */
export interface MeetingFileParts {
  body: Body;
  roster: readonly Person[];
  templates: readonly UserTemplate[];
  meeting: Meeting;
  /** The saved editor state: the object, or its JSON text as stored. */
  editorState: unknown;
  /** ISO 8601; now if left out. */
  exportedAt?: string;
}

export type ParseMeetingFileResult =
  | { ok: true; file: MeetingFile; warnings: string[] }
  | { ok: false; message: string };

const NOT_A_MEETING_FILE = 'The file is not a Minute Book meeting file';

/**
 * The parts as meeting-file text (pretty JSON, ending in a newline). Throws if
 * the parts would make a file parseMeetingFile refuses: that is a bug in the
 * caller, never something an officer typed.
 */
export function serialiseMeetingFile(parts: MeetingFileParts): string {
  const editorState = typeof parts.editorState === 'string' ? (JSON.parse(parts.editorState) as unknown) : parts.editorState;
  const file = {
    format: MEETING_FILE_FORMAT,
    version: MEETING_FILE_VERSION,
    exportedAt: parts.exportedAt ?? new Date().toISOString(),
    body: parts.body,
    roster: [...parts.roster],
    templates: [...parts.templates],
    meeting: parts.meeting,
    minutes: { editorState },
  };
  const checked = MeetingFileSchema.safeParse(file);
  if (!checked.success) throw new RangeError(`Refusing to write a broken meeting file: ${describeIssues(checked.error.issues, file)}`);
  const problems = crossCheck(checked.data).errors;
  if (problems.length > 0) throw new RangeError(`Refusing to write a broken meeting file: ${problems.join(' ')}`);
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads meeting-file text. Never throws: a file that cannot be used comes back
 * as `{ ok: false, message }`, one plain-English sentence naming what is wrong
 * and where. Things that do not stop an export (a mention of someone no longer
 * on the roster) come back as warnings beside the file.
 */
export function parseMeetingFile(text: string): ParseMeetingFileResult {
  try {
    return parseOrRefuse(text);
  } catch (error) {
    // Only a bug can reach here; the promise is still to answer, not to throw.
    return { ok: false, message: `${NOT_A_MEETING_FILE}: it could not be read (${describeError(error)}).` };
  }
}

/** The export's input from a meeting file. */
export function meetingExportInput(file: MeetingFile): MeetingExportInput {
  return { body: file.body, roster: file.roster, meeting: file.meeting, editorState: file.minutes.editorState };
}

function parseOrRefuse(text: string): ParseMeetingFileResult {
  if (typeof text !== 'string') return { ok: false, message: `${NOT_A_MEETING_FILE}: it is not text.` };
  const tooLarge = sizeOverLimit(text);
  if (tooLarge !== null) return { ok: false, message: tooLargeMessage(tooLarge) };

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${NOT_A_MEETING_FILE}: it is not JSON (${jsonProblem(text, error)}).` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, message: `${NOT_A_MEETING_FILE}: it holds ${describeValue(json)}, not an object with a "format" of "${MEETING_FILE_FORMAT}".` };
  }
  const record = json as Record<string, unknown>;
  if (record.format !== MEETING_FILE_FORMAT) {
    const found = record.format === undefined ? 'it has no "format"' : `its "format" is ${JSON.stringify(record.format)}`;
    return { ok: false, message: `${NOT_A_MEETING_FILE}: ${found}, not "${MEETING_FILE_FORMAT}".` };
  }
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `The meeting file has no version this app understands (${version === undefined ? 'none' : JSON.stringify(version)}); this one reads version ${MEETING_FILE_VERSION}.` };
  }
  if (version > MEETING_FILE_VERSION) {
    return { ok: false, message: `The meeting file was made by a newer Minute Book (version ${version}); this one reads version ${MEETING_FILE_VERSION}. Update Minute Book to open it.` };
  }

  const parsed = MeetingFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: `The meeting file is damaged: ${describeIssues(parsed.error.issues, json)}` };
  const file = parsed.data;
  const { errors, warnings } = crossCheck(file);
  if (errors.length > 0) return { ok: false, message: `The meeting file does not hang together: ${errors.join(' ')}` };
  return { ok: true, file, warnings };
}

/** What the schema cannot say: the roster, templates and meeting belong to the body, ids are unique, names point at the roster. */
function crossCheck(file: MeetingFile): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const bodyId = file.body.id;
  if (file.meeting.bodyId !== bodyId) {
    errors.push(`meeting.bodyId is "${file.meeting.bodyId}" but the body in the file is "${bodyId}".`);
  }
  const seen = new Set<string>();
  file.roster.forEach((person, index) => {
    const who = `roster[${index}] (${formalName(person)})`;
    if (person.bodyId !== bodyId) errors.push(`${who} belongs to body "${person.bodyId}", not to this meeting's body "${bodyId}".`);
    if (seen.has(person.id)) errors.push(`${who} has the id "${person.id}", which another person on the roster already has.`);
    seen.add(person.id);
  });
  file.templates.forEach((template, index) => {
    if (template.bodyId !== bodyId) errors.push(`templates[${index}] ("${template.name}") belongs to body "${template.bodyId}", not to "${bodyId}".`);
  });
  const itemIds = new Set<string>();
  file.meeting.agenda.forEach((item, index) => {
    if (itemIds.has(item.id)) errors.push(`meeting.agenda[${index}] ("${item.title}") has the id "${item.id}", which another agenda item already has.`);
    itemIds.add(item.id);
  });

  const roster = new Map(file.roster.map((person) => [person.id, person]));
  for (const personId of Object.keys(file.meeting.attendance)) {
    if (!roster.has(personId)) warnings.push(`The attendance lists "${personId}", who is not on the roster; they will not be printed.`);
  }
  file.meeting.movements.forEach((movement, index) => {
    if (!roster.has(movement.personId)) warnings.push(`meeting.movements[${index}] is about "${movement.personId}", who is not on the roster.`);
  });
  const unknown = new Map<string, string>();
  for (const mention of mentionsIn(file.minutes.editorState)) {
    if (!roster.has(mention.personId) && !unknown.has(mention.personId)) unknown.set(mention.personId, mention.label);
  }
  for (const [personId, label] of unknown) {
    warnings.push(`The minutes name "${label || personId}" (id "${personId}"), who is not on the roster; the name is printed as saved.`);
  }
  return { errors, warnings };
}

/** Every mention node in an editor state, in document order. */
function mentionsIn(editorState: unknown): { personId: string; label: string }[] {
  const found: { personId: string; label: string }[] = [];
  const stack: unknown[] = [editorState];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string, unknown>;
    if (record.type === 'mention' && typeof record.personId === 'string') {
      found.push({ personId: record.personId, label: typeof record.label === 'string' ? record.label : '' });
    }
    const children = 'root' in record && !('type' in record) ? [record.root] : record.children;
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
  }
  return found;
}

/** A zod issue path in words: meeting.agenda[2].title, meeting.attendance["p-hill"]. */
export function pathInWords(path: readonly PropertyKey[]): string {
  let words = '';
  for (const key of path) {
    if (typeof key === 'number') words += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) words += words === '' ? key : `.${key}`;
    else words += `[${JSON.stringify(String(key))}]`;
  }
  return words === '' ? 'the file' : words;
}

/** A short name for what a JSON value is. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? 'text' : `the text ${JSON.stringify(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
  null: 'null',
};

/** One zod issue as a sentence. */
function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const where = pathInWords(issue.path);
  const value = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return `${where} is missing`;
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      return `${where} should be ${expected} but is ${describeValue(value)}`;
    }
    case 'invalid_value':
      if (value === undefined) return `${where} is missing`;
      return `${where} should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')} but is ${describeValue(value)}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return `${where} is empty: ${plainMessage(issue.message)}`;
      return `${where} is too small: ${plainMessage(issue.message)}`;
    case 'too_big':
      return `${where} is too big: ${plainMessage(issue.message)}`;
    default:
      return `${where}: ${plainMessage(issue.message)}`;
  }
}

/** zod's own messages start "Invalid input: …"; ours are sentences already. */
function plainMessage(message: string): string {
  return message.replace(/^Invalid (input|string|option): /, '').replace(/\.$/, '');
}

/** The first few issues as sentences (an officer needs where to look, not a hundred lines). */
function describeIssues(issues: readonly z.core.$ZodIssue[], root?: unknown): string {
  const shown = issues.slice(0, 3).map((issue) => describeIssue(issue, root));
  const more = issues.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : ''}.`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** JSON.parse's complaint, made plain; a file cut short says so, with where it ends. */
function jsonProblem(text: string, error: unknown): string {
  const message = describeError(error);
  const position = /at position (\d+)/.exec(message);
  const end = text.trimEnd().length;
  if (/unexpected end/i.test(message) || (position && Number(position[1]) >= end)) {
    const { line, column } = lineAndColumn(text, end);
    return `unexpected end at line ${line}, column ${column}: the file looks cut short`;
  }
  return message.replace(/^\w/, (c) => c.toLowerCase());
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** The text's size in UTF-8 bytes when that is over the limit, else null; counted without building a buffer. */
function sizeOverLimit(text: string): number | null {
  if (text.length * 3 <= MEETING_FILE_MAX_BYTES) return null; // even all three-byte characters would fit
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes > MEETING_FILE_MAX_BYTES ? bytes : null;
}

/** "The file is too large to be a Minute Book meeting file (61.2 MB; the limit is 50 MB)." */
export function tooLargeMessage(bytes: number): string {
  return `The file is too large to be a Minute Book meeting file (${(bytes / (1024 * 1024)).toFixed(1)} MB; the limit is ${MEETING_FILE_MAX_BYTES / (1024 * 1024)} MB).`;
}
