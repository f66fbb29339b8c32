import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION, type MeetingFileParts } from './meeting-file';

/** Stands in for the minutes while the rest of the file is written; cannot occur in real JSON text unescaped. */
const MINUTES = '\u0000minute-book-minutes\u0000';

/**
 * Meeting-file text around minutes that are already JSON text (the editor state
 * exactly as the draft stores it), without parsing or re-validating them: the
 * renderer hands this to the shell for a disk backup while the officer types, so
 * it must cost a string join, not a parse of three hours of minutes. The shell
 * validates the whole file with parseMeetingFile before it keeps it; use
 * serialiseMeetingFile for a file the officer saves. Compact JSON: a backup is
 * read by the app, not by a person, and indentation would double its size.
 */
export function composeMeetingFileText(parts: Omit<MeetingFileParts, 'editorState'>, editorStateJson: string): string {
  const file = {
    format: MEETING_FILE_FORMAT,
    version: MEETING_FILE_VERSION,
    exportedAt: parts.exportedAt ?? new Date().toISOString(),
    body: parts.body,
    roster: parts.roster,
    templates: parts.templates,
    meeting: parts.meeting,
    minutes: { editorState: MINUTES },
  };
  const [before, after] = JSON.stringify(file).split(JSON.stringify(MINUTES)) as [string, string];
  return `${before}${editorStateJson}${after}`;
}

/** Where the minutes start in text composeMeetingFileText wrote: they come last, after every other field. */
const MINUTES_KEY = ',"minutes":{"editorState":';

/**
 * The meeting's id, title and date from text composeMeetingFileText wrote, reading only what comes before the
 * minutes (a key can appear unescaped in JSON text only as a key, and "minutes" is a key only at the top), so
 * naming a copy of three hours of minutes never parses them. Null when the text is not laid out that way.
 */
export function meetingOfComposedText(text: string): { id: string; title: string; date: string } | null {
  const at = text.indexOf(MINUTES_KEY);
  if (at < 0) return null;
  try {
    const head = JSON.parse(`${text.slice(0, at)}}`) as { meeting?: { id?: unknown; title?: unknown; date?: unknown } };
    const { id, title, date } = head.meeting ?? {};
    return typeof id === 'string' && typeof title === 'string' && typeof date === 'string' ? { id, title, date } : null;
  } catch {
    return null;
  }
}
