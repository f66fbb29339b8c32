import type { IStylesOptions } from 'docx';
import type { HouseStyle } from '../../house-style/house-style';

/**
 * Fonts, sizes and paragraph styles of the minutes. Word measures in twips
 * (1/20 pt, 1440 to the inch, 567 to the cm) and font sizes in half-points.
 */

/** British English, so Word checks spelling the council's way. */
export const LANGUAGE = 'en-GB';

/** One body-size line of space after each paragraph: the blank line between paragraphs of printed minutes. */
export function paragraphSpacingAfter(style: Pick<HouseStyle, 'fontSizePt'>): number {
  return Math.round(style.fontSizePt * 20);
}

/** The footer is two points smaller than the body, and never below 8 pt. */
function smallSizeHalfPoints(style: Pick<HouseStyle, 'fontSizePt'>): number {
  return Math.round(Math.max(8, style.fontSizePt - 2) * 2);
}

/** Style ids used by the writer. Word shows the names; the ids are what paragraphs point at. */
export const StyleId = {
  councilName: 'MinutesCouncilName',
  bodyName: 'MinutesBodyName',
  meetingSentence: 'MinutesMeetingSentence',
  attendance: 'MinutesAttendance',
  partHeading: 'MinutesPartHeading',
  minuteHeading: 'MinutesMinuteHeading',
  resolution: 'MinutesResolution',
  signature: 'MinutesSignature',
  header: 'MinutesHeader',
  footer: 'MinutesFooter',
} as const;

/** The document's styles: the house font and size, single spacing, left aligned, en-GB throughout. */
export function minutesStyles(style: Pick<HouseStyle, 'font' | 'fontSizePt'>): IStylesOptions {
  const size = Math.round(style.fontSizePt * 2);
  const after = paragraphSpacingAfter(style);
  const small = smallSizeHalfPoints(style);
  return {
    default: {
      document: {
        run: {
          font: style.font,
          size,
          language: { value: LANGUAGE, eastAsia: LANGUAGE, bidirectional: LANGUAGE },
        },
        paragraph: {
          spacing: { before: 0, after, line: 240 },
        },
      },
      // List paragraphs keep the same space after as the rest (Word's own style removes it).
      listParagraph: {
        run: { font: style.font, size },
        paragraph: { spacing: { before: 0, after } },
      },
    },
    paragraphStyles: [
      {
        id: StyleId.councilName,
        name: 'Minutes Council Name',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { after: 0 } },
      },
      {
        id: StyleId.bodyName,
        name: 'Minutes Body Name',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true },
      },
      {
        id: StyleId.meetingSentence,
        name: 'Minutes Meeting Sentence',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
      },
      {
        id: StyleId.attendance,
        name: 'Minutes Attendance',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { after: Math.round(after / 2) } },
      },
      {
        id: StyleId.partHeading,
        name: 'Minutes Part Heading',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true, keepLines: true },
      },
      {
        id: StyleId.minuteHeading,
        name: 'Minutes Minute Heading',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true, keepLines: true },
      },
      {
        id: StyleId.resolution,
        name: 'Minutes Resolution',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
      },
      {
        id: StyleId.signature,
        name: 'Minutes Signature',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: { after: 0 }, keepNext: true },
      },
      {
        id: StyleId.header,
        name: 'Minutes Header',
        basedOn: 'Normal',
        // Two points larger than the body, so DRAFT is the first thing the chair sees.
        run: { bold: true, size: size + 4 },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: StyleId.footer,
        name: 'Minutes Footer',
        basedOn: 'Normal',
        run: { size: small },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}
