import type { IStylesOptions } from 'docx';

/**
 * Fonts, sizes and paragraph styles of the minutes. Word measures in twips
 * (1/20 pt, 1440 to the inch, 567 to the cm) and font sizes in half-points.
 */

export const BODY_FONT = 'Arial';
/** 12 pt. */
export const BODY_SIZE_HALF_POINTS = 24;
/** 10 pt, for the footer. */
export const FOOTER_SIZE_HALF_POINTS = 20;
/** British English, so Word checks spelling the council's way. */
export const LANGUAGE = 'en-GB';

/** One 12 pt line of space after each paragraph: the blank line between paragraphs of printed minutes. */
export const PARAGRAPH_SPACING_AFTER = 240;

/** Style ids used by the writer. Word shows the names; the ids are what paragraphs point at. */
export const StyleId = {
  bodyName: 'MinutesBodyName',
  meetingSentence: 'MinutesMeetingSentence',
  footer: 'MinutesFooter',
} as const;

/** The document's styles: Arial 12 pt, single spacing, left aligned, en-GB throughout. */
export function minutesStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: BODY_FONT,
          size: BODY_SIZE_HALF_POINTS,
          language: { value: LANGUAGE, eastAsia: LANGUAGE, bidirectional: LANGUAGE },
        },
        paragraph: {
          spacing: { before: 0, after: PARAGRAPH_SPACING_AFTER, line: 240 },
        },
      },
      // List paragraphs keep the same space after as the rest (Word's own style removes it).
      listParagraph: {
        run: { font: BODY_FONT, size: BODY_SIZE_HALF_POINTS },
        paragraph: { spacing: { before: 0, after: PARAGRAPH_SPACING_AFTER } },
      },
    },
    paragraphStyles: [
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
        id: StyleId.footer,
        name: 'Minutes Footer',
        basedOn: 'Normal',
        run: { size: FOOTER_SIZE_HALF_POINTS },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}
