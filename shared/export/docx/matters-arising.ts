import { Table, TableLayoutType, TableRow, TextRun, WidthType, type Paragraph } from 'docx';
import type { ActionLogEntry } from '../../domain/action-log';
import { ACTION_STATUS_WORDS } from '../../domain/actions';
import { formatShortDate } from '../../format/british-date';
import { paragraph } from './runs';
import { StyleId } from './styles';
import { ALL_LINES, cell } from './table-cells';

/** What the table is headed, in the capitals of the minutes' other part headings. */
export const MATTERS_ARISING_HEADING = 'MATTERS ARISING';

/** The columns, and their share of the text width (the action's words take the most). */
const COLUMNS = [
  { heading: 'Minute', share: 0.23 },
  { heading: 'Action', share: 0.41 },
  { heading: 'Owner', share: 0.14 },
  { heading: 'Due', share: 0.12 },
  { heading: 'Status', share: 0.1 },
] as const;

/** One row's cells, in the order of COLUMNS. */
export function mattersArisingRow(entry: ActionLogEntry): string[] {
  return [entry.reference, entry.text, entry.owner ?? '', entry.due ? formatShortDate(entry.due) : '', ACTION_STATUS_WORDS[entry.status]];
}

/**
 * The committee's actions still open from earlier meetings, for the meeting to chase: a part heading "MATTERS
 * ARISING" and a ruled table (minute reference, action, owner, due date, status) with its heading row repeated
 * on every page and no row split across pages. Nothing when there are none.
 */
export function mattersArisingTable(entries: readonly ActionLogEntry[], textWidth: number): (Paragraph | Table)[] {
  if (entries.length === 0) return [];
  const widths = COLUMNS.map((column) => Math.floor(textWidth * column.share));
  const row = (texts: readonly string[], heading: boolean) =>
    new TableRow({ cantSplit: true, tableHeader: heading || undefined, children: texts.map((text, index) => cell(widths[index]!, text, heading)) });
  return [
    paragraph({ style: StyleId.partHeading, keepNext: true, children: [new TextRun({ text: MATTERS_ARISING_HEADING })] }),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
      columnWidths: widths,
      borders: ALL_LINES,
      rows: [row(COLUMNS.map((column) => column.heading), true), ...entries.map((entry) => row(mattersArisingRow(entry), false))],
    }),
    // A paragraph's space between the table and the business (a heading after a table would touch it).
    paragraph({ children: [] }),
  ];
}
