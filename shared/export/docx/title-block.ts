import { Paragraph, TextRun } from 'docx';
import { meetingSentence } from '../../minutes/meeting-sentence';
import type { MinutesHeader } from '../../minutes/minutes-document';
import { wordSafeText } from '../word-safe-text';
import { StyleId } from './styles';

/**
 * The head of the minutes: the body's name in bold capitals, then (after the
 * blank line every paragraph is followed by) "NOTES of a meeting of the … on
 * Thursday, 19 March 2015."
 */
export function titleBlock(header: MinutesHeader): Paragraph[] {
  return [
    new Paragraph({
      style: StyleId.bodyName,
      children: [new TextRun({ text: wordSafeText(header.bodyName.trim()).toLocaleUpperCase('en-GB') })],
    }),
    new Paragraph({
      style: StyleId.meetingSentence,
      children: [new TextRun({ text: wordSafeText(meetingSentence(header)) })],
    }),
  ];
}
