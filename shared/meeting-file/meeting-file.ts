import type { MeetingExportInput } from '../export/export-options';
import { checkMeetingFile, type MeetingFileCheck } from './check-meeting-file';
import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION, type MeetingFile, type MeetingFileParts } from './schema';

export { MEETING_FILE_MAX_BYTES } from './limits';
export { tooLargeMessage } from './read-text';
export {
  MEETING_FILE_FORMAT,
  MEETING_FILE_VERSION,
  MeetingFileEditorStateSchema,
  MeetingFileSchema,
  type MeetingFile,
  type MeetingFileEditorState,
  type MeetingFileParts,
} from './schema';
export { checkMeetingFile, type CheckOptions, type CheckWork, type MeetingFileCheck } from './check-meeting-file';

export type ParseMeetingFileResult = MeetingFileCheck;

/**
 * The parts as meeting-file text (pretty JSON, ending in a newline). Throws if the parts would make a file
 * checkMeetingFile refuses: that is a bug in the caller, never something an officer typed.
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
  const text = `${JSON.stringify(file, null, 2)}\n`;
  const checked = checkMeetingFile(text);
  if (!checked.ok) throw new RangeError(`Refusing to write a broken meeting file: ${checked.message}`);
  return text;
}

/**
 * Reads meeting-file text (see checkMeetingFile, which takes bytes too). Never throws: a file that cannot be
 * used comes back as `{ ok: false, message }`, one plain sentence naming what is wrong and where.
 */
export function parseMeetingFile(text: string): MeetingFileCheck {
  return checkMeetingFile(text);
}

/** The export's input from a meeting file. */
export function meetingExportInput(file: MeetingFile): MeetingExportInput {
  return { body: file.body, roster: file.roster, meeting: file.meeting, editorState: file.minutes.editorState };
}
