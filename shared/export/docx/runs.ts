import { Paragraph, Tab, TextRun, type IParagraphOptions } from 'docx';
import type { MinutesRun } from '../../minutes/minutes-document';
import { wordSafeText } from '../word-safe-text';

/**
 * Word runs for a stretch of minutes text: line breaks become Word line breaks,
 * tabs Word tabs, and characters Word cannot read are removed.
 */
export function textRuns(run: MinutesRun): TextRun[] {
  const text = wordSafeText(run.text).replace(/\r\n?/g, '\n');
  return text.split('\n').map(
    (line, index) =>
      new TextRun({
        // Only what is on is written, so a style can still make a run bold.
        bold: run.bold || undefined,
        italics: run.italic || undefined,
        underline: run.underline ? {} : undefined,
        break: index > 0 ? 1 : undefined,
        children: line.split('\t').flatMap((piece, tabIndex) => (tabIndex === 0 ? [piece] : [new Tab(), piece])).filter((child) => child !== ''),
      }),
  );
}

/** A paragraph of the minutes: always with widow and orphan control, so a page never starts or ends on one stray line. */
export function paragraph(options: Exclude<IParagraphOptions, string>): Paragraph {
  return new Paragraph({ widowControl: true, ...options });
}

/** A paragraph of plain text (control characters removed), formatted by its style. */
export function textParagraph(text: string, options: Exclude<IParagraphOptions, string> = {}): Paragraph {
  return paragraph({ ...options, children: [new TextRun({ text: wordSafeText(text) })] });
}
