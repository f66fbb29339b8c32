import { Paragraph } from 'docx';
import type { MinutesBlock } from '../../minutes/minutes-document';
import { numberingOf } from './numbering';
import { textRuns } from './runs';

/** The minutes' paragraphs and list items as Word paragraphs, list items with real numbering. */
export function bodyParagraphs(blocks: readonly MinutesBlock[]): Paragraph[] {
  return blocks.map((block) => {
    const children = block.runs.flatMap(textRuns);
    if (block.kind === 'paragraph') return new Paragraph({ children });
    return new Paragraph({ children, numbering: numberingOf(block) });
  });
}
