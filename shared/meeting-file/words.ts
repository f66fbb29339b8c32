/**
 * How a refusal talks about what it found: one plain sentence, never longer than MAX_MESSAGE_LENGTH, quoting at
 * most MAX_QUOTED visible characters of anything from the file, with invisible characters (a byte-order mark,
 * U+FFFD, control characters) written out as <U+FEFF> so the officer sees that something is there.
 */

export const MAX_MESSAGE_LENGTH = 300;
export const MAX_QUOTED = 60;

/**
 * Characters a reader cannot see or that would upset the screen: controls, format characters (zero-width
 * spaces, direction marks, the byte-order mark), private-use and unassigned code points, line and paragraph
 * separators, the replacement character, and halves of broken surrogate pairs.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\uFFFD]/u;

/** "U+FEFF" */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Text from a file shown in a message: in curly quotes, invisible characters written out, at most MAX_QUOTED characters. */
export function quote(text: string, max = MAX_QUOTED): string {
  let shown = '';
  let count = 0;
  // Only as much of the text as can be shown is looked at: a 10 MB string costs no more than a short one.
  for (const char of text.slice(0, max * 2)) {
    const piece = INVISIBLE.test(char) ? `<${codePointName(char.codePointAt(0)!)}>` : char;
    const width = [...piece].length;
    if (count + width > max - 1) {
      return `“${shown}…”`;
    }
    shown += piece;
    count += width;
  }
  return text.length > max * 2 ? `“${shown}…”` : `“${shown}”`;
}

const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A count or a number as an officer reads it: "1,234", "2.5". */
export function formatNumber(value: number): string {
  return counts.format(value);
}

/** What a JSON value is, in a few words, for "… should be text, not a number". */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'empty text' : `the text ${quote(value, 30)}`;
    case 'number':
      if (!Number.isFinite(value)) return 'a number too large to use';
      if (Math.abs(value) >= 1e15) return 'a number far too large';
      return `the number ${formatNumber(value)}`;
    case 'boolean':
      return value ? 'yes (true)' : 'no (false)';
    case 'object':
      return 'a group of fields';
    default:
      return 'nothing';
  }
}

/** The whole sentence, capped at MAX_MESSAGE_LENGTH (at a word, with "…"), ending in a full stop. */
export function sentence(text: string): string {
  const ended = /[.!?…]$/.test(text) ? text : `${text}.`;
  if (ended.length <= MAX_MESSAGE_LENGTH) return ended;
  const cut = ended.slice(0, MAX_MESSAGE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > MAX_MESSAGE_LENGTH / 2 ? space : cut.length)}…`;
}

/** "3 problems", "1 problem". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
