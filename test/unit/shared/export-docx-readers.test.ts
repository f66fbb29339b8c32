import { describe, expect, it } from 'vitest';
import { editorStateFixture } from './fixtures';
import { libreOffice, libreOfficeText, pythonDocx, pythonDocxView, requireTool, skipWithout } from '../../support/docx-readers';
import { MARCH_2015_HEADING } from '../../fixtures/meetings';
import { EMPTY_ATTENDANCE_LINES, exportedMinutes } from './kcsp-2015-input';

/**
 * The exported file as LibreOffice and python-docx read it. These readers are
 * not ours, so they check what Word users will see: real list numbers that
 * restart in every list, bold runs, page fields in the footer, A4 and Arial.
 */

const details = MARCH_2015_HEADING;

const LIBREOFFICE_TIMEOUT = 60_000;

/** The lines of pdftotext's layout output with runs of spaces squeezed to one. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');

describe.skipIf(skipWithout(libreOffice))('the .docx as LibreOffice lays it out', () => {
  it(
    'numbers minute 94 with real list numbers: 1., (a), bullets, and the page footer',
    async () => {
      requireTool(libreOffice);
      const lines = linesOf(libreOfficeText(await exportedMinutes(details, editorStateFixture('minute-94'))));
      expect(lines.slice(0, 7)).toEqual([
        'KENT COMMUNITY SAFETY PARTNERSHIP',
        'NOTES of a meeting of the Kent Community Safety Partnership held in the Darent',
        'Room, Sessions House, County Hall, Maidstone on Thursday, 19 March 2015.',
        ...EMPTY_ATTENDANCE_LINES,
        'Community Safety Integration Project',
      ]);
      expect(lines).toContain('(Item B1)');
      const numbered = lines.filter((line) => /^(\d+\.|\([a-z]+\)|•|–) /.test(line)).map((line) => line.split(' ').slice(0, 3).join(' '));
      expect(numbered).toEqual([
        '1. Mr Adams,',
        '2. Mr Adams',
        '(a) improved Strategic',
        '(b) better information',
        '(c) the scope',
        '(d) sharing of',
        '3. In response',
        '4. Supt Russell,',
        '5. Mr Beaumont',
        '6. The Vice-Chair',
        '– SECamb will',
        '– Health services',
        '7. Mr Beaumont',
      ]);
      expect(lines).toContain('Page 1 of 2');
      expect(lines).toContain('Page 2 of 2');
    },
    LIBREOFFICE_TIMEOUT,
  );

  it(
    'restarts numbering in a second list, numbers (i) under (a), and keeps a list that starts at 104',
    async () => {
      requireTool(libreOffice);
      const lines = linesOf(libreOfficeText(await exportedMinutes(details, editorStateFixture('lists-and-formatting'))));
      const numbered = lines.filter((line) => /^(\d+\.|\([a-z]+\)|•) /.test(line)).map((line) => line.split(' ').slice(0, 2).join(' '));
      expect(numbered).toEqual([
        '1. Eight',
        '2. Alison',
        '(a) all',
        '(b) shared',
        '(i) Kent',
        '(ii) Home',
        '3. Work',
        // A new list after the resolution starts again at 1.
        '1. Martin',
        '2. Mr',
        '• Challenging',
        '• Identifying',
        '• Send',
        '104. Date',
      ]);
      expect(lines).toContain('Costs of £150k – £300k for Kent & Medway, café ‘quoted’ text.');
      expect(lines).toContain('Page 1 of 1');
    },
    LIBREOFFICE_TIMEOUT,
  );
});

describe.skipIf(skipWithout(pythonDocx))('the .docx as python-docx reads it', () => {
  it('marks list paragraphs with numPr (numId and ilvl), not typed digits, one numbering instance per list', async () => {
    requireTool(pythonDocx);
    const view = pythonDocxView(await exportedMinutes(details, editorStateFixture('lists-and-formatting')));
    const listed = view.paragraphs.filter((paragraph) => paragraph.numId !== null);
    expect(listed.map((paragraph) => [paragraph.text.split(' ')[0], paragraph.ilvl])).toEqual([
      ['Eight', 0],
      ['Alison', 0],
      ['all', 1],
      ['shared', 1],
      ['Kent', 2],
      ['Home', 2],
      ['Work', 0],
      ['Martin', 0],
      ['Mr', 0],
      ['Challenging', 0],
      ['Identifying', 0],
      ['Send', 0],
      ['Date', 0],
    ]);
    for (const paragraph of view.paragraphs) expect(paragraph.text).not.toMatch(/^(\d+\.|\([a-z]+\))\s/);

    const numIdOf = (firstWord: string) => listed.find((paragraph) => paragraph.text.startsWith(firstWord))!.numId!;
    // Items of one list, and the numbered lists nested in it, share a numbering instance (Word restarts (a) after
    // each 1.); separate lists outside minutes have their own.
    expect(numIdOf('Eight')).toBe(numIdOf('Work'));
    expect(numIdOf('all')).toBe(numIdOf('Eight'));
    expect(numIdOf('Kent')).toBe(numIdOf('Eight'));
    expect(numIdOf('Martin')).toBe(numIdOf('Mr'));
    expect(new Set([numIdOf('Eight'), numIdOf('Martin'), numIdOf('Challenging'), numIdOf('Send')]).size).toBe(4);

    // The numbered definition: 1. / (a) / (i) with hanging indents.
    const numberedAbstract = view.numbering.find((num) => num.numId === numIdOf('Eight'))!.abstractNumId;
    expect(view.abstractLevels[String(numberedAbstract)]!.slice(0, 3)).toEqual([
      { ilvl: 0, numFmt: 'decimal', lvlText: '%1.', left: 720, hanging: 720 },
      { ilvl: 1, numFmt: 'lowerLetter', lvlText: '(%2)', left: 1440, hanging: 720 },
      { ilvl: 2, numFmt: 'lowerRoman', lvlText: '(%3)', left: 2160, hanging: 720 },
    ]);
    const bulletAbstract = view.numbering.find((num) => num.numId === numIdOf('Challenging'))!.abstractNumId;
    // A bullet stands where a numbered paragraph's text starts.
    expect(view.abstractLevels[String(bulletAbstract)]![0]).toMatchObject({ numFmt: 'bullet', left: 1080, hanging: 360 });
    // The second list restarts at 1; the list the officer began at 104 starts there.
    expect(view.numbering.find((num) => num.numId === numIdOf('Martin'))!.startOverrides['0']).toBe(1);
    expect(view.numbering.find((num) => num.numId === numIdOf('Date'))!.startOverrides['0']).toBe(104);
  });

  it('makes bold, italic and underlined runs so, and only them', async () => {
    requireTool(pythonDocx);
    const view = pythonDocxView(await exportedMinutes(details, editorStateFixture('lists-and-formatting')));
    const resolution = view.paragraphs.find((paragraph) => paragraph.text.startsWith('RESOLVED'))!;
    expect(resolution.runs.map((run) => [run.text, Boolean(run.bold)])).toEqual([
      ['RESOLVED', true],
      [' that the Committee note the report.', false],
    ]);
    expect(view.paragraphs[0]).toMatchObject({ text: 'KENT COMMUNITY SAFETY PARTNERSHIP', style: 'MinutesBodyName' });
    const nextMeeting = view.paragraphs.find((paragraph) => paragraph.text.startsWith('Date of next meeting:'))!;
    expect(nextMeeting.runs.filter((run) => run.underline).map((run) => run.text)).toEqual(['10.00 am']);
    expect(nextMeeting.runs.filter((run) => run.bold).map((run) => run.text)).toEqual([' (struck)']);

    const m94 = pythonDocxView(await exportedMinutes(details, editorStateFixture('minute-94')));
    expect(m94.paragraphs.find((paragraph) => paragraph.text === '(Item B1)')!.runs.map((run) => run.italic)).toEqual([true]);
  });

  it('has PAGE and NUMPAGES fields in the footer, A4 portrait with 2.54 cm margins, Arial 12 pt in en-GB and core properties', async () => {
    requireTool(pythonDocx);
    const view = pythonDocxView(await exportedMinutes(details, editorStateFixture('minute-94')));
    expect(view.footerFields).toEqual(['PAGE', 'NUMPAGES']);
    expect(view.footerXml).toContain('Page ');
    expect(view.footerXml).toContain(' of ');
    // python-docx reports lengths in EMU: 1 mm = 36,000 EMU; 2.54 cm = 914,400.
    expect(Math.round(view.section.pageWidth / 36_000)).toBe(210);
    expect(Math.round(view.section.pageHeight / 36_000)).toBe(297);
    expect(view.section.orientation).toMatch(/PORTRAIT/);
    for (const margin of view.section.margins) expect(Math.abs(margin - 914_400)).toBeLessThan(1000);
    expect(view.defaultFont).toBe('Arial');
    expect(view.defaultSizePt).toBe(12);
    expect(view.language).toBe('en-GB');
    expect(view.coreTitle).toBe('Kent Community Safety Partnership - 19 March 2015 - NOTES');
    expect(view.coreAuthor).toBe('Minute Book');
  });
});
