/**
 * Text as the import compares it, never as it stores it: curly quotes and
 * apostrophes straight, non-breaking and other odd spaces plain, runs of white
 * space (tabs and line breaks too) one space, trimmed. What is stored keeps the
 * document's own characters.
 */
export function plain(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits at the separators that stand outside brackets: "A (x, y), B" → ["A (x, y)", "B"]. */
export function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  let i = 0;
  const sticky = new RegExp(separator.source, separator.flags.includes('y') ? separator.flags : `${separator.flags}y`);
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') depth += 1;
    if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
    if (depth === 0) {
      sticky.lastIndex = i;
      const match = sticky.exec(text);
      if (match && match[0].length > 0) {
        pieces.push(current);
        current = '';
        i += match[0].length;
        continue;
      }
    }
    current += ch;
    i += 1;
  }
  pieces.push(current);
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

/** "KENT COUNTY COUNCIL" → "Kent County Council"; "LONDON BOROUGH OF TOWER HAMLETS" → "London Borough of Tower Hamlets". */
export function fromCapitals(text: string): string {
  const small = new Set(['of', 'and', 'the', 'for', 'upon', 'on', 'in', 'at', 'with', 'to', 'by']);
  return text
    .toLocaleLowerCase('en-GB')
    .split(' ')
    .map((word, index) => {
      if (index > 0 && small.has(word)) return word;
      return word.replace(/(^|[-'(/])(\p{L})/gu, (_, before: string, letter: string) => `${before}${letter.toLocaleUpperCase('en-GB')}`);
    })
    .join(' ');
}

/** True when the text has letters and none of them is lower case. */
export function isCapitals(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}
