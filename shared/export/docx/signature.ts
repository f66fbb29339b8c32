import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type Paragraph } from 'docx';
import type { ChairWord } from '../../model/body';
import { paragraph } from './runs';
import { StyleId } from './styles';

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const SIGNING_LINE = { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } as const;

/** Room above the line for a hand-written signature: about two and a half lines. */
const SIGNING_ROOM = 720;

/** The signature's share of the text width, the gap's, and the date's (the rest). */
const SIGNATURE_SHARE = 0.55;
const GAP_SHARE = 0.1;

/** The column widths of the signature table, in twips, summing to the text width. */
export function signatureColumns(textWidth: number): [number, number, number] {
  const signature = Math.round(textWidth * SIGNATURE_SHARE);
  const gap = Math.round(textWidth * GAP_SHARE);
  return [signature, gap, textWidth - signature - gap];
}

function cell(width: number, label: string | null): TableCell {
  const children: Paragraph[] =
    label === null
      ? [paragraph({ style: StyleId.signature, children: [] })]
      : [
          // The line to sign or date on, with room above it.
          paragraph({ style: StyleId.signature, spacing: { before: SIGNING_ROOM, after: 0 }, border: { bottom: SIGNING_LINE }, children: [] }),
          paragraph({ style: StyleId.signature, spacing: { before: 60, after: 0 }, children: [new TextRun({ text: label })] }),
        ];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
    margins: { left: 0, right: 0 },
    children,
  });
}

/**
 * The signature block at the end of the minutes: a line for the chair's signature with "Chairman" (or "Chair")
 * under it and, beside it, a line with "Date" under it. A borderless table with fixed, absolute widths (LibreOffice
 * ignores automatic ones), on one row that never splits across pages.
 */
export function signatureBlock(chairWord: ChairWord, textWidth: number): Table {
  const columns = signatureColumns(textWidth);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: columns,
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [new TableRow({ cantSplit: true, children: [cell(columns[0], chairWord), cell(columns[1], null), cell(columns[2], 'Date')] })],
  });
}
