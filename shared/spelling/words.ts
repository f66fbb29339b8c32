import { z } from 'zod';

/** One word of a paragraph, where it is: [start, end) in UTF-16 code units of the paragraph's text. */
export interface WordToken {
  word: string;
  start: number;
  end: number;
}

/**
 * Web and e-mail addresses are never spell-checked: they are found first and their words skipped.
 * (www.kent.gov.uk, https://…, someone@kent.gov.uk)
 */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;

/**
 * A word: letters and digits, joined by inner apostrophes (’ or ') and hyphens, so "don’t", "Peerbux’s",
 * "Vice-Chairman" and "co-ordinate" are one word each. A quote mark at either end is not part of the word.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‐-][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of a paragraph's text that the spelling check should look at, in order. */
export function spellingWords(text: string): WordToken[] {
  const skipped: Array<[number, number]> = [];
  for (const match of text.matchAll(ADDRESS)) skipped.push([match.index, match.index + match[0].length]);
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (skipped.some(([from, to]) => start < to && end > from)) continue;
    tokens.push({ word: match[0], start, end });
  }
  return tokens;
}

/** A word the officer adds to the personal dictionary or ignores: one word, no spaces, as typed. */
export const DictionaryWordSchema = z
  .string()
  .trim()
  .min(1, 'Give a word')
  .max(64, 'A word is at most 64 letters')
  .regex(/^[^\s]+$/u, 'One word only, with no spaces');

/** The form a word is compared in: curly apostrophes made straight (the dictionary's are straight). */
export function normaliseWord(word: string): string {
  return word.replace(/[’‘]/g, "'").replace(/‐/g, '-');
}
