import { z } from 'zod';
import { UserTemplateSchema, type UserTemplate } from '../domain/templates';
import { BodySchema, type Body } from '../model/body';
import { MeetingSchema, type Meeting } from '../model/meeting';
import { MAX_ROSTER, PersonSchema, type Person } from '../model/person';
import { MAX_STANDING_PHRASES } from './limits';

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

/**
 * The minutes as the editor saved them. Only the outline is checked by the schema (an object whose root is a
 * Lexical root with children); shared/minutes/check-editor-state checks every node.
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
  /** When the file was written (ISO 8601), a real moment. */
  exportedAt: z.iso.datetime({ offset: true }).refine((value) => !Number.isNaN(Date.parse(value)) && realCalendarDay(value.slice(0, 10)), 'That date does not exist'),
  body: BodySchema,
  /** The body's roster: everyone the minutes or the attendance lines can name. */
  roster: z.array(PersonSchema).max(MAX_ROSTER),
  /** The body's own standing phrases (the built-in ones are not stored). */
  templates: z.array(UserTemplateSchema).max(MAX_STANDING_PHRASES),
  meeting: MeetingSchema,
  minutes: z.object({ editorState: MeetingFileEditorStateSchema }),
});
export type MeetingFile = z.infer<typeof MeetingFileSchema>;

function realCalendarDay(isoDate: string): boolean {
  const parsed = new Date(`${isoDate}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(isoDate);
}

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
