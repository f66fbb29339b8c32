import { z } from 'zod';

/**
 * The officer's own abbreviations for a committee: a short form typed in the minutes ("kcc") that AutoCorrect
 * writes out in full ("Kent County Council") as the word ends. Kept on the body (`Body.abbreviations`), edited on
 * the committee's page, read by the editor through the minutes context.
 */

/** The most abbreviations one committee keeps (a page of them is already many). */
export const MAX_ABBREVIATIONS = 500;
export const MAX_SHORT_FORM = 20;
export const MAX_FULL_FORM = 200;

/**
 * A short form is one word as the officer types it: letters or digits first, then letters, digits and the
 * marks found inside abbreviations (. & - and an apostrophe). No space, and no "@" or "/", which open the
 * people and phrase lists.
 */
const SHORT_FORM = /^[\p{L}\p{N}][\p{L}\p{N}.&'’-]*$/u;
/** Control characters and line breaks: a full form is one line of text. */
const NOT_ONE_LINE = /[\p{Cc}\u2028\u2029]/u;

export const ShortFormSchema = z
  .string()
  .trim()
  .min(1, 'Give the short form you will type, such as “kcc”')
  .max(MAX_SHORT_FORM, `A short form is at most ${MAX_SHORT_FORM} characters`)
  .regex(SHORT_FORM, 'A short form is one word of letters and digits, such as “kcc” (. & - or an apostrophe may follow)');

export const FullFormSchema = z
  .string()
  .trim()
  .min(1, 'Give the words it stands for, such as “Kent County Council”')
  .max(MAX_FULL_FORM, `The words it stands for are at most ${MAX_FULL_FORM} characters`)
  .refine((text) => !NOT_ONE_LINE.test(text), 'The words it stands for are one line of text');

export const AbbreviationSchema = z.object({
  /** What the officer types: "kcc". */
  short: ShortFormSchema,
  /** What the minutes print: "Kent County Council". */
  full: FullFormSchema,
});
export type Abbreviation = z.infer<typeof AbbreviationSchema>;

/** Two short forms are the same whatever their case: "kcc" and "KCC" cannot both be on the list. */
export function sameShortForm(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');
}

/** The index of the first entry before `index` with the same short form, or -1. */
function earlierTwin(list: readonly Abbreviation[], index: number): number {
  return list.findIndex((other, at) => at < index && sameShortForm(other.short, list[index]!.short));
}

/** A committee's list: each short form once. */
export const AbbreviationListSchema = z
  .array(AbbreviationSchema)
  .max(MAX_ABBREVIATIONS, `A committee keeps at most ${MAX_ABBREVIATIONS} abbreviations`)
  .superRefine((list, ctx) => {
    for (let index = 1; index < list.length; index++) {
      const twin = earlierTwin(list, index);
      if (twin !== -1) ctx.addIssue({ code: 'custom', path: [index, 'short'], message: `The same short form as abbreviation ${twin + 1}` });
    }
  });

/**
 * What is wrong with adding `entry` to `list` in place of `replacing` (an index, or null for a new one): the first
 * problem as a plain sentence, or null. The editing form and the stored list use the same rules.
 */
export function abbreviationProblem(entry: { short: string; full: string }, list: readonly Abbreviation[], replacing: number | null): string | null {
  const checked = AbbreviationSchema.safeParse(entry);
  if (!checked.success) return `${checked.error.issues[0]!.message}.`;
  const twin = list.findIndex((other, at) => at !== replacing && sameShortForm(other.short, checked.data.short));
  if (twin !== -1) return `“${list[twin]!.short}” is already on the list, for “${list[twin]!.full}”.`;
  if (replacing === null && list.length >= MAX_ABBREVIATIONS) return `A committee keeps at most ${MAX_ABBREVIATIONS} abbreviations.`;
  return null;
}

/** Finds a short form's full form: built once when the list changes, asked once per word ended. */
export interface AbbreviationLookup {
  /** The full form for a word as typed, or null. */
  fullFormOf(word: string): string | null;
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1);
}

/**
 * The lookup for a list. Case follows Word's AutoCorrect: the short form as it was saved writes the full form as it
 * was saved; a lower-case short form typed with a capital first letter (at a sentence's start) writes the full form
 * with a capital first letter; any other case is left alone, so "KCC" stays the printed abbreviation when "kcc" is
 * the short form.
 */
export function abbreviationLookup(list: readonly Abbreviation[]): AbbreviationLookup {
  const byShort = new Map<string, string>();
  for (const { short, full } of list) byShort.set(short, full);
  return {
    fullFormOf(word) {
      const exact = byShort.get(word);
      if (exact !== undefined) return exact;
      const first = word.charAt(0);
      const rest = word.slice(1);
      if (first === first.toLocaleLowerCase('en-GB') || rest !== rest.toLocaleLowerCase('en-GB')) return null;
      const lower = byShort.get(first.toLocaleLowerCase('en-GB') + rest);
      return lower === undefined ? null : capitalised(lower);
    },
  };
}

/** A lookup that finds nothing. */
export const NO_ABBREVIATIONS: AbbreviationLookup = { fullFormOf: () => null };

/**
 * A committee's list with a file's added where this computer lacks them (an imported or restored meeting of a
 * committee already here): the list here stays as it is, in its order, and the file's other short forms follow,
 * up to the most a committee keeps.
 */
export function withAbbreviationsAdded(here: readonly Abbreviation[], fromFile: readonly Abbreviation[]): Abbreviation[] {
  const merged = [...here];
  for (const entry of fromFile) {
    if (merged.length >= MAX_ABBREVIATIONS) break;
    if (!merged.some((other) => sameShortForm(other.short, entry.short))) merged.push({ ...entry });
  }
  return merged;
}
