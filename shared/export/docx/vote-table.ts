import { Table, TableLayoutType, TableRow, WidthType } from 'docx';
import { joinWithAnd } from '../../domain/lists';
import type { MinutesVoteTable } from '../../minutes/minutes-document';
import { ALL_LINES, cell } from './table-cells';

/** The label column's width: room for "Against (12)" in 12 pt Arial. */
const LABEL_WIDTH = 2000;

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
    borders: ALL_LINES,
    rows: block.lines.map(
      (line) =>
        new TableRow({
          cantSplit: true,
          children: [cell(columns[0]!, line.label, true), cell(columns[1]!, line.names.length === 0 ? 'None' : joinWithAnd(line.names), false)],
        }),
    ),
  });
}
