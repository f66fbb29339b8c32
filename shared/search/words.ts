/**
 * How search reads words, in the minutes and in what the officer types alike: one rule, so a word always finds
 * itself. A word is a run of letters and digits, with apostrophes inside it ("officer's", "O'Brien"). It is
 * compared without case or accents ("Café" finds "cafe"), with its apostrophes dropped ("O’Brien" finds "OBrien")
 * and a possessive "'s" taken off ("officer's" finds "officer"). Nothing is stemmed or respelt: "organise" finds
 * only "organise", never "organize", since British spellings are the council's own.
 */

/** A word of a text: where it is, and how search compares it. */
export interface TextWord {
  /** The word as it is compared (see normaliseWord). */
  key: string;
  /** Where the word starts and ends in the text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’]/g;
const POSSESSIVE = /['’]s$/u;

/** A word as search compares it: no case, no accents, no apostrophes, no possessive 's. */
export function normaliseWord(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLocaleLowerCase('en-GB').replace(POSSESSIVE, '').replace(APOSTROPHES, '');
}

/** The words of a text, in order, with where each is. */
export function wordsOf(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const key = normaliseWord(match[0]);
    if (key !== '') words.push({ key, start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** The compared form of each word of a text, in order: how the index splits a text into terms. */
export function wordKeys(text: string): string[] {
  return wordsOf(text).map((word) => word.key);
}
