/**
 * How prediction reads minutes: as tokens that carry the space before them. " report", "report", ",", " (" are
 * four different tokens, so a predicted run of tokens joined end to end is exactly the text to insert, spaces and
 * punctuation included ("Safety, KCC)"), with nothing to guess about spacing.
 *
 * A person named by a mention is one token, PERSON (its printed words depend on where it stands, so the words are
 * not what is learnt): "⟨person⟩ introduced the report" is learnt once for everyone. In text handed to the model a
 * mention is written PERSON_OPEN + roster id + PERSON_CLOSE.
 */

/** Starts a mention in text handed to the model; the roster id follows, then PERSON_CLOSE. */
export const PERSON_OPEN = '\u0002';
/** Ends a mention's roster id. */
export const PERSON_CLOSE = '\u0003';
/** The token a mention becomes, whoever it names. */
export const PERSON = PERSON_OPEN;

/** A mention of `personId`, as written into text handed to the model. */
export function personMark(personId: string): string {
  return `${PERSON_OPEN}${personId}${PERSON_CLOSE}`;
}

/**
 * Tokens are read by hand rather than with a regular expression: building from a million words of past minutes
 * reads about seven million characters, and a Unicode-aware pattern took most of the build's time.
 *
 * A word is letters and digits, joined by an apostrophe, hyphen, slash, full stop or ampersand between two of them
 * ("Vice-Chairman", "year’s", "2018/19", "1.2", "A&E"); a mention is PERSON_OPEN … PERSON_CLOSE; any other single
 * character is a token of its own (punctuation).
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const JOINERS = new Set(["'", '’', '-', '/', '.', '&']);

function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(text.charAt(index));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000;
}

/**
 * Calls `visit` with each token of a paragraph's text, with a single space before it where the text had any white
 * space (none before the first), and the roster id when it is a mention.
 */
export function forEachToken(text: string, visit: (token: string, personId?: string) => void): void {
  let i = 0;
  let spaced = false;
  let first = true;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      spaced = true;
      i += 1;
      continue;
    }
    const space = spaced && !first ? ' ' : '';
    spaced = false;
    first = false;
    if (text[i] === PERSON_OPEN) {
      const close = text.indexOf(PERSON_CLOSE, i + 1);
      const end = close === -1 ? text.length : close;
      visit(`${space}${PERSON}`, text.slice(i + 1, end));
      i = end + 1;
    } else if (isWordCharacter(text, i)) {
      let end = i + 1;
      for (;;) {
        while (end < text.length && isWordCharacter(text, end)) end += 1;
        if (end + 1 < text.length && JOINERS.has(text[end]!) && isWordCharacter(text, end + 1)) end += 2;
        else break;
      }
      visit(space === '' ? text.slice(i, end) : ` ${text.slice(i, end)}`);
      i = end;
    } else {
      // One character (a surrogate pair kept whole).
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      visit(`${space}${text.slice(i, i + width)}`);
      i += width;
    }
  }
}

/** One token of text, and the roster id when it is a mention. */
export interface Token {
  text: string;
  personId?: string;
}

/** The tokens of a paragraph's text (see forEachToken). */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (token, personId) => tokens.push(personId === undefined ? { text: token } : { text: token, personId }));
  return tokens;
}

/** Whether a token is a word (not punctuation or a mention), ignoring the space before it. */
export function isWordToken(token: string): boolean {
  const bare = token.trimStart();
  return bare !== '' && isWordCharacter(bare, 0);
}

/** Whether a token is a mention, with or without the space before it. */
export function isPersonToken(token: string): boolean {
  return token.trimStart() === PERSON;
}

/**
 * The text before the caret, split for prediction: the tokens already complete (the context) and the part of the
 * next token typed so far (`partial`), which the next token must begin with.
 * - "…the repo" → context "…the", partial " repo" (the word may be complete already: " report" itself is a candidate)
 * - "…the " → context "…the", partial " " (the next token is a word after a space)
 * - "…report," or "" → context as it is, partial "" (any next token)
 */
export function splitAtCaret(before: string): { context: Token[]; partial: string } {
  const tokens = tokenise(before);
  if (/\s$/.test(before)) return { context: tokens, partial: tokens.length > 0 ? ' ' : '' };
  const last = tokens[tokens.length - 1];
  if (last && !last.personId && isWordToken(last.text)) return { context: tokens.slice(0, -1), partial: last.text };
  return { context: tokens, partial: '' };
}

/**
 * Whether `candidate` (a token) may complete what was typed (`partial`), and how it then reads: exactly, or with
 * its first letter capitalised where the officer typed a capital and the word is usually lower case ("Th" →
 * "The" from " the"'s spelling). A capitalised word is not lowered: a name keeps its capital. Returns the
 * completed token's text, or null when it does not fit.
 */
export function completeWith(partial: string, candidate: string): string | null {
  if (candidate.length < partial.length) return null;
  if (candidate.startsWith(partial)) return candidate;
  const space = partial.startsWith(' ') ? 1 : 0;
  if (candidate.startsWith(' ') !== (space === 1)) return null;
  const typedFirst = partial.charAt(space);
  const candidateFirst = candidate.charAt(space);
  if (typedFirst === '' || typedFirst === candidateFirst) return null;
  const typedIsCapital = typedFirst !== typedFirst.toLowerCase() && typedFirst === typedFirst.toUpperCase();
  if (!typedIsCapital || candidateFirst.toUpperCase() !== typedFirst) return null;
  const capitalised = `${candidate.slice(0, space)}${typedFirst}${candidate.slice(space + 1)}`;
  return capitalised.startsWith(partial) ? capitalised : null;
}

/** The lower-case key the prefix index sorts a token by (its space kept, so " the" and "the" sort apart). */
export function prefixKey(text: string): string {
  return text.toLocaleLowerCase('en-GB');
}
