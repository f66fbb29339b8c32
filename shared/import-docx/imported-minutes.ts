import type { ClockTimeStyle } from '../format/british-date';
import type { MinutesParagraphKind } from '../minutes/minute-composer';
import type { MinutesRun } from '../minutes/minutes-document';
import type { AgendaPart } from '../model/agenda';
import type { AttendanceRole } from '../model/attendance';
import type { ChairWord } from '../model/body';
import type { PersonKind } from '../model/person';
import type { DocumentWord } from '../model/primitives';
import type { PrintedName } from './attendance-names';

/**
 * What the reader found in a Word file of minutes, typed, before anything is
 * made of it: the meeting's facts, who was there, and each minute with its
 * paragraphs in the shapes the editor makes. Nothing in the file is dropped:
 * what the reader could not place is kept as plain paragraphs, and every such
 * place is a warning.
 */

/** A person as one of the attendance lines or the apologies lists them. */
export interface ImportedPerson extends PrintedName {
  /** The line they are on: PRESENT, ALSO PRESENT, IN ATTENDANCE, or the apologies. */
  attendance: AttendanceRole;
  /** Members are on PRESENT (and send apologies), officers IN ATTENDANCE, visitors ALSO PRESENT; someone printed with a role is not a member. */
  kind: PersonKind;
}

/** One paragraph of the minutes. */
export interface ImportedParagraph {
  /** Where it goes, in the editor's shapes (see MinuteComposer). */
  kind: MinutesParagraphKind;
  level: number;
  /** The number or letter the Word file printed ("3.", "(b)", "•"), or "" when none. */
  label: string;
  runs: MinutesRun[];
}

export interface ImportedMinute {
  /** The minute number printed ("92."), or null when the minute is headed by agenda code or title alone. */
  number: number | null;
  /** The agenda code: "(Item A3)" under or after the title, or the "B1" the heading starts with; "" when none. */
  code: string;
  title: string;
  part: AgendaPart;
  paragraphs: ImportedParagraph[];
}

export interface ImportedMinutes {
  /** "Kent County Council" (the capitals of the title line made ordinary), or null when no council line was found. */
  councilName: string | null;
  bodyName: string | null;
  documentWord: DocumentWord | null;
  /** yyyy-mm-dd */
  date: string | null;
  /** hh:mm, or null when the minutes give no time. */
  startTime: string | null;
  timeStyle: ClockTimeStyle | null;
  venue: string | null;
  /** "Chairman" or "Chair", as the attendance brackets write it. */
  chairWord: ChairWord | null;
  /** Numbered minutes ("92. Title / (Item A3)") or headings by agenda code or title. */
  headingStyle: 'minute-numbers' | 'agenda-codes';
  people: ImportedPerson[];
  /** What stands before the first minute and is not the front matter, kept as it is. */
  before: ImportedParagraph[];
  minutes: ImportedMinute[];
  /** One sentence for each thing read differently from the file or kept as plain text. */
  warnings: string[];
}
