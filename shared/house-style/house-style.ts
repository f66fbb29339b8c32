import { z } from 'zod';
import type { DashStyle, QuoteStyle } from '../autocorrect/typing-rules';

/**
 * How a council prints its minutes: the settings of the Word export, with the
 * county default read off ../shared/HOUSE-FORMAT.md. A body stores only the
 * settings it changes (`Body.houseStyle`); the rest follow the default, so a
 * change to the default reaches every body that never chose otherwise.
 */
/** Where a person is named in full with their role: at their first mention in each minute, or only the first in the meeting. */
export const FirstMentionRuleSchema = z.enum(['minute', 'meeting']);
export type FirstMentionRule = z.infer<typeof FirstMentionRuleSchema>;

export const QuoteStyleSchema = z.enum(['straight', 'curly']) satisfies z.ZodType<QuoteStyle>;
export const DashStyleSchema = z.enum(['en', 'em', 'off']) satisfies z.ZodType<DashStyle>;

export const HouseStyleSchema = z.object({
  /** Font for everything (the council's font): Arial by default. */
  font: z.string().trim().min(1).max(60),
  /** Body text size in points. */
  fontSizePt: z.number().min(8).max(16),
  paper: z.enum(['A4', 'Letter']),
  /** Page margins in millimetres (top, right, bottom, left alike). */
  marginMm: z.number().min(10).max(40),
  /** "10.00 am" (dotted, spaced) or "10:00am" (colon, closed), as the council writes times. */
  timeStyle: z.enum(['10.00 am', '10:00am']),
  /** Print the council's name above the body's ("KENT COUNTY COUNCIL"). */
  showCouncilName: z.boolean(),
  /** The signature block at the end: a line for the chair's signature, their title under it, and a date line. */
  signatureBlock: z.boolean(),
  /** Name a person in full ("Mr Peerbux (Head of Community Safety, KCC)") at their first mention in each minute, or in the meeting. */
  firstMention: FirstMentionRuleSchema,
  /** The word for a motion carried on a vote ("carried", or "agreed"): "On being put to the vote the motion was carried." */
  voteCarried: z.string().trim().min(1).max(40),
  /** The word for a motion lost on a vote ("lost", or "not carried"). */
  voteLost: z.string().trim().min(1).max(40),
  /** Print a vote's counts after its result: "(for 7, against 3, abstentions 1)". */
  voteCounts: z.boolean(),
  // The house-style check before circulating (shared/style-check): each rule on unless the body turns it off.
  /** First person ("I", "we", "our") outside quotations. */
  checkFirstPerson: z.boolean(),
  /** Present or future tense in reported speech ("will", "is", "are"). */
  checkTense: z.boolean(),
  /** Contractions ("don't", "it's"). */
  checkContractions: z.boolean(),
  /** Names not on the roster, or spelt two ways. */
  checkNames: z.boolean(),
  /** Abbreviations not spelt out at their first use. */
  checkAbbreviations: z.boolean(),
  /** Minutes without a resolution, and RESOLVED in the middle of a paragraph. */
  checkResolutions: z.boolean(),
  /** Template blanks and typed placeholders left unfilled. */
  checkBlanks: z.boolean(),
  /** Abbreviations this body's readers know without a spelling out, besides the usual ones: "KFRS, PCC". */
  knownAbbreviations: z.string().trim().max(1000),
  // AutoCorrect as the officer types (shared/autocorrect): how the council prints what a keyboard types plainly.
  /** Quotation marks and apostrophes: straight (' ") as typed, or curly (‘ ’ “ ”). */
  quotes: QuoteStyleSchema,
  /** A hyphen typed between spaces (or two inside a word) becomes an en dash (–), an em dash (—), or stays. */
  dashes: DashStyleSchema,
});
export type HouseStyle = z.infer<typeof HouseStyleSchema>;

/** Kent County Council's house format (HOUSE-FORMAT.md): Arial 12 pt on A4, dotted times, signature block. */
export const COUNTY_HOUSE_STYLE: HouseStyle = {
  font: 'Arial',
  fontSizePt: 12,
  paper: 'A4',
  marginMm: 25.4,
  timeStyle: '10.00 am',
  showCouncilName: true,
  signatureBlock: true,
  firstMention: 'minute',
  voteCarried: 'carried',
  voteLost: 'lost',
  voteCounts: true,
  checkFirstPerson: true,
  checkTense: true,
  checkContractions: true,
  checkNames: true,
  checkAbbreviations: true,
  checkResolutions: true,
  checkBlanks: true,
  knownAbbreviations: '',
  // AutoCorrect changes nothing typed until a body asks for it: what the officer types is what prints, and a
  // council that prints curly quotes or en dashes chooses them on its page.
  quotes: 'straight',
  dashes: 'off',
};

/** The settings a body changed; everything else is the county's. */
export const HouseStyleOverridesSchema = HouseStyleSchema.partial();
export type HouseStyleOverrides = z.infer<typeof HouseStyleOverridesSchema>;

/** A body's full house style: its own choices over the county default. */
export function houseStyleOf(overrides: HouseStyleOverrides | undefined): HouseStyle {
  return { ...COUNTY_HOUSE_STYLE, ...(overrides ?? {}) };
}

/** Only the settings that differ from the county's: what a body stores. */
export function houseStyleOverrides(style: HouseStyle): HouseStyleOverrides {
  const overrides: Record<string, unknown> = {};
  for (const key of Object.keys(COUNTY_HOUSE_STYLE) as (keyof HouseStyle)[]) {
    if (style[key] !== COUNTY_HOUSE_STYLE[key]) overrides[key] = style[key];
  }
  return overrides as HouseStyleOverrides;
}
