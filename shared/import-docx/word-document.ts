import type { MinutesRun } from '../minutes/minutes-document';
import type { DocxParts } from './docx-package';
import { WordNumbering, type ListLabel } from './word-numbering';
import { WordStyles, overlay, runFormatOf, type RunFormat } from './word-styles';
import { childElements, isWord, ownText, parsePart, wordAttribute, wordChild, wordNumber, type XmlElement } from './word-xml';

/**
 * The body of a Word document as the reader of the page sees it: paragraphs in
 * order, each with its text in runs (bold, italic, underline as Word resolves
 * them through styles), its list label as Word numbers it, and whether its style
 * is a heading. Tracked changes read as accepted; deleted text, field codes and
 * hidden text are left out (they are not on the page). Tables are read row by
 * row: a row whose first cell is a short label ("PRESENT:", "92.") becomes one
 * paragraph "label<tab>text", so attendance and headings laid out in two columns
 * read like their one-column forms; other rows give their cells' paragraphs in
 * order. Text boxes give their paragraphs after the paragraph they sit in.
 */

export interface WordParagraph {
  runs: MinutesRun[];
  /** The runs' text joined. */
  text: string;
  /** The style's name ("Heading 2", "List Number"), or "". */
  styleName: string;
  /** Set in a heading or title style. */
  heading: boolean;
  /** The list label Word shows before it, or null. */
  list: ListLabel | null;
  inTable: boolean;
}

export interface WordDocument {
  paragraphs: WordParagraph[];
  /** What was read differently from the file (tracked changes accepted, hidden text left out …), as sentences. */
  notes: string[];
}

/** A first table cell this short (or shorter) is a label for the cell beside it. */
const LABEL_CELL_MAX = 40;

class BodyReader {
  readonly notes = new Set<string>();
  /** Complex fields open at this point (w:fldChar begin … end): true while in the field's code, false in its result. */
  private readonly fields: boolean[] = [];

  constructor(
    private readonly styles: WordStyles,
    private readonly numbering: WordNumbering,
  ) {}

  /** Paragraphs of a block container (a cell, a content control, a text box). */
  blocks(container: XmlElement, into: WordParagraph[], inTable: boolean): void {
    for (const child of childElements(container)) this.block(child, into, inTable);
  }

  /** Paragraphs of one block: a paragraph, a table, a content control … */
  block(child: XmlElement, into: WordParagraph[], inTable: boolean): void {
    if (isWord(child, 'p')) this.paragraph(child, into, inTable);
    else if (isWord(child, 'tbl')) this.table(child, into);
    else if (isWord(child, 'sdt')) {
      const content = wordChild(child, 'sdtContent');
      if (content) this.blocks(content, into, inTable);
    } else if (isWord(child, 'customXml') || isWord(child, 'ins') || isWord(child, 'moveTo')) this.blocks(child, into, inTable);
    else if (isWord(child, 'del') || isWord(child, 'moveFrom')) this.notes.add('Tracked changes in the document were read as if accepted.');
    else if (child.local === 'AlternateContent') {
      const choice = childElements(child)[0];
      if (choice) this.blocks(choice, into, inTable);
    }
  }

  private paragraph(p: XmlElement, into: WordParagraph[], inTable: boolean): void {
    const pPr = wordChild(p, 'pPr');
    const styleId = wordAttribute(pPr ? wordChild(pPr, 'pStyle') : null, 'val');
    const style = this.styles.paragraphStyle(styleId);
    const base = overlay(style.run, this.styles.defaults);
    const runs: MinutesRun[] = [];
    const boxes: XmlElement[] = [];
    this.inline(p, base, runs, boxes);
    const numPr = pPr ? wordChild(pPr, 'numPr') : null;
    const numId = wordNumber(numPr ? wordChild(numPr, 'numId') : null, 'val') ?? style.numbering?.numId ?? null;
    const level = wordNumber(numPr ? wordChild(numPr, 'ilvl') : null, 'val') ?? style.numbering?.level ?? 0;
    const text = runs.map((run) => run.text).join('');
    // Counted even when empty, as Word counts it; an empty paragraph is then left out.
    const list = numId !== null && numId !== 0 ? this.numbering.next(numId, level) : null;
    // A cell holding only a number ("92." from Word's numbering) is kept: it labels the cell beside it.
    if (text.trim() !== '' || (inTable && list !== null && list.text !== '')) {
      into.push({ runs, text, styleName: style.name, heading: style.heading, list, inTable });
    }
    for (const box of boxes) this.blocks(box, into, inTable);
  }

  /** Runs of the inline content of `element` (a paragraph, hyperlink, content control …). */
  private inline(element: XmlElement, base: RunFormat, runs: MinutesRun[], boxes: XmlElement[]): void {
    for (const child of childElements(element)) {
      if (isWord(child, 'r')) this.run(child, base, runs, boxes);
      else if (isWord(child, 'del') || isWord(child, 'moveFrom')) this.notes.add('Tracked changes in the document were read as if accepted.');
      else if (isWord(child, 'sdt')) {
        const content = wordChild(child, 'sdtContent');
        if (content) this.inline(content, base, runs, boxes);
      } else if (['hyperlink', 'smartTag', 'customXml', 'ins', 'moveTo', 'fldSimple', 'dir', 'bdo'].some((name) => isWord(child, name))) {
        this.inline(child, base, runs, boxes);
      } else if (child.local === 'AlternateContent') {
        const choice = childElements(child)[0];
        if (choice) this.inline(choice, base, runs, boxes);
      }
    }
  }

  private run(r: XmlElement, base: RunFormat, runs: MinutesRun[], boxes: XmlElement[]): void {
    const rPr = wordChild(r, 'rPr');
    const format = overlay(runFormatOf(rPr), overlay(this.styles.characterFormat(wordAttribute(rPr ? wordChild(rPr, 'rStyle') : null, 'val')), base));
    let text = '';
    for (const child of childElements(r)) {
      if (isWord(child, 'fldChar')) {
        const type = wordAttribute(child, 'fldCharType');
        if (type === 'begin') this.fields.push(true);
        else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = false;
        else if (type === 'end') this.fields.pop();
      } else if (this.fields.includes(true)) {
        // A field's code (PAGE, HYPERLINK "…"): not on the page.
      } else if (isWord(child, 't')) text += ownText(child);
      else if (isWord(child, 'tab') || isWord(child, 'ptab')) text += '\t';
      else if (isWord(child, 'br')) {
        const type = wordAttribute(child, 'type');
        if (type !== 'page' && type !== 'column') text += '\n';
      } else if (isWord(child, 'cr')) text += '\n';
      else if (isWord(child, 'noBreakHyphen')) text += '-';
      else {
        for (const box of textBoxesIn(child)) boxes.push(box);
      }
    }
    if (text === '') return;
    if (format.hidden) {
      this.notes.add('Hidden text in the document was left out.');
      return;
    }
    runs.push({ text: format.caps ? text.toLocaleUpperCase('en-GB') : text, bold: format.bold ?? false, italic: format.italic ?? false, underline: format.underline ?? false });
  }

  /** A table row by row; see the module comment. */
  private table(tbl: XmlElement, into: WordParagraph[]): void {
    for (const row of childElements(tbl).filter((child) => isWord(child, 'tr'))) {
      const cells = childElements(row)
        .filter((child) => isWord(child, 'tc') || isWord(child, 'sdt'))
        .map((cell) => {
          const paragraphs: WordParagraph[] = [];
          this.blocks(isWord(cell, 'sdt') ? (wordChild(cell, 'sdtContent') ?? cell) : cell, paragraphs, true);
          return paragraphs;
        })
        .filter((paragraphs) => paragraphs.length > 0);
      const [first, second, ...rest] = cells;
      if (first && second && first.length === 1 && shown(first[0]!).trim().length <= LABEL_CELL_MAX) {
        const [next, ...more] = second;
        into.push(joined(first[0]!, next!), ...more, ...rest.flat());
      } else {
        into.push(...cells.flat());
      }
    }
  }
}

/** The paragraph's text as shown, its list label included. */
function shown(paragraph: WordParagraph): string {
  return paragraph.list && paragraph.list.text !== '' ? `${paragraph.list.text}\t${paragraph.text}` : paragraph.text;
}

/** A label cell and the first paragraph beside it as one paragraph: "PRESENT:<tab>Mr …"; list labels become text. */
function joined(label: WordParagraph, text: WordParagraph): WordParagraph {
  const labelRuns = label.list && label.list.text !== '' ? [{ ...(label.runs[0] ?? plainRun('')), text: `${label.list.text}\t` }, ...label.runs] : label.runs;
  const textRuns = text.list && text.list.text !== '' ? [{ ...(text.runs[0] ?? plainRun('')), text: `${text.list.text}\t` }, ...text.runs] : text.runs;
  const runs = [...labelRuns, { ...(labelRuns.at(-1) ?? plainRun('')), text: '\t' }, ...textRuns];
  return {
    runs,
    text: runs.map((run) => run.text).join(''),
    styleName: label.styleName,
    heading: label.heading || text.heading,
    list: null,
    inTable: true,
  };
}

function plainRun(text: string): MinutesRun {
  return { text, bold: false, italic: false, underline: false };
}

/** The text boxes (w:txbxContent) inside a drawing or picture in a run. */
function textBoxesIn(element: XmlElement): XmlElement[] {
  if (isWord(element, 'txbxContent')) return [element];
  // A drawing offers its text box twice (the modern one and a fallback for old Word): take the first.
  if (element.local === 'AlternateContent') {
    const choice = childElements(element)[0];
    return choice ? textBoxesIn(choice) : [];
  }
  return childElements(element).flatMap(textBoxesIn);
}

/** The document's body as paragraphs, read one body element at a time as the XML is parsed. */
export function readWordDocument(parts: Pick<DocxParts, 'documentName' | 'document' | 'styles' | 'numbering'>): WordDocument {
  const styles = new WordStyles(parts.styles);
  const reader = new BodyReader(styles, new WordNumbering(parts.numbering, styles));
  const paragraphs: WordParagraph[] = [];
  parsePart(parts.document, parts.documentName, { of: 'body', onChild: (child) => reader.block(child, paragraphs, false) });
  return { paragraphs, notes: [...reader.notes] };
}
