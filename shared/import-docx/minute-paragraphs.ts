import { MinuteComposer, type MinutesParagraphKind } from '../minutes/minute-composer';
import type { MinutesRun } from '../minutes/minutes-document';
import type { ImportedParagraph } from './imported-minutes';
import { plain } from './plain-text';
import type { WordParagraph } from './word-document';

/**
 * The paragraphs of one minute (or of the text before the minutes) placed in the
 * shapes the editor makes: numbered paragraphs, (a) sub-points and (i) under
 * them, bullets, the parts of a "RESOLVED that:", resolutions and plain
 * paragraphs. Numbers come from Word's list numbering or are typed ("1. ",
 * "(a) ", "- "); typed ones are taken off the text, since the minutes number
 * their paragraphs themselves. A sub-point with nothing to stand under is kept
 * as a plain paragraph with its letter typed, and said so.
 */

type LabelKind = 'numeric' | 'letter' | 'roman' | 'bullet';

interface Label {
  /** As printed: "3.", "(b)", "•". */
  text: string;
  kind: LabelKind;
  /** The number it stands for (3 for "3.", 2 for "(b)"); 0 for bullets. */
  value: number;
  /** Word's list level, or null for a typed label. */
  wordLevel: number | null;
}

const TYPED_NUMBER = /^\s*(\d{1,3})(?:[.)](?:[ \t\u00A0]+)|\t)/;
const TYPED_LETTER = /^\s*(?:\(([a-z]{1,2}|[A-Z])\)|([a-z])[.)](?=[ \t\u00A0]))[ \t\u00A0]*/;
const TYPED_ROMAN = /^\s*\(((?:x{0,3})(?:ix|iv|v?i{0,3}))\)[ \t\u00A0]*/;
const TYPED_BULLET = /^\s*[•·▪◦●○■♦➢➤✓\-–—*][ \t\u00A0]+/;

const letterValue = (letters: string) => (letters.toLowerCase().charCodeAt(0) - 96) + 26 * (letters.length - 1);

function romanValue(roman: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i += 1) {
    const value = values[roman[i]!] ?? 0;
    const next = values[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The runs with the first `length` characters taken off. */
function dropPrefix(runs: readonly MinutesRun[], length: number): MinutesRun[] {
  let left = length;
  const out: MinutesRun[] = [];
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push(left > 0 ? { ...run, text: run.text.slice(left) } : run);
    left = 0;
  }
  return out;
}

/** What the paragraph is numbered with, and its runs without a typed label. `previousLetter` tells "(i)" the letter from "(i)" the numeral. */
function readLabel(paragraph: WordParagraph, previousLetter: number): { label: Label | null; runs: MinutesRun[] } {
  const list = paragraph.list;
  if (list && list.kind !== 'none') {
    const kind: LabelKind =
      list.kind === 'bullet' ? 'bullet' : /letter/i.test(list.format) ? 'letter' : /roman/i.test(list.format) ? 'roman' : 'numeric';
    return { label: { text: list.text, kind, value: list.value, wordLevel: list.level }, runs: paragraph.runs };
  }
  const text = paragraph.text;
  const typed = (kind: LabelKind, match: RegExpExecArray, value: number) => ({
    label: { text: match[0].trim(), kind, value, wordLevel: null },
    runs: dropPrefix(paragraph.runs, match[0].length),
  });
  const number = TYPED_NUMBER.exec(text);
  if (number) return typed('numeric', number, Number(number[1]));
  const roman = TYPED_ROMAN.exec(text);
  const letter = TYPED_LETTER.exec(text);
  // "(i)" after "(h)" is a letter; otherwise i, v and x in brackets are numerals.
  if (roman && roman[1] !== '' && !(letter && letterValue(letter[1] ?? letter[2]!) === previousLetter + 1)) return typed('roman', roman, romanValue(roman[1]!));
  if (letter) return typed('letter', letter, letterValue(letter[1] ?? letter[2]!));
  const bullet = TYPED_BULLET.exec(text);
  if (bullet) return typed('bullet', bullet, 0);
  return { label: null, runs: paragraph.runs };
}

const RESOLVED = /^resolved\b/i;

/** Places one section's paragraphs; `where` names the section in warnings ("Minute 95", "The text before the minutes"). */
export class ParagraphPlacer {
  readonly paragraphs: ImportedParagraph[] = [];
  private readonly composer = new MinuteComposer();
  /** The Word list level of this section's outermost list paragraphs. */
  private baseLevel: number | null = null;
  private previousLetter = 0;
  /** The open parts of a resolution were numbered 1., 2. in the file, not lettered. */
  private partsByNumber = false;
  private kept = 0;
  /** The numbered paragraphs' numbers as printed in the file, and as Minute Book will print them. */
  private readonly printed: number[] = [];
  private readonly counted: number[] = [];

  constructor(private readonly where: string) {}

  place(paragraph: WordParagraph): void {
    const { label, runs } = readLabel(paragraph, this.previousLetter);
    if (plain(runs.map((run) => run.text).join('')) === '') return;
    if (!label) {
      this.add(RESOLVED.test(plain(runs.map((run) => run.text).join(''))) ? 'resolution' : 'paragraph', 0, '', runs);
      return;
    }
    if (label.kind === 'letter') this.previousLetter = label.value;
    if (label.wordLevel !== null && (this.baseLevel === null || label.wordLevel < this.baseLevel)) this.baseLevel = label.wordLevel;
    const depth = label.wordLevel === null ? null : label.wordLevel - (this.baseLevel ?? 0);
    const place = this.placeOf(label, depth);
    if (place === null) {
      // Nothing for it to stand under: the words stay, with their number typed in front.
      this.kept += 1;
      this.add('paragraph', 0, label.text, [{ ...(runs[0] ?? { bold: false, italic: false, underline: false }), text: `${label.text} ` }, ...runs]);
      return;
    }
    if (place.kind === 'numbered') {
      this.printed.push(label.kind === 'numeric' ? label.value : 0);
      this.counted.push(this.counted.length + 1);
    }
    this.add(place.kind, place.level, label.text, runs);
  }

  /** What the section's reader should be told: paragraphs kept as typed text, and numbers that will print differently. */
  warnings(): string[] {
    const warnings: string[] = [];
    if (this.kept > 0) {
      warnings.push(`${this.where}: ${this.kept} lettered or numbered point${this.kept === 1 ? '' : 's'} with no numbered paragraph above ${this.kept === 1 ? 'it is' : 'them are'} kept as plain paragraphs with the letter typed in.`);
    }
    if (this.printed.some((number, index) => number !== this.counted[index])) {
      const shown = (numbers: number[]) => (numbers.length > 12 ? `${numbers.slice(0, 12).join(', ')} …` : numbers.join(', '));
      warnings.push(`${this.where}: the Word file numbers its paragraphs ${shown(this.printed)}; Minute Book numbers them on through the minute (${shown(this.counted)}).`);
    }
    return warnings;
  }

  private add(kind: MinutesParagraphKind, level: number, label: string, runs: MinutesRun[]): void {
    this.composer.add({ kind, level, content: runs });
    this.paragraphs.push({ kind, level, label, runs });
  }

  /** Where a numbered, lettered or bulleted paragraph goes, or null when nothing is open for it to stand under. */
  private placeOf(label: Label, wordDepth: number | null): { kind: MinutesParagraphKind; level: number } | null {
    const open = this.composer.openList();
    const depth = this.composer.openDepth();
    const nested = open === 'number' || open === 'parts';
    const within = (wanted: number) => Math.max(1, Math.min(wanted, depth));
    switch (label.kind) {
      case 'numeric':
        if ((wordDepth ?? 0) === 0) {
          // "RESOLVED that:" then "1. …": numbered parts (printed (a), (b) by Minute Book); otherwise numbered paragraphs.
          this.partsByNumber = this.composer.resolutionOpen() || (open === 'parts' && this.partsByNumber);
          return { kind: this.partsByNumber ? 'part' : 'numbered', level: 0 };
        }
        return nested ? { kind: 'sub', level: within(wordDepth!) } : null;
      case 'letter':
        this.partsByNumber = false;
        if (open === 'parts') return (wordDepth ?? 0) === 0 ? { kind: 'part', level: 0 } : { kind: 'sub', level: within(wordDepth!) };
        if (this.composer.resolutionOpen()) return { kind: 'part', level: 0 };
        return open === 'number' ? { kind: 'sub', level: within(wordDepth || 1) } : null;
      case 'roman':
        if (!nested) return null;
        return { kind: 'sub', level: within(wordDepth || (open === 'parts' ? 1 : 2)) };
      case 'bullet':
        if (nested) return { kind: 'bullet', level: within(wordDepth ?? 1) };
        if (open === 'bullet') return { kind: 'bullet', level: Math.max(0, Math.min(wordDepth ?? 0, depth)) };
        return { kind: 'bullet', level: 0 };
    }
  }
}
