import { BorderStyle, TableCell, TextRun, WidthType } from 'docx';
import { wordSafeText } from '../word-safe-text';
import { paragraph } from './runs';

/** The minutes' tables are ruled with thin single lines, inside and out. */
const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'auto' } as const;
export const ALL_LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;

/** A cell of a minutes table: one paragraph of text, plain or bold, at a fixed width (LibreOffice ignores automatic ones). */
export function cell(width: number, text: string, bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: wordSafeText(text), bold: bold || undefined })] })],
  });
}
