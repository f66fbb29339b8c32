/**
 * How big and how deep a meeting file may be. Each limit is far beyond anything Minute Book writes for a real
 * meeting (a three-hour meeting of 100,000 words is about 1.4 MB, nests about 20 levels and has about 150,000
 * pieces) and low enough that any file within them is read and checked in a few seconds, in a few times its
 * size of memory. Anything beyond them is refused before it is parsed.
 */

/** Nothing a council meets about needs more; a bigger file is refused before it is read (kept with every door's limits). */
export { MEETING_FILE_MAX_BYTES } from '../limits';

/** How deeply the JSON may nest: minutes with lists nine levels deep nest about 50. */
export const MAX_JSON_DEPTH = 64;

/** The longest text any one field may hold (a paragraph of some 15,000 words). */
export const MAX_TEXT_LENGTH = 100_000;

/** Lists within lists: Word numbers nine levels. */
export const MAX_LIST_NESTING = 9;

/** How far a paragraph may be indented (the editor stops at 4). */
export const MAX_INDENT = 9;

/** The most nodes the minutes may hold (a 100,000-word meeting has about 30,000). */
export const MAX_EDITOR_NODES = 500_000;

/** The most characters of text the minutes may hold: some 800,000 words, eight times the longest meeting benchmarked. */
export const MAX_MINUTES_CHARACTERS = 5_000_000;

/** The most standing phrases a file may carry for its body. */
export const MAX_STANDING_PHRASES = 500;

/**
 * The most objects and lists, and the most values of any kind, a text of `length` characters may hold.
 * Minute Book's own JSON spends at least 30 characters per object and 4 per value; a file made of nothing but
 * `[]` or `{}` would cost V8 some twenty times its size to parse, so such a file is refused by count instead.
 */
export function pieceBudget(length: number): { containers: number; values: number } {
  return { containers: 10_000 + Math.floor(length / 24), values: 10_000 + Math.floor(length / 4) };
}
