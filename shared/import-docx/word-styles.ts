import { childElements, isWord, onOff, wordAttribute, wordChild, wordNumber, type XmlElement } from './word-xml';

/** Run formatting as Word resolves it; null where nothing along the way says. */
export interface RunFormat {
  bold: boolean | null;
  italic: boolean | null;
  underline: boolean | null;
  /** All capitals (w:caps): the text is shown in capitals whatever was typed. */
  caps: boolean | null;
  /** Hidden text (w:vanish): not printed. */
  hidden: boolean | null;
}

/** A paragraph style resolved along its basedOn chain. */
export interface ParagraphStyle {
  name: string;
  run: RunFormat;
  /** List numbering the style carries (Word's "List Number" style), or null. */
  numbering: { numId: number; level: number } | null;
  /** A heading or title style, or one with an outline level (Word's navigation pane shows it). */
  heading: boolean;
}

const NO_FORMAT: RunFormat = { bold: null, italic: null, underline: null, caps: null, hidden: null };

/** The run properties an rPr element sets. */
export function runFormatOf(rPr: XmlElement | null): RunFormat {
  if (!rPr) return NO_FORMAT;
  const underline = wordChild(rPr, 'u');
  return {
    bold: onOff(wordChild(rPr, 'b')),
    italic: onOff(wordChild(rPr, 'i')),
    underline: underline ? (wordAttribute(underline, 'val') ?? 'single') !== 'none' : null,
    caps: onOff(wordChild(rPr, 'caps')),
    hidden: onOff(wordChild(rPr, 'vanish')),
  };
}

/** The nearer setting wins; where it says nothing, the further one stands. */
export function overlay(near: RunFormat, far: RunFormat): RunFormat {
  return {
    bold: near.bold ?? far.bold,
    italic: near.italic ?? far.italic,
    underline: near.underline ?? far.underline,
    caps: near.caps ?? far.caps,
    hidden: near.hidden ?? far.hidden,
  };
}

/** Heading and title styles by name, as Word and LibreOffice name them. */
const HEADING_NAME = /^(heading\s*\d|title|subtitle)$/i;

interface RawStyle {
  id: string;
  type: string;
  name: string;
  basedOn: string | null;
  run: RunFormat;
  numbering: { numId: number; level: number } | null;
  outlineLevel: number | null;
}

/** The styles part (word/styles.xml): paragraph and character styles, and the document's default run formatting. */
export class WordStyles {
  private readonly styles = new Map<string, RawStyle>();
  private readonly resolved = new Map<string, ParagraphStyle>();
  readonly defaults: RunFormat;
  /** The style a paragraph with no w:pStyle has (normally "Normal"). */
  readonly defaultParagraphStyleId: string | null;

  constructor(part: XmlElement | null) {
    let defaults = NO_FORMAT;
    let defaultParagraph: string | null = null;
    for (const element of part ? childElements(part) : []) {
      if (isWord(element, 'docDefaults')) {
        const rPrDefault = wordChild(element, 'rPrDefault');
        defaults = runFormatOf(rPrDefault ? wordChild(rPrDefault, 'rPr') : null);
      } else if (isWord(element, 'style')) {
        const id = wordAttribute(element, 'styleId');
        if (id === null) continue;
        const type = wordAttribute(element, 'type') ?? 'paragraph';
        const pPr = wordChild(element, 'pPr');
        const numPr = pPr ? wordChild(pPr, 'numPr') : null;
        const numId = wordNumber(numPr ? wordChild(numPr, 'numId') : null, 'val');
        this.styles.set(id, {
          id,
          type,
          name: wordAttribute(wordChild(element, 'name'), 'val') ?? id,
          basedOn: wordAttribute(wordChild(element, 'basedOn'), 'val'),
          run: runFormatOf(wordChild(element, 'rPr')),
          numbering: numId === null ? null : { numId, level: wordNumber(numPr ? wordChild(numPr, 'ilvl') : null, 'val') ?? 0 },
          outlineLevel: wordNumber(pPr ? wordChild(pPr, 'outlineLvl') : null, 'val'),
        });
        if (type === 'paragraph' && ['1', 'true', 'on'].includes((wordAttribute(element, 'default') ?? '').toLowerCase())) defaultParagraph = id;
      }
    }
    this.defaults = defaults;
    this.defaultParagraphStyleId = defaultParagraph;
  }

  /** A paragraph style (the default style when `id` is null) resolved along its chain; unknown ids are plain. */
  paragraphStyle(id: string | null): ParagraphStyle {
    const key = id ?? this.defaultParagraphStyleId ?? '';
    let style = this.resolved.get(key);
    if (style) return style;
    let run = NO_FORMAT;
    let numbering: ParagraphStyle['numbering'] = null;
    let heading = false;
    let name = '';
    const seen = new Set<string>();
    for (let at = this.styles.get(key); at && !seen.has(at.id); at = at.basedOn ? this.styles.get(at.basedOn) : undefined) {
      seen.add(at.id);
      if (name === '') name = at.name;
      run = overlay(run, at.run);
      numbering ??= at.numbering;
      heading ||= HEADING_NAME.test(at.name) || (at.outlineLevel !== null && at.outlineLevel >= 0 && at.outlineLevel < 9);
    }
    style = { name, run, numbering, heading };
    this.resolved.set(key, style);
    return style;
  }

  /** A character style's run formatting along its chain. */
  characterFormat(id: string | null): RunFormat {
    let run = NO_FORMAT;
    const seen = new Set<string>();
    for (let at = id ? this.styles.get(id) : undefined; at && !seen.has(at.id); at = at.basedOn ? this.styles.get(at.basedOn) : undefined) {
      seen.add(at.id);
      run = overlay(run, at.run);
    }
    return run;
  }

  /** The numbering a numbering style (w:type="numbering") points at, for abstract numbering linked by w:numStyleLink. */
  numberingStyleNumId(id: string): number | null {
    return this.styles.get(id)?.numbering?.numId ?? null;
  }
}
