import { Document, Packer, type Paragraph, type Table } from 'docx';
import { apologiesSentence, attendanceLines, attendanceParagraphs } from '../../domain/attendance-lines';
import { formatShortDate } from '../../format/british-date';
import { houseStyleOf, type HouseStyle } from '../../house-style/house-style';
import { minutesFromEditorState } from '../../minutes/from-editor-state';
import type { MinutesDocument, MinutesHeader } from '../../minutes/minutes-document';
import { minutesFacts } from '../../minutes/minutes-facts';
import type { ChairWord, HeadingStyle } from '../../model/body';
import { minutesHeading } from '../../model/minutes-heading';
import { hasExemptItems, type MeetingExportInput, type MinutesExportOptions } from '../export-options';
import { arrangeMeetingBlocks } from '../meeting-blocks';
import { wordSafeText } from '../word-safe-text';
import { bodyParagraphs, minuteIndent } from './body';
import { MinutesNumbering } from './numbering';
import { pageFooter, pageHeader, pageProperties, textWidthTwips } from './page';
import { signatureBlock } from './signature';
import { minutesStyles } from './styles';
import { titleBlock, type FrontMatter } from './title-block';
import { asMinuted } from '../../model/print-record';
import { mattersArising, type ActionLogEntry } from '../../domain/action-log';
import { mattersArisingTable } from './matters-arising';

/** What every page of a draft carries at its head, and the final copy does not. */
export const DRAFT_MARKING = 'DRAFT';
/** What every page of the full copy of a meeting with Part 2 business carries at its head. */
export const CONFIDENTIAL_MARKING = 'CONFIDENTIAL \u2013 contains exempt information (Part 2)';

/**
 * A meeting's minutes as the .docx bytes of the house format: draft or final, public or full copy, in the body's
 * house style. `actionLog` is the committee's (shared/domain/action-log.ts): its actions still open from earlier
 * meetings print as "Matters arising" before the business.
 */
export async function exportMeetingDocx(input: MeetingExportInput, options: MinutesExportOptions, actionLog: readonly ActionLogEntry[] = []): Promise<Uint8Array<ArrayBuffer>> {
  const { meeting } = input;
  // A meeting whose minutes have left draft prints with the body and roster as they were then.
  const { body, roster } = asMinuted(meeting, input.body, input.roster);
  const style = houseStyleOf(body.houseStyle);
  const heading = minutesHeading(body, meeting);
  const minutes = minutesFromEditorState(heading, input.editorState, minutesFacts(meeting, body, roster));
  const arranged = arrangeMeetingBlocks(minutes.blocks, meeting, roster, options.version, style.timeStyle);
  const confidential = options.version === 'full' && hasExemptItems(meeting);
  const markings = [...(options.draft ? [DRAFT_MARKING] : []), ...(confidential ? [CONFIDENTIAL_MARKING] : [])];
  return writeDocx({
    style,
    headingStyle: body.headingStyle,
    front: {
      header: heading,
      showCouncilName: style.showCouncilName,
      attendance: attendanceParagraphs(meeting.attendance, roster, body.chairWord),
      apologies: apologiesSentence(attendanceLines(meeting.attendance, roster, body.chairWord).apologies),
      notes: arranged.frontNotes,
      fontSizePt: style.fontSizePt,
    },
    blocks: arranged.blocks,
    mattersArising: mattersArising(actionLog, meeting, options.version === 'public'),
    signature: style.signatureBlock ? body.chairWord : null,
    markings,
    title: documentTitle(heading, markings),
  });
}

/** "Kent Community Safety Partnership - 19 March 2015 - NOTES", with " - DRAFT" (and the other markings) on a marked copy. */
function documentTitle(header: MinutesHeader, markings: readonly string[]): string {
  const marks = markings.map((marking) => marking.split(' ')[0]!);
  return wordSafeText([`${header.bodyName.trim()}`, formatShortDate(header.date), header.documentWord, ...marks].join(' - '));
}

interface DocxPlan {
  style: HouseStyle;
  headingStyle: HeadingStyle;
  front: FrontMatter;
  blocks: MinutesDocument['blocks'];
  /** The committee's open actions from earlier meetings, printed before the business. */
  mattersArising: readonly ActionLogEntry[];
  signature: ChairWord | null;
  markings: readonly string[];
  title: string;
}

async function writeDocx(plan: DocxPlan): Promise<Uint8Array<ArrayBuffer>> {
  const { style, headingStyle } = plan;
  const numbering = new MinutesNumbering(style.font, (item) => minuteIndent(headingStyle, item.inMinute));
  const children: (Paragraph | Table)[] = [...titleBlock(plan.front), ...mattersArisingTable(plan.mattersArising, textWidthTwips(style))];
  const body = bodyParagraphs(plan.blocks, { headingStyle, numbering, keepLastWithNext: plan.signature !== null, textWidth: textWidthTwips(style) });
  children.push(...body);
  if (plan.signature !== null) children.push(signatureBlock(plan.signature, textWidthTwips(style)));
  const header = pageHeader(plan.markings);
  const document = new Document({
    title: plan.title,
    creator: 'Minute Book',
    lastModifiedBy: 'Minute Book',
    styles: minutesStyles(style),
    numbering: { config: numbering.config() },
    sections: [
      {
        properties: pageProperties(style),
        ...(header ? { headers: { default: header } } : {}),
        footers: { default: pageFooter() },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
