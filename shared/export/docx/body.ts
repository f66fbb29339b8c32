import { Paragraph, TabStopType, TextRun } from 'docx';
import type { MinutesBlock, MinutesItemHeading } from '../../minutes/minutes-document';
import { wordSafeText } from '../word-safe-text';
import { numberingOf } from './numbering';
import { textRuns } from './runs';

/** Where a minute's title starts after its number: the numbers stand clear in the margin column. */
const HEADING_INDENT = 720;

/**
 * A minute's heading: the part heading above the first minute of each part,
 * then "94.<tab>Title" in bold with "(Item B1)" under the title. Kept with the
 * next paragraph so a heading never ends a page alone.
 */
function minuteHeadingParagraphs(block: MinutesItemHeading): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (block.startsPart) {
    const part = block.part === 'exempt' ? 'EXEMPT ITEMS' : 'UNRESTRICTED ITEMS';
    paragraphs.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: part, bold: true })] }));
  }
  const numbered = block.reference !== null;
  paragraphs.push(
    new Paragraph({
      keepNext: true,
      tabStops: numbered ? [{ type: TabStopType.LEFT, position: HEADING_INDENT }] : [],
      indent: numbered ? { left: HEADING_INDENT, hanging: HEADING_INDENT } : undefined,
      children: [new TextRun({ text: wordSafeText(block.label ? `${block.label}\t${block.title}` : block.title), bold: true })],
    }),
  );
  if (block.reference) {
    paragraphs.push(new Paragraph({ keepNext: true, indent: { left: HEADING_INDENT }, children: [new TextRun({ text: block.reference })] }));
  }
  return paragraphs;
}

/** The minutes' headings, paragraphs and list items as Word paragraphs, list items with real numbering. */
export function bodyParagraphs(blocks: readonly MinutesBlock[]): Paragraph[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'minuteHeading') return minuteHeadingParagraphs(block);
    const children = block.runs.flatMap(textRuns);
    if (block.kind === 'paragraph') return [new Paragraph({ children })];
    return [new Paragraph({ children, numbering: numberingOf(block) })];
  });
}
