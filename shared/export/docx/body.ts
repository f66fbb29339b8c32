import { TabStopType, TextRun, type Paragraph, type Table } from 'docx';
import type { MinutesBlock, MinutesItemHeading, MinutesParagraph } from '../../minutes/minutes-document';
import { blockText } from '../../minutes/minutes-document';
import { wordSafeText } from '../word-safe-text';
import type { MinutesNumbering } from './numbering';
import { paragraph, textRuns } from './runs';
import { StyleId } from './styles';
import { voteTable } from './vote-table';

/** Where a minute's title starts after its number, and where its text stands: the numbers stand clear in the margin column. */
export const MINUTE_INDENT = 720;

/** How the minutes' body is laid out. */
export interface BodyLayout {
  /** Numbered minutes ("94.<tab>Title" with "(Item B1)" under it) or agenda-code headings ("B1 Title"). */
  headingStyle: 'minute-numbers' | 'agenda-codes';
  numbering: MinutesNumbering;
  /** Keep the last paragraph with what follows (the signature block), so the chair never signs a page of nothing else. */
  keepLastWithNext?: boolean;
  /** The width between the margins, in twips: tables (a recorded vote) are laid out to it. */
  textWidth: number;
}

/** Where the text of a block inside a minute stands: under the title in the numbered template, at the margin otherwise. */
export function minuteIndent(headingStyle: BodyLayout['headingStyle'], inMinute: boolean): number {
  return inMinute && headingStyle === 'minute-numbers' ? MINUTE_INDENT : 0;
}

/**
 * A minute's heading: the part heading above the first minute of each part,
 * then "94.<tab>Title" in bold with "(Item B1)" under the title, or "B1 Title".
 * Kept with the next paragraph so a heading never ends a page alone.
 */
function minuteHeadingParagraphs(block: MinutesItemHeading, layout: BodyLayout): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (block.startsPart) {
    const part = block.part === 'exempt' ? 'EXEMPT ITEMS' : 'UNRESTRICTED ITEMS';
    paragraphs.push(paragraph({ style: StyleId.partHeading, children: [new TextRun({ text: part })] }));
  }
  const numbered = layout.headingStyle === 'minute-numbers' && block.label !== '';
  const text = block.label === '' ? block.title : numbered ? `${block.label}\t${block.title}` : `${block.label} ${block.title}`;
  paragraphs.push(
    paragraph({
      style: StyleId.minuteHeading,
      tabStops: numbered ? [{ type: TabStopType.LEFT, position: MINUTE_INDENT }] : undefined,
      indent: numbered ? { left: MINUTE_INDENT, hanging: MINUTE_INDENT } : undefined,
      // The reference sits right under the title.
      spacing: block.reference ? { after: 0 } : undefined,
      children: textRuns({ text, bold: true, italic: false, underline: false }),
    }),
  );
  if (block.reference) {
    paragraphs.push(
      paragraph({
        keepNext: true,
        indent: numbered ? { left: MINUTE_INDENT } : undefined,
        children: [new TextRun({ text: wordSafeText(block.reference) })],
      }),
    );
  }
  return paragraphs;
}

/** An ordinary paragraph or a resolution, indented under the minute's title. "RESOLVED that:" is kept with its parts. */
function textParagraph(block: MinutesParagraph, layout: BodyLayout, last: boolean): Paragraph {
  const left = minuteIndent(layout.headingStyle, block.inMinute);
  const keepNext = (block.resolution && blockText(block).trim().endsWith(':')) || (last && layout.keepLastWithNext === true);
  return paragraph({
    style: block.resolution ? StyleId.resolution : undefined,
    indent: left === 0 ? undefined : { left },
    keepNext: keepNext || undefined,
    children: block.runs.flatMap(textRuns),
  });
}

/** The minutes' headings, paragraphs and list items as Word paragraphs, list items with real numbering; a recorded vote as a table. */
export function bodyParagraphs(blocks: readonly MinutesBlock[], layout: BodyLayout): (Paragraph | Table)[] {
  return blocks.flatMap((block, index): (Paragraph | Table)[] => {
    if (block.kind === 'minuteHeading') return minuteHeadingParagraphs(block, layout);
    if (block.kind === 'voteTable') return [voteTable(block, layout.textWidth, minuteIndent(layout.headingStyle, block.inMinute))];
    const last = index === blocks.length - 1;
    if (block.kind === 'paragraph') return [textParagraph(block, layout, last)];
    // Bullets stand close together; the last of a run keeps the space after.
    const next = blocks[index + 1];
    const bulletFollows = block.listType === 'bullet' && next?.kind === 'listItem' && next.listType === 'bullet';
    return [
      paragraph({
        children: block.runs.flatMap(textRuns),
        numbering: layout.numbering.of(block),
        spacing: bulletFollows ? { after: 0 } : undefined,
        keepNext: last && layout.keepLastWithNext === true ? true : undefined,
      }),
    ];
  });
}
