import { AlignmentType, Footer, PageNumber, PageOrientation, Paragraph, TextRun, convertMillimetersToTwip, type ISectionPropertiesOptions } from 'docx';
import { StyleId } from './styles';

/** A4 in twips (210 × 297 mm). */
const A4 = { width: 11906, height: 16838 };
/** 2.54 cm all round. */
const MARGIN = convertMillimetersToTwip(25.4);

/** A4 portrait with 2.54 cm margins. */
export function pageProperties(): ISectionPropertiesOptions {
  return {
    page: {
      size: { ...A4, orientation: PageOrientation.PORTRAIT },
      margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: 709, footer: 709 },
    },
  };
}

/** "Page 3 of 7", centred, with Word's PAGE and NUMPAGES fields so the numbers are always right. */
export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: StyleId.footer,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
