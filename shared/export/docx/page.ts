import { AlignmentType, Footer, Header, PageNumber, PageOrientation, TextRun, convertMillimetersToTwip, type ISectionPropertiesOptions } from 'docx';
import type { HouseStyle } from '../../house-style/house-style';
import { paragraph, textParagraph } from './runs';
import { StyleId } from './styles';

/** Paper sizes in twips, portrait. */
export const PAPER = {
  /** 210 × 297 mm. */
  A4: { width: 11906, height: 16838 },
  /** 8.5 × 11 in. */
  Letter: { width: 12240, height: 15840 },
} as const;

/** Where the header and footer stand from the page's edge: 1.25 cm. */
const HEADER_FOOTER_DISTANCE = 709;

/** The margin in twips. */
export function marginTwips(style: Pick<HouseStyle, 'marginMm'>): number {
  return convertMillimetersToTwip(style.marginMm);
}

/** The width between the margins, in twips: what a full-width table may take. */
export function textWidthTwips(style: Pick<HouseStyle, 'paper' | 'marginMm'>): number {
  return PAPER[style.paper].width - 2 * marginTwips(style);
}

/** The house paper, portrait, with the house margins all round. */
export function pageProperties(style: Pick<HouseStyle, 'paper' | 'marginMm'>): ISectionPropertiesOptions {
  const margin = marginTwips(style);
  return {
    page: {
      size: { ...PAPER[style.paper], orientation: PageOrientation.PORTRAIT },
      margin: { top: margin, right: margin, bottom: margin, left: margin, header: HEADER_FOOTER_DISTANCE, footer: HEADER_FOOTER_DISTANCE },
    },
  };
}

/** "Page 3 of 7", centred, with Word's PAGE and NUMPAGES fields so the numbers are always right. */
export function pageFooter(): Footer {
  return new Footer({
    children: [
      paragraph({
        style: StyleId.footer,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** The markings every page carries at its head ("DRAFT", "CONFIDENTIAL – …"), right-aligned in bold; none, no header. */
export function pageHeader(markings: readonly string[]): Header | undefined {
  if (markings.length === 0) return undefined;
  return new Header({ children: markings.map((marking) => textParagraph(marking, { style: StyleId.header, alignment: AlignmentType.RIGHT })) });
}
