import { z } from 'zod';
import { IdSchema } from './primitives';

/** Members sit on the body; officers serve it; visitors and substitutes are added on the day. */
export const PersonKindSchema = z.enum(['member', 'officer', 'visitor']);
export type PersonKind = z.infer<typeof PersonKindSchema>;

export const OfficeSchema = z.enum(['chair', 'vice-chair']);
export type Office = z.infer<typeof OfficeSchema>;

/** What the officer types about a person on the roster. */
export const PersonDetailsSchema = z.object({
  /** Mr, Ms, Mrs, Miss, Dr, Cllr, Supt, DI, DCI … (free text) on the attendance lines; may be empty ("Matthew Burbeck", "Widden"). */
  title: z.string().trim().max(40),
  /** "Matthew" for Matthew Burbeck: printed in place of the initials; absent or empty when the council uses initials. */
  forename: z.string().trim().max(60).optional(),
  /** "P M" for Mr P M Hill; may be empty. */
  initials: z.string().trim().max(20),
  surname: z.string().trim().min(1, 'Give a surname').max(100),
  /**
   * The title the minutes' text uses when it names the person ("DCI Loose" in the text, "Mr B Loose" on the
   * attendance line); absent or empty: the attendance title.
   */
  textTitle: z.string().trim().max(40).optional(),
  /** "OBE", printed after a comma: "Mr P M Hill, OBE". */
  honours: z.string().trim().max(60),
  /** "Head of Community Safety"; printed in brackets at first mention and for officers in attendance. */
  role: z.string().trim().max(200),
  /** "KCC", "Kent Police". */
  organisation: z.string().trim().max(200),
  kind: PersonKindSchema,
  office: OfficeSchema.nullable(),
});
export type PersonDetails = z.infer<typeof PersonDetailsSchema>;

/** The most people a body's roster may hold: far more than sit on or serve any committee. */
export const MAX_ROSTER = 2000;

/** Someone on a body's roster. Retired people stay (old minutes name them) but are not offered. */
export const PersonSchema = PersonDetailsSchema.extend({
  id: IdSchema,
  bodyId: IdSchema,
  retired: z.boolean(),
});
export type Person = z.infer<typeof PersonSchema>;
