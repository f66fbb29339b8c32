import { z } from 'zod';
import { AgendaItemSchema } from './agenda';
import { AttendanceSchema, MovementSchema } from './attendance';
import { BodySettingsSchema } from './body';
import { MAX_ROSTER, PersonSchema } from './person';
import { ClockTimeSchema, DocumentWordSchema, IdSchema, IsoDateSchema, MAX_MINUTE_NUMBER, TimestampSchema } from './primitives';
import { DismissedFindingsSchema } from '../style-check/findings';
import { ActionStatusesSchema } from '../domain/actions';

export { ClockTimeSchema, DocumentWordSchema, IsoDateSchema, type DocumentWord } from './primitives';

/**
 * Where the minutes stand. Leaving 'draft' (circulating them) gives the minute
 * numbers out for good; until then they are provisional and a deleted draft burns none.
 */
export const MeetingStatusSchema = z.enum(['draft', 'circulated', 'approved', 'signed']);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

/** What the officer types to set up a meeting before it starts. */
export const MeetingSetupSchema = z.object({
  bodyId: IdSchema,
  title: z.string().trim().min(1, 'Give the meeting a name').max(200),
  date: IsoDateSchema,
  /** Optional: the house format never prints it, so null (not given) is as good as a time. */
  startTime: ClockTimeSchema.nullable(),
  venue: z.string().trim().max(300),
});
export type MeetingSetup = z.infer<typeof MeetingSetupSchema>;

/**
 * How minutes that have left draft print, whatever happens to the body and its roster afterwards: the body's
 * settings and roster as they stood when the minutes were circulated (or as the meeting file they were
 * imported from had them). A draft has none and follows the body and roster as they are now.
 */
export const PrintRecordSchema = z.object({
  body: BodySettingsSchema,
  roster: z.array(PersonSchema).max(MAX_ROSTER),
});

/** The most items an agenda may have, and arrivals and departures a meeting may record: far beyond any meeting. */
export const MAX_AGENDA_ITEMS = 500;
export const MAX_MOVEMENTS = 2000;
export type PrintRecord = z.infer<typeof PrintRecordSchema>;

/**
 * Minutes read in from a Word file: signed outside Minute Book, so they are kept as they were (read-only until the
 * officer unlocks them), with the minute numbers they had.
 */
export const ImportedFromSchema = z.object({
  /** The Word file's name, without its folder. */
  fileName: z.string().trim().min(1).max(500),
  /** When it was read (ms since 1970). */
  importedAt: TimestampSchema,
});
export type ImportedFrom = z.infer<typeof ImportedFromSchema>;

/** A stored meeting: its setup, agenda, attendance and bookkeeping. The minutes text lives in its draft. */
export const MeetingSchema = MeetingSetupSchema.extend({
  id: IdSchema,
  agenda: z.array(AgendaItemSchema).max(MAX_AGENDA_ITEMS),
  attendance: AttendanceSchema,
  movements: z.array(MovementSchema).max(MAX_MOVEMENTS),
  /** When the meeting reached each agenda item (item id → hh:mm), recorded as the officer moves to it. */
  itemTimes: z.record(IdSchema, ClockTimeSchema),
  status: MeetingStatusSchema,
  /** Minute numbers given out for good (item id → number); null while the minutes are a draft. */
  minuteNumbers: z.record(IdSchema, z.number().int().min(1).max(MAX_MINUTE_NUMBER)).nullable(),
  /** Set when the minutes leave draft: see PrintRecordSchema. */
  printedAs: PrintRecordSchema.optional(),
  /** Set when the minutes were read in from a Word file (see ImportedFromSchema); absent for minutes taken in Minute Book. */
  imported: ImportedFromSchema.optional(),
  /**
   * House-style findings the officer dismissed for this meeting (StyleFinding.key): kept with the meeting, so a
   * meeting file or backup carries them and the check leaves them out wherever it runs. Absent until the first.
   */
  dismissedFindings: DismissedFindingsSchema.optional(),
  /**
   * Where the actions marked in this meeting's minutes stand in the committee's action log, once changed from
   * open at a later meeting (see shared/domain/actions.ts): kept with the meeting, so a meeting file or backup
   * carries them. Absent until the first.
   */
  actionStatuses: ActionStatusesSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
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
