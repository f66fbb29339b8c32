import { TabStopType, TextRun, type Paragraph } from 'docx';
import type { AttendanceParagraph } from '../../domain/attendance-lines';
import { meetingSentence } from '../../minutes/meeting-sentence';
import type { MinutesHeader } from '../../minutes/minutes-document';
import { wordSafeText } from '../word-safe-text';
import { paragraph, textParagraph } from './runs';
import { StyleId, paragraphSpacingAfter } from './styles';

/** What stands at the head of the minutes before the first minute. */
export interface FrontMatter {
  header: MinutesHeader;
  /** Print the council's name above the body's. */
  showCouncilName: boolean;
  /** PRESENT / ALSO PRESENT / IN ATTENDANCE, every label kept; none for minutes exported without a meeting. */
  attendance: readonly AttendanceParagraph[];
  /** "Apologies were received from …", or "" when nobody sent any. */
  apologies: string;
  /** Arrivals and departures recorded outside any minute. */
  notes: readonly string[];
  /** Body text size: the attendance labels' column is measured in it. */
  fontSizePt: number;
}

const capitals = (text: string) => wordSafeText(text.replace(/\s+/g, ' ').trim()).toLocaleUpperCase('en-GB');

/**
 * Where the names of an attendance line start, and where its wrapped lines align: past the widest label
 * ("IN ATTENDANCE:" in bold capitals is about 8.5 ems of Arial), so every line's names start in one column.
 */
export function attendanceColumn(fontSizePt: number): number {
  return Math.round(fontSizePt * 20 * 9.5);
}

/** "PRESENT:<tab>names", the label in bold capitals, the names hanging in their column so wrapped lines align. */
function attendanceParagraph(line: AttendanceParagraph, column: number, spacingAfter?: number): Paragraph {
  const children = [new TextRun({ text: line.label, bold: true })];
  if (line.names !== '') children.push(new TextRun({ children: ['\t', wordSafeText(line.names)] }));
  return paragraph({
    style: StyleId.attendance,
    tabStops: [{ type: TabStopType.LEFT, position: column }],
    indent: { left: column, hanging: column },
    ...(spacingAfter === undefined ? {} : { spacing: { after: spacingAfter } }),
    children,
  });
}

/**
 * The head of the minutes: the council's and the body's names in bold capitals, then "NOTES of a meeting of the
 * … on Thursday, 19 March 2015.", the attendance lines, the apologies sentence, and any movements outside a minute.
 */
export function titleBlock(front: FrontMatter): Paragraph[] {
  const { header } = front;
  const paragraphs: Paragraph[] = [];
  if (front.showCouncilName && header.councilName.trim() !== '') {
    paragraphs.push(textParagraph(capitals(header.councilName), { style: StyleId.councilName }));
  }
  paragraphs.push(textParagraph(capitals(header.bodyName), { style: StyleId.bodyName }));
  paragraphs.push(textParagraph(meetingSentence(header), { style: StyleId.meetingSentence }));
  const column = attendanceColumn(front.fontSizePt);
  // The lines stand close together; the last takes the full space after, like every other paragraph.
  const last = front.attendance.length - 1;
  front.attendance.forEach((line, index) => {
    paragraphs.push(attendanceParagraph(line, column, index === last ? paragraphSpacingAfter(front) : undefined));
  });
  if (front.apologies !== '') paragraphs.push(textParagraph(front.apologies));
  for (const note of front.notes) paragraphs.push(textParagraph(note));
  return paragraphs;
}
