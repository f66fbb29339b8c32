import { readFile, stat } from 'node:fs/promises';
import { MEETING_FILE_MAX_BYTES, parseMeetingFile, tooLargeMessage, type MeetingFile } from '../../shared/meeting-file/meeting-file';
import { readProblem } from './file-problems';

/**
 * Reads and checks the meeting file a command was given: too large, unreadable or not a meeting file comes back
 * as the one plain line to print; a good file comes back with its warnings (things that do not stop the command).
 */
export async function readMeetingFileArg(path: string): Promise<{ ok: true; file: MeetingFile; warnings: string[] } | { ok: false; message: string }> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MEETING_FILE_MAX_BYTES) return { ok: false, message: tooLargeMessage(size) };
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, message: readProblem(path, error) };
  }
  return parseMeetingFile(text);
}
