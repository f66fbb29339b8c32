import { MAX_JSON_DEPTH, MAX_TEXT_LENGTH, pieceBudget } from './limits';
import { codePointName, formatNumber, quote } from './words';

/** What the JSON text holds, counted while it was checked. */
export interface JsonShape {
  /** Objects and lists. */
  containers: number;
  /** Values of any kind, objects and lists included (names of fields not counted). */
  values: number;
  /** Characters looked at: the whole text, once. */
  characters: number;
}

/** The text is JSON within the limits (and JSON.parse will read it), or why not, with the line and column. */
export type JsonScan = { ok: true; shape: JsonShape } | { ok: false; problem: string; broken: boolean };

/** What the scanner expects next. */
const Expect = { Value: 0, ValueOrEnd: 1, Name: 2, NameOrEnd: 3, Colon: 4, CommaOrEnd: 5, Nothing: 6 } as const;
type Expect = (typeof Expect)[keyof typeof Expect];

const EXPECTED_WORDS: Record<Expect, string> = {
  [Expect.Value]: 'a value',
  [Expect.ValueOrEnd]: 'a value or the end of a list',
  [Expect.Name]: 'a field name in double quotes',
  [Expect.NameOrEnd]: 'a field name in double quotes or a closing brace',
  [Expect.Colon]: 'a colon',
  [Expect.CommaOrEnd]: 'a comma or a closing bracket',
  [Expect.Nothing]: 'nothing (the JSON had already ended)',
};

const OBJECT = 1;
const ARRAY = 2;

/**
 * Checks that the text is JSON, in one pass and without building anything, before JSON.parse is trusted with
 * it: where it is broken (a file cut short, a stray character) it says so by line and column, and it refuses
 * what would make parsing or checking the parsed value cost too much: nesting deeper than MAX_JSON_DEPTH (so
 * everything after may walk the value recursively), a string longer than MAX_TEXT_LENGTH (a 10 MB id), or more
 * objects and values than pieceBudget allows for a text of this length (a file of nothing but `[]`).
 */
export function scanJsonText(text: string): JsonScan {
  const length = text.length;
  const budget = pieceBudget(length);
  const stack = new Uint8Array(MAX_JSON_DEPTH + 1);
  let depth = 0;
  let containers = 0;
  let values = 0;
  let expect = Expect.Value as Expect;
  let i = 0;

  // Broken JSON is "not JSON (at line 1, column 11 there is …)"; JSON beyond the limits says what it holds.
  const fail = (at: number, what: string): JsonScan => ({ ok: false, broken: true, problem: `it is not JSON (at ${where(text, at)} there is ${what})` });
  const beyond = (at: number, what: string): JsonScan => ({ ok: false, broken: false, problem: `${what} (at ${where(text, at)})` });
  const unexpected = (at: number): JsonScan => fail(at, `${quote(String.fromCodePoint(text.codePointAt(at)!))} where ${EXPECTED_WORDS[expect]} should be`);
  const cutShort = (): JsonScan => ({ ok: false, broken: true, problem: `it is not JSON (it ends early, at ${where(text, length)}: the file looks cut short)` });
  const afterValue = () => {
    expect = depth === 0 ? Expect.Nothing : Expect.CommaOrEnd;
  };
  /** Steps over a closing brace or bracket. */
  const closeContainer = () => {
    i += 1;
    depth -= 1;
    afterValue();
  };
  /** A token that is not whole: cut short, beyond a limit, or broken. */
  const tokenProblem = (problem: TokenProblem): JsonScan =>
    problem.at === length ? cutShort() : problem.beyond ? beyond(problem.at, problem.what) : fail(problem.at, problem.what);

  while (true) {
    // White space between tokens.
    let c = text.charCodeAt(i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
    if (i >= length) {
      if (expect === Expect.Nothing) return { ok: true, shape: { containers, values, characters: length } };
      return cutShort();
    }

    switch (expect) {
      case Expect.Nothing:
        return unexpected(i);
      case Expect.Colon:
        if (c !== 0x3a) return unexpected(i);
        i += 1;
        expect = Expect.Value;
        continue;
      case Expect.CommaOrEnd:
        if (c === 0x2c) {
          i += 1;
          expect = stack[depth] === OBJECT ? Expect.Name : Expect.Value;
          continue;
        }
        if ((c === 0x7d && stack[depth] === OBJECT) || (c === 0x5d && stack[depth] === ARRAY)) {
          closeContainer();
          continue;
        }
        return unexpected(i);
      case Expect.NameOrEnd:
      case Expect.Name: {
        if (c === 0x7d && expect === Expect.NameOrEnd) {
          closeContainer();
          continue;
        }
        if (c !== 0x22) return unexpected(i);
        const end = scanString(text, i);
        if (typeof end !== 'number') return tokenProblem(end);
        i = end;
        expect = Expect.Colon;
        continue;
      }
      case Expect.ValueOrEnd:
      case Expect.Value: {
        if (c === 0x5d && expect === Expect.ValueOrEnd) {
          closeContainer();
          continue;
        }
        values += 1;
        if (values > budget.values) return beyond(i, `it holds more separate values (over ${formatNumber(budget.values)}) than any meeting file of its size could`);
        if (c === 0x7b || c === 0x5b) {
          containers += 1;
          if (containers > budget.containers) return beyond(i, `it holds more groups and lists (over ${formatNumber(budget.containers)}) than any meeting file of its size could`);
          if (depth === MAX_JSON_DEPTH) return beyond(i, `it nests more than ${MAX_JSON_DEPTH} levels deep, far deeper than any meeting file`);
          depth += 1;
          stack[depth] = c === 0x7b ? OBJECT : ARRAY;
          i += 1;
          expect = c === 0x7b ? Expect.NameOrEnd : Expect.ValueOrEnd;
          continue;
        }
        let end: number | TokenProblem;
        if (c === 0x22) end = scanString(text, i);
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) end = scanNumber(text, i);
        else if (text.startsWith('true', i)) end = i + 4;
        else if (text.startsWith('false', i)) end = i + 5;
        else if (text.startsWith('null', i)) end = i + 4;
        else return unexpected(i);
        if (typeof end !== 'number') return tokenProblem(end);
        i = end;
        afterValue();
        continue;
      }
    }
  }
}

/** What is wrong with a token and where; `beyond` when it is JSON but over a limit. */
interface TokenProblem {
  at: number;
  what: string;
  beyond?: boolean;
}

/** The end of the string starting at `start` (its opening quote), or what is wrong with it and where. */
function scanString(text: string, start: number): number | TokenProblem {
  let i = start + 1;
  let characters = 0;
  const length = text.length;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    // Stop at once: a 10 MB id is refused without reading it to its end.
    if (characters > MAX_TEXT_LENGTH) {
      return { at: start, what: `it has a piece of text longer than ${formatNumber(MAX_TEXT_LENGTH)} characters, the most any field holds`, beyond: true };
    }
    if (c === 0x5c) {
      const escape = text.charCodeAt(i + 1);
      if (escape === 0x75) {
        if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) return { at: i, what: 'a broken \\u escape in a piece of text' };
        i += 6;
      } else if (escape === 0x22 || escape === 0x5c || escape === 0x2f || escape === 0x62 || escape === 0x66 || escape === 0x6e || escape === 0x72 || escape === 0x74) {
        i += 2;
      } else {
        return { at: i, what: 'a broken escape (a backslash before a character that cannot follow one) in a piece of text' };
      }
    } else if (c < 0x20) {
      return { at: i, what: `an unescaped control character (${codePointName(c)}) inside a piece of text` };
    } else {
      i += 1;
    }
    characters += 1;
  }
  return { at: length, what: 'the end of the file inside a piece of text' };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function scanNumber(text: string, start: number): number | TokenProblem {
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  if (!match || match[0].length === 0 || match[0] === '-') return { at: start, what: 'a broken number' };
  if (match[0].length > 40) return { at: start, what: 'a number written with more than 40 characters', beyond: true };
  const end = start + match[0].length;
  const next = text.charCodeAt(end);
  // "01", "1.", "1e" and "1x" are not JSON numbers.
  if ((next >= 0x30 && next <= 0x39) || next === 0x2e || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a)) return { at: start, what: 'a broken number' };
  return end;
}

/** "line 4, column 6" of the character at `offset`. */
function where(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let next = text.indexOf('\n'); next !== -1 && next < offset; next = text.indexOf('\n', next + 1)) {
    line += 1;
    lineStart = next + 1;
  }
  return `line ${formatNumber(line)}, column ${formatNumber(offset - lineStart + 1)}`;
}
