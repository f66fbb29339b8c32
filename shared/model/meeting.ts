import { z } from 'zod';

/** The word a body prints at the head of its minutes: partnerships keep NOTES, formal committees MINUTES. */
export const DocumentWordSchema = z.enum(['NOTES', 'MINUTES']);
export type DocumentWord = z.infer<typeof DocumentWordSchema>;

/** ISO calendar date (yyyy-mm-dd) that is a real day of the year. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written yyyy-mm-dd')
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, 'That date does not exist');

/** 24-hour clock time (hh:mm). */
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time written hh:mm');

/** What the officer types to set up a meeting before it starts. */
export const MeetingDetailsSchema = z.object({
  title: z.string().trim().min(1, 'Give the meeting a name').max(200),
  bodyName: z.string().trim().min(1, 'Name the committee or partnership').max(200),
  documentWord: DocumentWordSchema,
  date: IsoDateSchema,
  startTime: ClockTimeSchema,
  venue: z.string().trim().max(300),
});
export type MeetingDetails = z.infer<typeof MeetingDetailsSchema>;

/** A stored meeting: its details plus identity and bookkeeping. The minutes text lives in its draft. */
export const MeetingSchema = MeetingDetailsSchema.extend({
  id: z.string().min(1),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** The default name of a new meeting: "Kent Community Safety Partnership, 19 March 2015". */
export function defaultMeetingTitle(bodyName: string, isoDate: string): string {
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const parsed = new Date(`${isoDate}T00:00:00Z`);
  const when = Number.isNaN(parsed.getTime()) ? isoDate : day.format(parsed);
  return `${bodyName.trim()}, ${when}`;
}
