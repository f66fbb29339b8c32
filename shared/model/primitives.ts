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
