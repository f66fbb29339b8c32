import type { AgendaPart } from '../model/agenda';
import { findDate } from './meeting-details';
import { isCapitals, plain } from './plain-text';
import type { WordParagraph } from './word-document';

/**
 * The headings minutes are laid out by: "UNRESTRICTED ITEMS" / "EXEMPT ITEMS",
 * a minute's heading ("92. Notes of meeting held on 8th October 2014" with
 * "(Item A3)" under it or after it, "B1 Kent Community Safety Agreement …", or
 * a title alone in bold), and the signature lines at the end.
 */

export interface MinuteHeadingFound {
  number: number | null;
  code: string;
  title: string;
  /** The "(Item A3)" was the next paragraph, which the heading takes. */
  takesNext: boolean;
}

/** Every run with letters in it is bold (a number before the title may not be), or the paragraph is in a heading style. */
export function looksLikeHeading(paragraph: WordParagraph): boolean {
  if (paragraph.heading) return true;
  const worded = paragraph.runs.filter((run) => /\p{L}/u.test(run.text));
  return worded.length > 0 && worded.every((run) => run.bold);
}

/** Looks like a heading, or is written in capitals ("45. MINUTES", "B2 DATE OF NEXT MEETING"). */
function standsOut(paragraph: WordParagraph, title: string): boolean {
  return looksLikeHeading(paragraph) || (isCapitals(title) && (title.match(/\p{L}/gu)?.length ?? 0) >= 3);
}

const PART = /^(?:(unrestricted|open|public)|(exempt|confidential|restricted|private))\s+(?:items?|business|session|minutes)\b|^part\s+(?:(1|i|one)|(2|ii|two))\b/i;

/** "UNRESTRICTED ITEMS" → unrestricted; "EXEMPT ITEMS (Open Access to Minutes)", "PART 2" → exempt; else null. */
export function partHeading(paragraph: WordParagraph): AgendaPart | null {
  const text = plain(paragraph.text);
  if (text.length > 120 || paragraph.list) return null;
  const match = PART.exec(text);
  if (!match) return null;
  // A sentence that happens to start so ("Exempt items were taken …") is not a heading.
  if (!looksLikeHeading(paragraph) && text !== text.toUpperCase() && text.split(' ').length > 3) return null;
  return match[2] || match[4] ? 'exempt' : 'unrestricted';
}

const ITEM_REFERENCE_LINE = /^\(?\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?([A-Za-z]{0,2}\d{1,3}[A-Za-z]?|[A-Z])\s*\)?\.?$/i;
const INLINE_REFERENCE = /\s*[*_]*\(\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?([A-Za-z]{0,2}\d{1,3}[A-Za-z]?|[A-Z])\s*\)[*_.\s]*$/i;

/** "(Item A3)" (with or without brackets, in italics or not) alone in a paragraph → "A3". */
export function itemReferenceLine(paragraph: WordParagraph): string | null {
  const match = ITEM_REFERENCE_LINE.exec(plain(paragraph.text));
  return match ? match[1]!.toUpperCase() : null;
}

const NUMBERED = /^(\d{1,6})\.?\s+(\S.*)$/;
const CODED = /^(?:item\s+)?([A-Z]{1,2}\d{1,3}[a-z]?)\.?\s*[-–—:.]?\s+(\S.*)$/;
const ITEM_NUMBERED = /^item\s+(\d{1,3}[a-z]?)\s*[-–—:.]?\s+(\S.*)$/i;

const cleanTitle = (title: string) => title.replace(/^[-–—:.\s]+/, '').replace(/[*_\s]+$/, '').trim();

/**
 * A minute's heading, numbered or coded, or null. A numbered one must look like a heading (bold, or a heading
 * style) or carry its "(Item X)" reference, so the minutes' own numbered paragraphs are never taken for headings.
 */
export function numberedHeading(paragraph: WordParagraph, next: WordParagraph | undefined): MinuteHeadingFound | null {
  let text = plain(paragraph.text);
  if (text.length > 500) return null;
  const inline = INLINE_REFERENCE.exec(text);
  const nextReference = next ? itemReferenceLine(next) : null;
  if (inline) text = text.slice(0, inline.index);
  const code = inline?.[1]?.toUpperCase() ?? nextReference ?? '';
  const strong = standsOut(paragraph, text.replace(/^[\d.\s]+/, '')) || code !== '';
  const found = (number: number | null, headingCode: string, title: string): MinuteHeadingFound | null => {
    const cleaned = cleanTitle(title);
    return cleaned === '' ? null : { number, code: headingCode, title: cleaned, takesNext: !inline && nextReference !== null };
  };
  const list = paragraph.list;
  if (list?.kind === 'number' && /^\(?\d+[.)]?$/.test(list.text.trim()) && strong) return found(list.value, code, text);
  if (list && list.kind !== 'none') return null;
  if (!strong) return null;
  const numbered = NUMBERED.exec(text);
  // "12 March 2024 at 10am" is a date, not minute 12.
  if (numbered && Number(numbered[1]) > 0 && findDate(text)?.index !== 0) return found(Number(numbered[1]), code, numbered[2]!);
  const coded = CODED.exec(text) ?? ITEM_NUMBERED.exec(text);
  if (coded && !standsOut(paragraph, coded[2]!)) return null;
  if (coded) return found(null, code || coded[1]!.toUpperCase(), coded[2]!);
  return null;
}

/** A heading that is a title alone in bold (the minutes have no numbered or coded headings): "Date of next meeting". */
export function titleHeading(paragraph: WordParagraph, next: WordParagraph | undefined): MinuteHeadingFound | null {
  const text = plain(paragraph.text);
  if (paragraph.list || text.length > 200 || !standsOut(paragraph, text) || /^resolved\b/i.test(text) || /:$/.test(text)) return null;
  const inline = INLINE_REFERENCE.exec(text);
  const nextReference = next ? itemReferenceLine(next) : null;
  const title = cleanTitle(inline ? text.slice(0, inline.index) : text);
  if (title === '') return null;
  return { number: null, code: inline?.[1]?.toUpperCase() ?? nextReference ?? '', title, takesNext: !inline && nextReference !== null };
}

const SIGNATURE_WORDS = new Set(['signed', 'signature', 'chair', 'chairman', 'chairwoman', 'chairperson', 'vice', 'vice-chair', 'vice-chairman', 'date', 'dated', 'of', 'the', 'meeting', 'by']);

/** A line of the signature block: "Chairman", "Date", "Signed ……………", "________". */
export function isSignatureLine(paragraph: WordParagraph): boolean {
  const words = plain(paragraph.text)
    .replace(/[._…:\-–—/]+/g, ' ')
    .trim()
    .toLowerCase()
    .split(' ')
    .filter((word) => word !== '');
  return words.every((word) => SIGNATURE_WORDS.has(word));
}
