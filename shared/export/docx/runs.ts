import { Tab, TextRun } from 'docx';
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
