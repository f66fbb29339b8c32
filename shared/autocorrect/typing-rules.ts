import { NO_ABBREVIATIONS, type AbbreviationLookup } from './abbreviations';

/**
 * Word's AutoCorrect as the officer types, as pure rules on the text just before the caret: quotation marks and
 * apostrophes as the house style prints them, dashes, and the committee's abbreviations. Each rule looks only at
 * the character just typed and the word it ends; nothing here reads more than one word back.
 */

/** Straight (' ") as typed, or curly (‘ ’ “ ”) as Word's AutoFormat gives them. */
export type QuoteStyle = 'straight' | 'curly';
/** What a hyphen standing for a dash becomes: an en dash (–), an em dash (—), or nothing (left as typed). */
export type DashStyle = 'en' | 'em' | 'off';

export interface TypingRules {
  quotes: QuoteStyle;
  dashes: DashStyle;
  abbreviations: AbbreviationLookup;
}

/** Corrections off: what the editor uses before it knows the house style. */
export const NO_CORRECTIONS: TypingRules = { quotes: 'straight', dashes: 'off', abbreviations: NO_ABBREVIATIONS };

export type CorrectionKind = 'quote' | 'dash' | 'abbreviation';

/** Replace `text.slice(from, to)` with `replacement`; the caret stays after the character typed. */
export interface Correction {
  kind: CorrectionKind;
  from: number;
  to: number;
  replacement: string;
  /** The text replaced, as typed (what Ctrl+Z gives back). */
  typed: string;
}

/**
 * The text a correction is decided on: `text` ends with the character just typed; its first `lead` characters
 * belong to what comes before the text node the caret is in (one character at most: a space for a line break,
 * a letter standing for a person's name, the last character of differently formatted text) and are never
 * replaced. `startsParagraph` says nothing at all comes before `text`.
 */
export interface TypedText {
  text: string;
  lead: number;
  startsParagraph: boolean;
}

const WHITESPACE = /\s/u;
/** After these a quotation mark opens: a space, an opening bracket or quotation mark, a dash or slash. */
const OPENS_AFTER = /[\s([{“‘«–—/]/u;
/** Punctuation that may come before a word without being part of it. */
const LEADING_PUNCTUATION = /^[([{“‘"']+/u;
/** Punctuation, and a possessive, that may end a word without being part of it: "kcc’s," → "kcc". */
const TRAILING_PUNCTUATION = /(?:['’]s?)?[)\]}”’"'.,;:!?…]*$/u;
/** A year or decade with its century left out: ’90s, ’19 (the apostrophe stands for the missing digits). */
const ELIDED_YEAR = /^([([{“"]*)‘(\d\d(?:s|th)?)(?![\p{L}\p{N}])/u;
const DOUBLE_HYPHEN_IN_WORD = /(?<=[\p{L}\p{N}])--(?=[\p{L}\p{N}])/gu;

const DASH: Readonly<Record<Exclude<DashStyle, 'off'>, string>> = { en: '–', em: '—' };

/** What AutoCorrect does about the character just typed (the last of `typed.text`), or null. */
export function correctionFor(typed: TypedText, rules: TypingRules): Correction | null {
  const { text } = typed;
  const last = text.charAt(text.length - 1);
  if (last === "'" || last === '"') return quoteCorrection(typed, rules);
  if (WHITESPACE.test(last)) return wordEndCorrection(typed, rules);
  return null;
}

/** Where the word ending at `end` starts: after the last whitespace before it (or at the text's start). */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && !WHITESPACE.test(text.charAt(start - 1))) start--;
  return start;
}

/** Whether the word is for a list of people (@) or phrases (/), whose pop-ups own what is typed. */
function isMenuQuery(word: string): boolean {
  return word.startsWith('/') || word.includes('@');
}

/** A straight quotation mark just typed becomes an opening or closing one by what comes before it. */
function quoteCorrection({ text, lead, startsParagraph }: TypedText, rules: TypingRules): Correction | null {
  if (rules.quotes !== 'curly') return null;
  const at = text.length - 1;
  if (at < lead) return null;
  const word = text.slice(wordStart(text, at), at);
  if (isMenuQuery(word)) return null;
  const before = text.charAt(at - 1);
  const opening = at === 0 ? startsParagraph : OPENS_AFTER.test(before);
  const straight = text.charAt(at);
  const replacement = straight === "'" ? (opening ? '‘' : '’') : opening ? '“' : '”';
  return { kind: 'quote', from: at, to: at + 1, replacement, typed: straight };
}

/** A space just ended a word: a hyphen standing alone, an abbreviation, an elided year, a double hyphen. */
function wordEndCorrection(typed: TypedText, rules: TypingRules): Correction | null {
  const { text, lead } = typed;
  const end = text.length - 1;
  const start = wordStart(text, end);
  // A word running on from the node before (a name, other formatting) is not a word of its own here.
  if (start < lead || (start === 0 && lead > 0) || start === end) return null;
  const word = text.slice(start, end);
  if (isMenuQuery(word)) return null;
  return loneDash(typed, start, word, rules) ?? abbreviation(start, word, rules) ?? elidedYear(start, word, rules) ?? doubleHyphen(start, word, rules);
}

/** "the report - which" → "the report – which": a hyphen (or two) between spaces, after a word, is a dash. */
function loneDash({ text }: TypedText, start: number, word: string, rules: TypingRules): Correction | null {
  if (rules.dashes === 'off' || (word !== '-' && word !== '--')) return null;
  // Not at a paragraph's start (a typed bullet) nor after another space: only between words.
  if (start < 2 || !WHITESPACE.test(text.charAt(start - 1)) || WHITESPACE.test(text.charAt(start - 2))) return null;
  return { kind: 'dash', from: start, to: start + word.length, replacement: DASH[rules.dashes], typed: word };
}

/** "kcc" → "Kent County Council", keeping punctuation around it: "(kcc’s)" → "(Kent County Council’s)". */
function abbreviation(start: number, word: string, rules: TypingRules): Correction | null {
  const opening = LEADING_PUNCTUATION.exec(word)?.[0].length ?? 0;
  const whole = word.slice(opening);
  const candidates = [whole, whole.replace(TRAILING_PUNCTUATION, '')];
  for (const candidate of candidates) {
    if (candidate === '') continue;
    const full = rules.abbreviations.fullFormOf(candidate);
    if (full !== null) {
      const from = start + opening;
      return { kind: 'abbreviation', from, to: from + candidate.length, replacement: full, typed: candidate };
    }
  }
  return null;
}

/** "‘90s" → "’90s": an apostrophe for a century left out, which the quote rule took for an opening mark. */
function elidedYear(start: number, word: string, rules: TypingRules): Correction | null {
  if (rules.quotes !== 'curly') return null;
  const found = ELIDED_YEAR.exec(word);
  if (!found) return null;
  const from = start + found[1]!.length;
  return { kind: 'quote', from, to: from + 1, replacement: '’', typed: '‘' };
}

/** "2019--20" → "2019–20", "word--word" → "word—word": a double hyphen inside a word, as the house style's dash. */
function doubleHyphen(start: number, word: string, rules: TypingRules): Correction | null {
  if (rules.dashes === 'off') return null;
  const replacement = word.replace(DOUBLE_HYPHEN_IN_WORD, DASH[rules.dashes]);
  if (replacement === word) return null;
  return { kind: 'dash', from: start, to: start + word.length, replacement, typed: word };
}
