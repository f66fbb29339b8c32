import { serialiseMeetingFile } from '../meeting-file/meeting-file';
import { openDocx } from './docx-package';
import { DocxRefusal } from './docx-zip';
import { importedMeetingFile, type ImportOptions } from './imported-meeting-file';
import type { ImportedMinutes } from './imported-minutes';
import { readMinutes } from './read-minutes';
import { readWordDocument } from './word-document';

/**
 * Word minutes in: the .docx bytes of minutes signed outside Minute Book → what
 * was read (typed), and a meeting file (the same shape parseMeetingFile reads)
 * with the minutes as the editor's own nodes. Pure: no DOM, no Node, so the app,
 * the command line and the tests all use this one reader.
 */

export type ImportMinutesResult =
  | {
      ok: true;
      /** What the reader found, before it was made into a meeting. */
      minutes: ImportedMinutes;
      /** The meeting file's text (pretty JSON), checked as parseMeetingFile checks it. */
      text: string;
      /** "Kent Community Safety Partnership, 19 March 2015": the meeting's name in the file. */
      meetingTitle: string;
      /** Everything read differently from the file or kept as plain text, one sentence each. */
      warnings: string[];
    }
  | { ok: false; message: string };

export type { ImportOptions } from './imported-meeting-file';
export type { ImportedMinutes, ImportedMinute, ImportedParagraph, ImportedPerson } from './imported-minutes';
export { DOCX_MAX_BYTES, docxTooLargeMessage } from './docx-zip';

/** Reads Word minutes. Never throws: a file that cannot be imported gives one plain sentence saying why. */
export function importMinutesDocx(bytes: Uint8Array, options: ImportOptions): ImportMinutesResult {
  try {
    const minutes = readMinutes(readWordDocument(openDocx(bytes)));
    const made = importedMeetingFile(minutes, options);
    if (!made.ok) return made;
    return { ok: true, minutes, text: serialiseMeetingFile(made.parts), meetingTitle: made.parts.meeting.title, warnings: made.warnings };
  } catch (error) {
    if (error instanceof DocxRefusal) return { ok: false, message: error.message };
    // Only a bug can reach here; the promise is still to answer, not to throw.
    return { ok: false, message: `The Word document could not be imported (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).` };
  }
}
