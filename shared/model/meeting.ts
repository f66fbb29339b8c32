import { z } from 'zod';
import { AgendaItemSchema } from './agenda';
import { AttendanceSchema, MovementSchema } from './attendance';
import { ClockTimeSchema, DocumentWordSchema, IsoDateSchema } from './primitives';
import { DismissedFindingsSchema } from '../style-check/findings';

export { ClockTimeSchema, DocumentWordSchema, IsoDateSchema, type DocumentWord } from './primitives';

/**
 * Where the minutes stand. Leaving 'draft' (circulating them) gives the minute
 * numbers out for good; until then they are provisional and a deleted draft burns none.
 */
export const MeetingStatusSchema = z.enum(['draft', 'circulated', 'approved', 'signed']);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

/** What the officer types to set up a meeting before it starts. */
export const MeetingSetupSchema = z.object({
  bodyId: z.string().min(1, 'Choose the committee or partnership'),
  title: z.string().trim().min(1, 'Give the meeting a name').max(200),
  date: IsoDateSchema,
  startTime: ClockTimeSchema,
  venue: z.string().trim().max(300),
});
export type MeetingSetup = z.infer<typeof MeetingSetupSchema>;

/**
 * Minutes read in from a Word file: signed outside Minute Book, so they are kept as they were (read-only until the
 * officer unlocks them), with the minute numbers they had.
 */
export const ImportedFromSchema = z.object({
  /** The Word file's name, without its folder. */
  fileName: z.string().trim().min(1).max(500),
  /** When it was read (ms since 1970). */
  importedAt: z.number(),
});
export type ImportedFrom = z.infer<typeof ImportedFromSchema>;

/** A stored meeting: its setup, agenda, attendance and bookkeeping. The minutes text lives in its draft. */
export const MeetingSchema = MeetingSetupSchema.extend({
  id: z.string().min(1),
  agenda: z.array(AgendaItemSchema),
  attendance: AttendanceSchema,
  movements: z.array(MovementSchema),
  /** When the meeting reached each agenda item (item id → hh:mm), recorded as the officer moves to it. */
  itemTimes: z.record(z.string(), ClockTimeSchema),
  status: MeetingStatusSchema,
  /** Minute numbers given out for good (item id → number); null while the minutes are a draft. */
  minuteNumbers: z.record(z.string(), z.number().int().positive()).nullable(),
  /** Set when the minutes were read in from a Word file (see ImportedFromSchema); absent for minutes taken in Minute Book. */
  imported: ImportedFromSchema.optional(),
  /**
   * House-style findings the officer dismissed for this meeting (StyleFinding.key): kept with the meeting, so a
   * meeting file or backup carries them and the check leaves them out wherever it runs. Absent until the first.
   */
  dismissedFindings: DismissedFindingsSchema.optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** A new meeting's agenda, attendance and status before anything is set. */
export function emptyMeetingRecord(): Pick<Meeting, 'agenda' | 'attendance' | 'movements' | 'itemTimes' | 'status' | 'minuteNumbers'> {
  return { agenda: [], attendance: {}, movements: [], itemTimes: {}, status: 'draft', minuteNumbers: null };
}

/**
 * A meeting as database version 1 stored it: the body's name and heading word
 * sat on the meeting itself. Kept only so the version 2 upgrade can read it.
 */
export const MeetingV1Schema = z.object({
  id: z.string(),
  title: z.string(),
  bodyName: z.string(),
  documentWord: DocumentWordSchema,
  date: z.string(),
  startTime: z.string(),
  venue: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type MeetingV1 = z.infer<typeof MeetingV1Schema>;

/** The default name of a new meeting: "Kent Community Safety Partnership, 19 March 2015". */
export function defaultMeetingTitle(bodyName: string, isoDate: string): string {
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const parsed = new Date(`${isoDate}T00:00:00Z`);
  const when = Number.isNaN(parsed.getTime()) ? isoDate : day.format(parsed);
  return `${bodyName.trim()}, ${when}`;
}
