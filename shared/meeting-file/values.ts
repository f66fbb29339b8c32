import { MAX_JSON_DEPTH } from './limits';
import type { FilePath } from './places';
import { codePointName, quote } from './words';

/**
 * Characters no text in a meeting file may hold: control characters other than tab and line feed (a NUL
 * surname looks filled in and prints nothing; Word calls a file with one corrupt), the non-characters
 * U+FFFE and U+FFFF, and halves of surrogate pairs standing alone (what is left of a broken character).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
export const NOT_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a piece of text, or null when it is fine. */
export function textProblem(text: string): string | null {
  const match = NOT_TEXT.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return `half of a broken character (${codePointName(code)}) in ${quote(text)}`;
  if (code >= 0xfffe) return `a code that is not a character (${codePointName(code)}) in ${quote(text)}`;
  return `a control character (${codePointName(code)}) in ${quote(text)}`;
}

/** The first value in the parsed file that no meeting file holds, and where it is. */
export interface ValueProblem {
  path: FilePath;
  problem: string;
}

/**
 * Looks at every value of the parsed JSON once, before the schema reads it: text must be text (textProblem),
 * numbers must be finite (JSON's 1e309 parses as Infinity), and no field may be named "__proto__" (JSON.parse
 * keeps such a field, but schemas and object spreads silently drop or misread it). Recursion is safe here:
 * scanJsonText has already refused anything nested deeper than MAX_JSON_DEPTH. Returns the number of values
 * looked at, or the first problem in the order the file is written.
 */
export function checkValues(json: unknown): ValueProblem | number {
  const path: (string | number)[] = [];
  let count = 0;
  const visit = (value: unknown): string | null => {
    count += 1;
    if (typeof value === 'string') return textProblem(value);
    if (typeof value === 'number') return Number.isFinite(value) ? null : 'a number too large to use';
    if (typeof value !== 'object' || value === null) return null;
    if (path.length > MAX_JSON_DEPTH) return 'nesting deeper than any meeting file';
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        path.push(index);
        const problem = visit(value[index]);
        if (problem) return problem;
        path.pop();
      }
      return null;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') return 'a field named “__proto__”, which no meeting file has';
      const keyProblem = textProblem(key);
      if (keyProblem) return `a field whose name holds ${keyProblem}`;
      path.push(key);
      const problem = visit((value as Record<string, unknown>)[key]);
      if (problem) return problem;
      path.pop();
    }
    return null;
  };
  const problem = visit(json);
  return problem ? { path: [...path], problem } : count;
}
