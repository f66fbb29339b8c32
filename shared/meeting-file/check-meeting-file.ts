import { describeError } from '../format/describe-error';
import { checkEditorState } from '../minutes/check-editor-state';
import { NodeType } from '../minutes/editor-json';
import { fieldsLeftOut } from './left-out';
import { crossCheck, printedRoster, unnumberedMinute } from './cross-check';
import { scanJsonText } from './json-text';
import { placeInWords, type FilePath } from './places';
import { meetingFileText, NOT_A_MEETING_FILE } from './read-text';
import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION, MeetingFileSchema, type MeetingFile } from './schema';
import { issueProblem } from './schema-issues';
import { checkValues } from './values';
import { describeValue, plural, quote, sentence } from './words';

/** How much checking a file took, counted rather than timed: each is at most a small multiple of the file's size. */
export interface CheckWork {
  /** Characters of JSON text scanned (each once). */
  characters: number;
  /** Values of the parsed file looked at. */
  values: number;
  /** Nodes of the minutes looked at. */
  nodes: number;
}

export type MeetingFileCheck =
  | {
      ok: true;
      file: MeetingFile;
      /** What was mended on the way and is said to the officer (a byte-order mark left out …). */
      warnings: string[];
      work: CheckWork;
    }
  | { ok: false; message: string; work: CheckWork };

export interface CheckOptions {
  /** Told how far the check has got, from 0 to 1, every so often (a large file takes a second or two). */
  onProgress?: (fraction: number) => void;
}

/** Where a refusal of a file that is JSON but not one Minute Book could have written starts. */
const CANNOT_BE_USED = 'The meeting file cannot be used';

/**
 * The one check every door runs on a meeting file (import, restore from a backup, the shell's backups, the
 * command-line export): the whole file against exactly what Minute Book writes, cheapest first.
 *
 * 1. Size, before anything is decoded; then UTF-8 (a byte-order mark is left out, and said).
 * 2. The JSON text, in one pass (scanJsonText): broken JSON by line and column, and nesting, text or counts
 *    beyond what any meeting file holds, before JSON.parse is trusted with it.
 * 3. Format and version.
 * 4. Every value (checkValues): no control characters but tab and line feed, no broken characters, no
 *    number too large to use, no field named "__proto__".
 * 5. The schema (shared/model): every field, ids, real dates, whole minute numbers in range. A field the
 *    schema does not know is left out, and said (fieldsLeftOut).
 * 6. What hangs together (crossCheck): one body, unique ids, everyone named on the roster.
 * 7. The minutes, node by node (checkEditorState), against the agenda and the roster they print with.
 *
 * Never throws. A refusal is one sentence naming the place, at most 300 characters, quoting at most 60
 * visible characters of the file.
 */
export function checkMeetingFile(input: string | Uint8Array, options: CheckOptions = {}): MeetingFileCheck {
  const work: CheckWork = { characters: 0, values: 0, nodes: 0 };
  try {
    return check(input, options, work);
  } catch (error) {
    // Only a bug can reach here; the promise is still to answer, never to throw.
    return { ok: false, message: sentence(`${CANNOT_BE_USED}: checking it failed (${quote(describeError(error))})`), work };
  }
}

/** The file's text parsed, once scanJsonText has passed it; the text itself is not kept. */
function parsed(input: string | Uint8Array, work: CheckWork, progress: (fraction: number) => void): { json: unknown; warnings: string[] } | { message: string } {
  const read = meetingFileText(input);
  if (!read.ok) return { message: read.message };
  if (read.text.trim() === '') return { message: `${NOT_A_MEETING_FILE}: it is empty.` };
  progress(0.05);
  const scan = scanJsonText(read.text);
  if (!scan.ok) return { message: sentence(scan.broken ? `${NOT_A_MEETING_FILE}: ${scan.problem}` : `${CANNOT_BE_USED}: ${scan.problem}`) };
  work.characters = scan.shape.characters;
  progress(0.2);
  return { json: JSON.parse(read.text) as unknown, warnings: [...read.notes] };
}

function check(input: string | Uint8Array, options: CheckOptions, work: CheckWork): MeetingFileCheck {
  const progress = (fraction: number) => options.onProgress?.(fraction);
  const refuse = (message: string): MeetingFileCheck => ({ ok: false, message, work });
  const at = (root: unknown, path: FilePath, problem: string) => refuse(sentence(`${CANNOT_BE_USED}: ${placeInWords(root, path)}: ${problem}`));

  progress(0);
  const read = parsed(input, work, progress);
  if ('message' in read) return refuse(read.message);
  const { json, warnings } = read;
  progress(0.45);

  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refuse(sentence(`${NOT_A_MEETING_FILE}: it holds ${describeValue(json)}, not a group of fields with a “format” of “${MEETING_FILE_FORMAT}”`));
  }
  const record = json as Record<string, unknown>;
  const format = Object.hasOwn(record, 'format') ? record.format : undefined;
  if (format !== MEETING_FILE_FORMAT) {
    const found = format === undefined ? 'it has no “format”' : `its “format” is ${describeValue(format)}`;
    return refuse(sentence(`${NOT_A_MEETING_FILE}: ${found}, not “${MEETING_FILE_FORMAT}”`));
  }
  const version = Object.hasOwn(record, 'version') ? record.version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > MEETING_FILE_VERSION && version <= 1000) {
    return refuse(`The meeting file was made by a newer Minute Book (version ${version}); this one reads version ${MEETING_FILE_VERSION}. Update Minute Book to open it.`);
  }
  if (version !== MEETING_FILE_VERSION) {
    const found = version === undefined ? 'none' : describeValue(version);
    return refuse(sentence(`The meeting file has no version this app understands (${found}); this one reads version ${MEETING_FILE_VERSION}`));
  }

  const values = checkValues(json);
  if (typeof values !== 'number') return at(json, values.path, values.problem);
  work.values = values;
  progress(0.55);

  const schema = MeetingFileSchema.safeParse(json);
  if (!schema.success) {
    const [first, ...others] = schema.error.issues;
    const more = others.length > 0 ? ` (and ${plural(others.length, 'other problem')})` : '';
    return at(json, first!.path as FilePath, `${issueProblem(first!, json)}${more}`);
  }
  const file = schema.data;
  const problem = crossCheck(file);
  if (problem) return at(json, problem.path, problem.problem);
  const leftOut = fieldsLeftOut(json, file);
  if (leftOut.first) {
    const many = leftOut.count === 1 ? 'was' : 'were';
    // The field's name is the file's text: quoted, so nothing invisible or long reaches the officer.
    const parent = leftOut.first.slice(0, -1);
    const where = parent.length === 0 ? 'the file' : placeInWords(json, parent);
    warnings.push(sentence(`${plural(leftOut.count, 'field')} that Minute Book does not use ${many} left out (the first: ${quote(String(leftOut.first.at(-1)), 40)} in ${where})`));
  }
  progress(0.6);

  const references = {
    personIds: new Set(printedRoster(file).map((person) => person.id)),
    itemIds: new Set(file.meeting.agenda.map((item) => item.id)),
  };
  const estimate = Math.max(1, work.values / 8);
  const minutes = checkEditorState(file.minutes.editorState, references, (nodes) => progress(0.6 + 0.4 * Math.min(1, nodes / estimate)));
  if (!minutes.ok) return at(json, ['minutes', 'editorState', ...minutes.path], minutes.problem);
  work.nodes = minutes.findings.nodes;
  const unnumbered = unnumberedMinute(file, minutes.findings.minutedItemIds);
  if (unnumbered !== -1) {
    const itemId = minutes.findings.minutedItemIds[unnumbered]!;
    const index = file.minutes.editorState.root.children.findIndex((node) => (node as { type?: unknown; itemId?: unknown }).type === NodeType.minuteItem && (node as { itemId?: unknown }).itemId === itemId);
    return at(json, ['minutes', 'editorState', 'root', 'children', index], 'no minute number, though the minutes’ numbers were given out');
  }
  // A status kept for an action since un-marked in the minutes (the app keeps it, in case the marking is undone) means nothing here.
  const actionIds = new Set(minutes.findings.actionIds);
  const statuses = file.meeting.actionStatuses ?? [];
  const kept = statuses.filter((entry) => actionIds.has(entry.actionId));
  if (kept.length < statuses.length) {
    file.meeting.actionStatuses = kept;
    const stray = statuses.length - kept.length;
    warnings.push(`${plural(stray, 'status', 'statuses')} in the action log for ${stray === 1 ? 'an action' : 'actions'} no longer marked in the minutes ${stray === 1 ? 'was' : 'were'} left out.`);
  }
  if (minutes.findings.tidied > 0) {
    warnings.push(`${plural(minutes.findings.tidied, 'setting')} in the minutes that Minute Book does not use (such as text colours or fonts) ${minutes.findings.tidied === 1 ? 'was' : 'were'} left out.`);
  }
  progress(1);
  return { ok: true, file, warnings, work };
}
