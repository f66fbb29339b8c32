import { z } from 'zod';

/** The word a body prints at the head of its minutes: partnerships keep NOTES, formal committees MINUTES. */
export const DocumentWordSchema = z.enum(['NOTES', 'MINUTES']);
export type DocumentWord = z.infer<typeof DocumentWordSchema>;

/** The years a meeting may fall in: a date outside them is a slip of the keyboard, not a meeting. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

/** ISO calendar date (yyyy-mm-dd) that is a real day of the year, between EARLIEST_YEAR and LATEST_YEAR. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written yyyy-mm-dd')
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, 'That date does not exist')
  .refine((value) => {
    const year = Number(value.slice(0, 4));
    return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
  }, `Use a year from ${EARLIEST_YEAR} to ${LATEST_YEAR}`);

/** 24-hour clock time (hh:mm). */
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time written hh:mm');

/**
 * What an id may be: letters, digits, "-" and "_", starting with a letter or digit, at most 128 (the app's
 * UUIDs and the seed files' "kcsp-2015-03-19", "p-hill"). Anything else, such as "../" or "__proto__", could
 * reach outside a backups folder or be mistaken for a property every object has, so it is never stored.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
export const IdSchema = z.string().regex(ID_PATTERN, 'An id may hold only letters, digits, - and _ (at most 128), starting with a letter or digit');

/** A moment as JavaScript counts it (ms since 1970): whole, and within the range a Date can show. */
export const TimestampSchema = z.number().int().min(0).max(8_640_000_000_000_000);

/** The largest minute number a body can give: six figures, as lastMinuteNumber allows. */
export const MAX_MINUTE_NUMBER = 999_999;
