import { z } from 'zod';
import { AbbreviationListSchema } from '../autocorrect/abbreviations';
import { HouseStyleOverridesSchema } from '../house-style/house-style';
import { DocumentWordSchema, IdSchema, MAX_MINUTE_NUMBER, TimestampSchema } from './primitives';

/** How minutes are headed: "94. Community Safety Integration Project / (Item B1)" (2015) or "B1 Kent Community …" (2023). */
export const HeadingStyleSchema = z.enum(['minute-numbers', 'agenda-codes']);
export type HeadingStyle = z.infer<typeof HeadingStyleSchema>;

/** What the chair is called after the name and under the signature line. */
export const ChairWordSchema = z.enum(['Chairman', 'Chair']);
export type ChairWord = z.infer<typeof ChairWordSchema>;

/** The settings a committee or partnership keeps from meeting to meeting. */
export const BodySettingsSchema = z.object({
  councilName: z.string().trim().min(1, 'Name the council').max(200),
  name: z.string().trim().min(1, 'Name the committee or partnership').max(200),
  documentWord: DocumentWordSchema,
  defaultVenue: z.string().trim().max(300),
  /** The last minute number given out for good; the next finalised minutes start after it. */
  lastMinuteNumber: z.number().int().min(0).max(MAX_MINUTE_NUMBER),
  headingStyle: HeadingStyleSchema,
  chairWord: ChairWordSchema,
  /** The Word export's settings this body changed from the county's (font, paper, time style …). */
  houseStyle: HouseStyleOverridesSchema.optional(),
});
export type BodySettings = z.infer<typeof BodySettingsSchema>;

/** A committee or partnership, e.g. the Kent Community Safety Partnership of Kent County Council. */
export const BodySchema = BodySettingsSchema.extend({
  id: IdSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /**
   * The officer's abbreviations, written out in full as they are typed ("kcc" → "Kent County Council"). Absent
   * until the first is added. Kept apart from the settings: the settings form never writes it, and minutes that
   * leave draft keep no record of it (it shapes typing, not printing).
   */
  abbreviations: AbbreviationListSchema.optional(),
});
export type Body = z.infer<typeof BodySchema>;

/** The settings a new body starts with: the county's formal template. */
export function defaultBodySettings(name = ''): BodySettings {
  return {
    councilName: 'Kent County Council',
    name,
    documentWord: 'NOTES',
    defaultVenue: '',
    lastMinuteNumber: 0,
    headingStyle: 'minute-numbers',
    chairWord: 'Chairman',
  };
}
