import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { joinWithAnd } from '../../domain/lists';
import type { MinutesVoteTable } from '../../minutes/minutes-document';
import { wordSafeText } from '../word-safe-text';
import { paragraph } from './runs';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'auto' } as const;

/** The label column's width: room for "Against (12)" in 12 pt Arial. */
const LABEL_WIDTH = 2000;

function cell(width: number, text: string, bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: wordSafeText(text), bold: bold || undefined })] })],
  });
}

/**
 * A recorded vote as the minutes print it: a table of two columns, "For (8)" and the members who voted for, as the
 * attendance lines name them, then Against and Abstain; a line with nobody on it says "None". Fixed, absolute
 * widths (LibreOffice ignores automatic ones), indented with the minute's text, and no row split across pages.
 */
export function voteTable(block: MinutesVoteTable, textWidth: number, indent: number): Table {
  const width = textWidth - indent;
  const columns = [LABEL_WIDTH, width - LABEL_WIDTH];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    indent: indent === 0 ? undefined : { size: indent, type: WidthType.DXA },
    columnWidths: columns,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: block.lines.map(
      (line) =>
        new TableRow({
          cantSplit: true,
          children: [cell(columns[0]!, line.label, true), cell(columns[1]!, line.names.length === 0 ? 'None' : joinWithAnd(line.names), false)],
        }),
    ),
  });
}
