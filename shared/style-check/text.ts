import { spellingWords, type WordToken } from '../spelling/words';
import type { CheckedParagraph } from './checked-minutes';

/**
 * Reading a paragraph's text for the rules: its words, where its sentences start, and the stretches left alone
 * (quotations, titles, people named from the roster, blanks).
 */

export type { WordToken };

/** The words of a text (web and e-mail addresses skipped), as the spelling check reads them. */
export function wordsOf(text: string): WordToken[] {
  return spellingWords(text);
}

const paragraphWords = new WeakMap<CheckedParagraph, readonly WordToken[]>();

/** The words of a paragraph, read once for all the rules. */
export function wordsOfParagraph(paragraph: CheckedParagraph): readonly WordToken[] {
  let tokens = paragraphWords.get(paragraph);
  if (tokens === undefined) {
    tokens = spellingWords(paragraph.text);
    paragraphWords.set(paragraph, tokens);
  }
  return tokens;
}

export interface Range {
  start: number;
  end: number;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const opensHere = (ch: string | undefined): boolean => ch === undefined || /[\s([{\u2013\u2014/-]/.test(ch);

/**
 * Quotations in a paragraph: “…”, ‘…’, "…" and '…', each from its opening mark to its closing one. A single
 * curly or straight quote opens only where a word could start (after a space or bracket) and closes only where
 * a word ends, so apostrophes (“the Partnership’s”, “Parris' contribution”) are never taken for quotes. A quote
 * left open is not a quotation: it would hide the rest of the paragraph from every rule.
 */
export function quotationSpans(text: string): Range[] {
  const spans: Range[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    let close = -1;
    if (ch === '“') {
      close = text.indexOf('”', i + 1);
    } else if (ch === '"' && opensHere(text[i - 1])) {
      close = text.indexOf('"', i + 1);
    } else if ((ch === '‘' || ch === "'") && opensHere(text[i - 1]) && isLetter(text[i + 1])) {
      const closing = ch === '‘' ? '’' : "'";
      for (let j = text.indexOf(closing, i + 1); j !== -1; j = text.indexOf(closing, j + 1)) {
        if (!isLetter(text[j + 1]) && !/\s/.test(text[j - 1] ?? ' ')) {
          close = j;
          break;
        }
      }
    }
    if (close !== -1) {
      spans.push({ start: i, end: close + 1 });
      i = close + 1;
    } else {
      i += 1;
    }
  }
  return spans;
}

const paragraphLeftAlone = new WeakMap<CheckedParagraph, readonly Range[]>();

/** The stretches of a paragraph the text rules leave alone: quotations, italics (titles), mentions and blanks. */
export function leftAlone(paragraph: CheckedParagraph): readonly Range[] {
  let ranges = paragraphLeftAlone.get(paragraph);
  if (ranges === undefined) {
    // A sentence marked as an action is still the officer's prose: the rules read it like any other.
    ranges = [...paragraph.marked.filter((span) => span.kind !== 'action'), ...quotationSpans(paragraph.text)];
    paragraphLeftAlone.set(paragraph, ranges);
  }
  return ranges;
}

/** Whether [start, end) overlaps any of the ranges. */
export function overlaps(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((range) => start < range.end && end > range.start);
}

/**
 * Whether the word at `index` begins a sentence: nothing but spaces, quotes, brackets and dashes between it and the
 * start of the paragraph or the end of the sentence before (. ! ? and also : ;, after which minutes often go on
 * with a capital).
 */
export function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"'“”‘’([\u2013\u2014-]/.test(text[i]!)) i -= 1;
  return i < 0 || /[.!?:;]/.test(text[i]!);
}

/** Whether a word begins with a capital letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * A capitalised word in the middle of a sentence is part of a name or a title ("the Our Kent strategy", "Will
 * Smith"): the rules about ordinary words leave it alone.
 */
export function isInNameOrTitle(text: string, token: WordToken): boolean {
  return isCapitalised(token.word) && !startsSentence(text, token.start);
}

/** The word before / after `token` in the paragraph (lower case), or '' at either end. */
export function neighbour(tokens: readonly WordToken[], at: number, step: -1 | 1, distance = 1): string {
  return tokens[at + step * distance]?.word.toLowerCase() ?? '';
}

/** What lies between two tokens (or a token and the end): to tell "would have" from "would, have". */
export function gapBetween(text: string, before: WordToken, after: WordToken): string {
  return text.slice(before.end, after.start);
}

/** The two words either side of [start, end), lower case: what a dismissal key is anchored to. */
export function contextWords(text: string, start: number, end: number): string {
  const before = wordsOf(text.slice(0, start)).slice(-2);
  const after = wordsOf(text.slice(end)).slice(0, 2);
  return [...before.map((t) => t.word), '|', ...after.map((t) => t.word)].join(' ').toLowerCase();
}

/** "will" → "would", keeping a capital: "Will" → "Would". */
export function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model.length > 1) return word.toUpperCase();
  return isCapitalised(model) ? word[0]!.toUpperCase() + word.slice(1) : word;
}
