import { wordKeys } from './words';

/**
 * What the officer typed in the search box, as search reads it: every word must be in the minute (all-words
 * matching, as a search engine does), words in "quotation marks" must come together in that order (a phrase),
 * and the last word, while it is still being typed, matches any word it begins ("resol" finds "resolved").
 */
export interface SearchQuery {
  /** Every word to be found, each as search compares it, phrase words included. */
  words: string[];
  /** Runs of words that must come together in one paragraph, in order (each of two words or more). */
  phrases: string[][];
  /** The word still being typed (the last, outside quotes, with no space after it), matched as a prefix. */
  prefix: string | null;
}

/** Reads a query; null when it holds no word at all. */
export function parseQuery(input: string): SearchQuery | null {
  const words: string[] = [];
  const phrases: string[][] = [];
  let prefix: string | null = null;
  // Quoted runs and bare runs alternate; an unclosed quote runs to the end.
  const parts = input.split(/["“”]/);
  parts.forEach((part, index) => {
    const keys = wordKeys(part);
    if (keys.length === 0) return;
    words.push(...keys);
    const quoted = index % 2 === 1;
    if (quoted && keys.length > 1) phrases.push(keys);
    const last = index === parts.length - 1;
    if (!quoted && last && !/[\s\p{P}]$/u.test(part)) prefix = keys[keys.length - 1]!;
  });
  return words.length === 0 ? null : { words, phrases, prefix };
}
