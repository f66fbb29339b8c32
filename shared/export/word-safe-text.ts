/**
 * Characters XML 1.0 cannot hold: C0 controls other than tab, line feed and
 * carriage return, the non-characters U+FFFE/U+FFFF, and halves of surrogate
 * pairs standing alone. A single one makes Word call the whole file corrupt,
 * and they arrive with text pasted from other programs.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const notXmlText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with every character Word cannot read removed; curly quotes, dashes, £, & and accents are kept. */
export function wordSafeText(text: string): string {
  return text.replace(notXmlText, '');
}
