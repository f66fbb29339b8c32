import { Document, Packer } from 'docx';
import { formatShortDate } from '../../format/british-date';
import { minutesFromEditorState } from '../../minutes/from-editor-state';
import type { MinutesDocument } from '../../minutes/minutes-document';
import type { MinutesHeading } from '../../model/minutes-heading';
import type { MinutesFacts } from '../../minutes/minutes-facts';
import { wordSafeText } from '../word-safe-text';
import { bodyParagraphs } from './body';
import { numberingConfig } from './numbering';
import { pageFooter, pageProperties } from './page';
import { minutesStyles } from './styles';
import { titleBlock } from './title-block';

/** Saved editor JSON of a meeting → the bytes of its minutes as a Word (.docx) file. */
export async function exportMinutesDocx(heading: MinutesHeading, editorState: unknown, facts?: MinutesFacts): Promise<Uint8Array<ArrayBuffer>> {
  return minutesDocxBytes(minutesFromEditorState(heading, editorState, facts));
}

/** A typed minutes document → .docx bytes. Needs neither a DOM nor Node's Buffer. */
export async function minutesDocxBytes(minutes: MinutesDocument): Promise<Uint8Array<ArrayBuffer>> {
  const { header, blocks } = minutes;
  const document = new Document({
    title: wordSafeText(`${header.bodyName.trim()} - ${formatShortDate(header.date)} - ${header.documentWord}`),
    creator: 'Minute Book',
    lastModifiedBy: 'Minute Book',
    styles: minutesStyles(),
    numbering: { config: numberingConfig(blocks.filter((block) => block.kind === 'listItem')) },
    sections: [
      {
        properties: pageProperties(),
        footers: { default: pageFooter() },
        children: [...titleBlock(header), ...bodyParagraphs(blocks)],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
