import { readFile, stat } from 'node:fs/promises';
import { checkMeetingFile, MEETING_FILE_MAX_BYTES, tooLargeMessage, type MeetingFile } from '../../shared/meeting-file/meeting-file';
import { readProblem } from './file-problems';

/**
 * Reads and checks the meeting file a command was given, through the one check every door runs
 * (checkMeetingFile): too large, unreadable or not a meeting file comes back as the one plain line to print; a
 * good file comes back with its warnings (what was mended on the way, such as a byte-order mark left out).
 */
export async function readMeetingFileArg(path: string): Promise<{ ok: true; file: MeetingFile; warnings: string[] } | { ok: false; message: string }> {
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    if (size > MEETING_FILE_MAX_BYTES) return { ok: false, message: tooLargeMessage(size) };
    // The bytes, not text: the check decodes them as the app does, so a file the app imports the command reads too.
    const buffer = await readFile(path);
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    return { ok: false, message: readProblem(path, error) };
  }
  const checked = checkMeetingFile(bytes);
  return checked.ok ? { ok: true, file: checked.file, warnings: checked.warnings } : { ok: false, message: checked.message };
}
