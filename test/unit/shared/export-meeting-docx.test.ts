import { beforeAll, describe, expect, it } from 'vitest';
import { exportMeetingDocx } from '../../../shared/export/docx/index';
import type { MeetingExportInput } from '../../../shared/export/export-options';
import { EXEMPT_MINUTE_STATEMENT } from '../../../shared/export/meeting-blocks';
import { meetingSentence } from '../../../shared/minutes/meeting-sentence';
import { minutesHeading } from '../../../shared/model/minutes-heading';
import { KCSP_2015_AGENDA, KCSP_2015_IN_ATTENDANCE_LINE, KCSP_2015_PRESENT_LINE } from '../../fixtures/kcsp-2015';
import { libreOffice, libreOfficeParagraphsOfEach, libreOfficeTextOfEach, pythonDocx, pythonDocxView, requireTool, skipWithout } from '../../support/docx-readers';
import {
  EXEMPT_ITEM,
  EXEMPT_SENTENCE,
  KCSP_2015_MEETING,
  KCSP_BODY,
  bold,
  editorState,
  kcsp2015Input,
  listItem,
  minute,
  numbered,
  paragraph,
  resolved,
  seed001Minutes,
  seed001Paragraphs,
  text,
} from './kcsp-2015-input';

/**
 * exportMeetingDocx read back by readers we did not write: LibreOffice (paragraphs with the list labels it
 * computed, and the laid-out PDF text with headers) and python-docx (numbering, runs, header, footer, tables).
 */

const DRAFT = { version: 'full', draft: true } as const;
const FINAL = { version: 'full', draft: false } as const;

const MOVEMENT = 'Mr Rivers left the meeting at 11.05 am.';

/** The seed's paragraphs for minutes 92–96 with Mr Rivers' departure as the last paragraph of minute 94. */
function expectedMinutes(): string[] {
  const paragraphs = seed001Paragraphs();
  const at = paragraphs.indexOf('95. Final Community Warden Model');
  return [...paragraphs.slice(0, at), MOVEMENT, ...paragraphs.slice(at)];
}

/** The meeting with an exempt item E1 after minute 96, and its minute typed. */
function withExemptItem(): MeetingExportInput {
  return kcsp2015Input({
    meeting: { ...KCSP_2015_MEETING, agenda: [...KCSP_2015_AGENDA, EXEMPT_ITEM] },
    editorState: editorState(...seed001Minutes(), minute(EXEMPT_ITEM.id, paragraph(text(EXEMPT_SENTENCE)), resolved(' that the contract be awarded.'))),
  });
}

/** Minute 94 with numbered paragraphs across lists, (a) sub-points and two lettered resolutions; minute 95 with a plain one. */
function withLetteredResolutions(): MeetingExportInput {
  const state = editorState(
    minute(
      'item-94',
      numbered('Mr Adams introduced the report.', listItem(text('Officers responded as follows:')), numbered('the team would grow;', 'SECamb were invited.')),
      paragraph(text('The Partnership discussed the costs.')),
      numbered('Mr Beaumont thanked the team.'),
      resolved(' that:'),
      numbered('the report be noted; and', 'an update come to the next meeting.'),
      resolved(' that:'),
      numbered('the Chairman write to SECamb; and', 'Ms Cooke be thanked.'),
    ),
    minute('item-95', numbered('Mr Hill explained the model.'), paragraph(bold('Resolved'), text(' to note the update.'))),
  );
  return kcsp2015Input({ editorState: state, meeting: { ...KCSP_2015_MEETING, movements: [] } });
}

describe.skipIf(skipWithout(libreOffice))('exportMeetingDocx as LibreOffice reads it', () => {
  // Every copy is exported first and read in two LibreOffice runs, one for the paragraphs and one for the laid-out
  // text: starting LibreOffice is most of its cost, so one run per copy would take several times as long.
  let paragraphs: Record<'draft' | 'agendaCodes' | 'letteredResolutions' | 'exemptPublic' | 'exemptFull', string[]>;
  let texts: Record<'draft' | 'final' | 'exemptPublic' | 'exemptFull', string>;
  beforeAll(async () => {
    requireTool(libreOffice);
    const draft = await exportMeetingDocx(kcsp2015Input(), DRAFT);
    const exemptPublic = await exportMeetingDocx(withExemptItem(), { version: 'public', draft: false });
    const exemptFull = await exportMeetingDocx(withExemptItem(), FINAL);
    paragraphs = libreOfficeParagraphsOfEach({
      draft,
      agendaCodes: await exportMeetingDocx(kcsp2015Input({ body: { ...KCSP_BODY, headingStyle: 'agenda-codes', chairWord: 'Chair' } }), FINAL),
      letteredResolutions: await exportMeetingDocx(withLetteredResolutions(), FINAL),
      exemptPublic,
      exemptFull,
    });
    texts = libreOfficeTextOfEach({ draft, final: await exportMeetingDocx(kcsp2015Input(), FINAL), exemptPublic, exemptFull });
  });

  it('prints the house format of 19 March 2015 paragraph by paragraph: names, sentence, attendance, minutes 92–96 with real numbers, the movement in its minute, the signature block', () => {
    const lines = paragraphs.draft;
    expect(lines).toEqual([
      'KENT COUNTY COUNCIL',
      'KENT COMMUNITY SAFETY PARTNERSHIP',
      'NOTES of a meeting of the Kent Community Safety Partnership held in the Darent Room, Sessions House, County Hall, Maidstone on Thursday, 19 March 2015.',
      KCSP_2015_PRESENT_LINE,
      'ALSO PRESENT:',
      KCSP_2015_IN_ATTENDANCE_LINE,
      'UNRESTRICTED ITEMS',
      ...expectedMinutes(),
      'Chairman',
      'Date',
    ]);
    // Spot checks of the seed's shape, read off the same output.
    expect(lines.slice(7, 10)).toEqual([
      '92. Notes of meeting held on 8th October 2014',
      '(Item A3)',
      'RESOLVED that the minutes of the meeting held on the 14th of October 2014 are an accurate record and that they be signed by the Chairman.',
    ]);
    // Minute 95's numbers run on past its bullets (two lists, one minute): 1–6, then 7 and 8; minute 96 starts at 1 again.
    const labels = lines.filter((line) => /^(\d+\.|•) /.test(line) && !/^9\d\. /.test(line)).map((line) => line.split(' ')[0]);
    expect(labels.join(' ')).toBe('1. 2. 3. 4. 5. 6. 7. 1. 2. 3. 4. 5. 6. • • • • 7. 8. 1. 2. 3. 4. 5. 6.');
  });

  it('marks a draft DRAFT and numbers its pages in the laid-out text; the final copy carries no DRAFT', () => {
    const pages = texts.draft.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page.trim().split('\n')[0]!.trim()).toBe('DRAFT');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    const final = texts.final;
    expect(final).not.toContain('DRAFT');
    expect(final).toContain('Chairman');
  });

  it('heads minutes by agenda code in the lighter template (seed 002), with no "(Item …)" lines', () => {
    const lines = paragraphs.agendaCodes;
    expect(lines.filter((line) => /^[A-E]\d /.test(line))).toEqual([
      'A3 Notes of meeting held on 8th October 2014',
      'A4 Election of Vice-Chairman',
      'B1 Community Safety Integration Project',
      'B2 Final Community Warden Model',
      'B3 CSA Update Performance Report',
    ]);
    expect(lines.filter((line) => line.startsWith('(Item'))).toEqual([]);
    expect(lines[3]).toBe(KCSP_2015_PRESENT_LINE.replace('(Chairman)', '(Chair)').replace('(Vice-Chairman)', '(Vice-Chair)'));
    expect(lines.slice(-2)).toEqual(['Chair', 'Date']);
  });

  it('letters the parts of "RESOLVED that:" (a), (b), restarting per resolution, while a minute’s numbered paragraphs run on across lists and (a) sub-points restart under each number', () => {
    const lines = paragraphs.letteredResolutions;
    const at = lines.indexOf('UNRESTRICTED ITEMS');
    expect(lines.slice(at + 1, -2)).toEqual([
      '94. Community Safety Integration Project',
      '(Item B1)',
      '1. Mr Adams introduced the report.',
      '2. Officers responded as follows:',
      '(a) the team would grow;',
      '(b) SECamb were invited.',
      'The Partnership discussed the costs.',
      '3. Mr Beaumont thanked the team.',
      'RESOLVED that:',
      '(a) the report be noted; and',
      '(b) an update come to the next meeting.',
      'RESOLVED that:',
      '(a) the Chairman write to SECamb; and',
      '(b) Ms Cooke be thanked.',
      '95. Final Community Warden Model',
      '(Item B2)',
      '1. Mr Hill explained the model.',
      'Resolved to note the update.',
    ]);
  });

  it('leaves an exempt minute’s text out of the public copy entirely, and marks the full copy CONFIDENTIAL', () => {
    const publicText = texts.exemptPublic;
    const publicLines = paragraphs.exemptPublic;
    expect(publicText).not.toContain('212,400');
    expect(publicText).not.toContain('contract be awarded');
    expect(publicText).not.toContain('CONFIDENTIAL');
    // Part 2 business takes the next number in agenda order, after minute 103.
    expect(publicLines.slice(-6)).toEqual(['EXEMPT ITEMS', '104. Community Warden vehicle contract', '(Item E1)', EXEMPT_MINUTE_STATEMENT, 'Chairman', 'Date']);

    const fullText = texts.exemptFull;
    const fullLines = paragraphs.exemptFull;
    expect(fullLines.slice(-7)).toEqual([
      'EXEMPT ITEMS',
      '104. Community Warden vehicle contract',
      '(Item E1)',
      EXEMPT_SENTENCE,
      'RESOLVED that the contract be awarded.',
      'Chairman',
      'Date',
    ]);
    for (const page of fullText.split('\f').filter((p) => p.trim() !== '')) {
      expect(page.trim().split('\n')[0]!.replace(/\s+/g, ' ').trim()).toBe('CONFIDENTIAL – contains exempt information (Part 2)');
    }
  });
});

describe.skipIf(skipWithout(pythonDocx))('exportMeetingDocx as python-docx reads it', () => {
  it('numbers every minute in a numbering instance of its own, one instance for both lists of a minute, with hanging indents under the title', async () => {
    requireTool(pythonDocx);
    const view = pythonDocxView(await exportMeetingDocx(kcsp2015Input(), DRAFT));
    const numbered = view.paragraphs.filter((p) => p.numId !== null && view.abstractLevels[String(view.numbering.find((n) => n.numId === p.numId)!.abstractNumId)]![0]!.numFmt === 'decimal');
    const numIdOf = (start: string) => numbered.find((p) => p.text.startsWith(start))!.numId;
    // Minutes 94, 95 and 96 each count in their own instance.
    const m94 = numIdOf('Mr Adams, Kent Fire');
    const m95 = numIdOf('Mr Hill explained that he had fought');
    const m96 = numIdOf('Mr Beaumont gave an overview');
    expect(new Set([m94, m95, m96]).size).toBe(3);
    // Minute 95's second list (7 and 8, after the bullets) is in the first list's instance, so it counts on.
    expect(numIdOf('Mr Stepney commented')).toBe(m95);
    expect(numIdOf('Mr Hill commented that he was very happy')).toBe(m95);
    // Each minute's instance starts again at 1.
    for (const numId of [m94, m95, m96]) expect(view.numbering.find((n) => n.numId === numId)!.startOverrides['0']).toBe(1);
    // In the numbered template the numbers stand under the minute's title (720) and the text one step in.
    const abstract = view.numbering.find((n) => n.numId === m94)!.abstractNumId;
    expect(view.abstractLevels[String(abstract)]!.slice(0, 2)).toEqual([
      { ilvl: 0, numFmt: 'decimal', lvlText: '%1.', left: 1440, hanging: 720 },
      { ilvl: 1, numFmt: 'lowerLetter', lvlText: '(%2)', left: 2160, hanging: 720 },
    ]);
    // No typed paragraph numbers: only the minutes' own numbers are text, in their headings.
    for (const paragraph of view.paragraphs.filter((p) => p.style !== 'MinutesMinuteHeading')) expect(paragraph.text).not.toMatch(/^(\d+\.|\([a-z]+\))\s/);
    expect(view.paragraphs.filter((p) => p.style === 'MinutesMinuteHeading').map((p) => p.text.split('\t')[0])).toEqual(['92.', '93.', '94.', '95.', '96.']);
  });

  it('makes RESOLVED bold capitals and the attendance labels bold, and nothing else in those paragraphs', async () => {
    requireTool(pythonDocx);
    const view = pythonDocxView(await exportMeetingDocx(kcsp2015Input(), DRAFT));
    const resolutions = view.paragraphs.filter((p) => p.text.startsWith('RESOLVED'));
    expect(resolutions).toHaveLength(5);
    for (const resolution of resolutions) {
      expect(resolution.runs[0]).toMatchObject({ text: 'RESOLVED', bold: true });
      expect(resolution.runs.slice(1).every((run) => !run.bold)).toBe(true);
      expect(resolution.numId).toBeNull();
    }
    const present = view.paragraphs.find((p) => p.text.startsWith('PRESENT:'))!;
    expect(present.runs.map((run) => [run.text, Boolean(run.bold)])).toEqual([
      ['PRESENT:', true],
      [`\t${KCSP_2015_PRESENT_LINE.slice('PRESENT: '.length)}`, false],
    ]);
    expect(view.paragraphs.find((p) => p.text.startsWith('ALSO PRESENT'))!.text).toBe('ALSO PRESENT:');
    expect(view.paragraphs.slice(0, 2).map((p) => [p.text, p.runs.every((run) => run.bold !== false)])).toEqual([
      ['KENT COUNTY COUNCIL', true],
      ['KENT COMMUNITY SAFETY PARTNERSHIP', true],
    ]);
  });

  it('keeps part headings, minute headings and "(Item …)" with the next paragraph, so a heading never ends a page, and every paragraph has widow control', async () => {
    requireTool(pythonDocx);
    const view = pythonDocxView(await exportMeetingDocx(kcsp2015Input(), FINAL));
    const headingLike = view.paragraphs.filter((p) => p.style === 'MinutesMinuteHeading' || p.style === 'MinutesPartHeading' || p.text.startsWith('(Item '));
    expect(headingLike.map((p) => p.text.split('\t')[0])).toEqual(['UNRESTRICTED ITEMS', '92.', '(Item A3)', '93.', '(Item A4)', '94.', '(Item B1)', '95.', '(Item B2)', '96.', '(Item B3)']);
    for (const p of headingLike) expect(p.keepNext).toBe(true);
    // The last paragraph goes with the signature block, so the chair never signs a page of nothing else.
    expect(view.paragraphs.at(-1)!.keepNext).toBe(true);
    expect(view.paragraphs.filter((p) => p.keepNext).length).toBeLessThan(view.paragraphs.length / 2);
    for (const p of view.paragraphs) expect(p.widowControl).toBe(true);
  });

  it('puts DRAFT in the header and the title of a draft only, and PAGE / NUMPAGES in the footer', async () => {
    requireTool(pythonDocx);
    const draft = pythonDocxView(await exportMeetingDocx(kcsp2015Input(), DRAFT));
    expect(draft.headerText).toEqual(['DRAFT']);
    expect(draft.coreTitle).toBe('Kent Community Safety Partnership - 19 March 2015 - NOTES - DRAFT');
    expect(draft.footerFields).toEqual(['PAGE', 'NUMPAGES']);
    const final = pythonDocxView(await exportMeetingDocx(kcsp2015Input(), FINAL));
    expect(final.headerText).toEqual([]);
    expect(final.allText).not.toContain('DRAFT');
    expect(final.coreTitle).toBe('Kent Community Safety Partnership - 19 March 2015 - NOTES');
    expect(final.footerFields).toEqual(['PAGE', 'NUMPAGES']);
  });

  it('draws the signature block as a borderless table with fixed, absolute widths filling the text width', async () => {
    requireTool(pythonDocx);
    const view = pythonDocxView(await exportMeetingDocx(kcsp2015Input(), FINAL));
    expect(view.tables).toHaveLength(1);
    const [table] = view.tables;
    // A4 (11906) less two margins of 25.4 mm (1440 each).
    expect(table).toEqual({
      layout: 'fixed',
      width: { w: 9026, type: 'dxa' },
      gridCols: [4964, 903, 3159],
      cellWidths: [
        { w: 4964, type: 'dxa' },
        { w: 903, type: 'dxa' },
        { w: 3159, type: 'dxa' },
      ],
      // python-docx joins a cell's paragraphs with a new line: the signing line (empty), then its label.
      cellTexts: ['\nChairman', '', '\nDate'],
    });
    const none = pythonDocxView(await exportMeetingDocx(kcsp2015Input({ body: { ...KCSP_BODY, houseStyle: { signatureBlock: false } } }), FINAL));
    expect(none.tables).toEqual([]);
  });

  it('takes font, size, paper, margins, council line and time style from the body’s house style', async () => {
    requireTool(pythonDocx);
    const body = { ...KCSP_BODY, houseStyle: { font: 'Times New Roman', fontSizePt: 11, paper: 'Letter', marginMm: 20, timeStyle: '10:00am', showCouncilName: false } as const };
    const view = pythonDocxView(await exportMeetingDocx(kcsp2015Input({ body }), FINAL));
    expect(view.defaultFont).toBe('Times New Roman');
    expect(view.defaultSizePt).toBe(11);
    expect(view.language).toBe('en-GB');
    // Letter is 8.5 × 11 in: 914,400 EMU to the inch; margins 20 mm = 720,000 EMU.
    expect([view.section.pageWidth, view.section.pageHeight]).toEqual([7_772_400, 10_058_400]);
    for (const margin of view.section.margins) expect(Math.abs(margin - 720_000)).toBeLessThan(1000);
    expect(view.paragraphs[0]!.text).toBe('KENT COMMUNITY SAFETY PARTNERSHIP');
    expect(view.paragraphs.map((p) => p.text)).toContain('Mr Rivers left the meeting at 11:05am.');
    // The signature table fills Letter's narrower text width.
    expect(view.tables[0]!.width).toEqual({ w: 9974, type: 'dxa' }); // 12240 less two margins of 20 mm (1133 twips each)
  });

  it('keeps an exempt minute’s text out of every part of the public file, and in the full one with a CONFIDENTIAL header', async () => {
    requireTool(pythonDocx);
    const publicView = pythonDocxView(await exportMeetingDocx(withExemptItem(), { version: 'public', draft: true }));
    expect(publicView.allText).not.toContain('212,400');
    expect(publicView.allText).not.toContain('contract be awarded');
    expect(publicView.allText).toContain(EXEMPT_MINUTE_STATEMENT);
    expect(publicView.headerText).toEqual(['DRAFT']);
    const fullView = pythonDocxView(await exportMeetingDocx(withExemptItem(), { version: 'full', draft: true }));
    expect(fullView.paragraphs.map((p) => p.text)).toContain(EXEMPT_SENTENCE);
    expect(fullView.headerText).toEqual(['DRAFT', 'CONFIDENTIAL – contains exempt information (Part 2)']);
    // Without exempt items, the full copy is not confidential.
    expect(pythonDocxView(await exportMeetingDocx(kcsp2015Input(), FINAL)).allText).not.toContain('CONFIDENTIAL');
  });
});

describe.skipIf(skipWithout(pythonDocx))('exportMeetingDocx keeps what was typed', () => {
  it('keeps curly quotes, apostrophes, en dashes, £, &, accents and hyphenated names, strips control characters, and prints the apologies sentence', async () => {
    requireTool(pythonDocx);
    const typed = 'Ms Mochrie-Cox said “costs of £150k – £300k for Kent & Medway” at the café’s meeting;\u0007 Zoë agreed.';
    const meeting = { ...KCSP_2015_MEETING, movements: [], attendance: { ...KCSP_2015_MEETING.attendance, 'p-leney': 'apologies' as const, 'p-davison': 'apologies' as const } };
    const view = pythonDocxView(await exportMeetingDocx(kcsp2015Input({ meeting, editorState: editorState(minute('item-94', numbered(typed), paragraph(text('Second\u000B paragraph.')))) }), FINAL));
    const texts = view.paragraphs.map((p) => p.text);
    expect(texts).toContain('Ms Mochrie-Cox said “costs of £150k – £300k for Kent & Medway” at the café’s meeting; Zoë agreed.');
    expect(texts).toContain('Second paragraph.');
    // eslint-disable-next-line no-control-regex -- checking that none is left
    expect(view.allText).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const inAttendance = texts.findIndex((t) => t.startsWith('IN ATTENDANCE:'));
    expect(texts[inAttendance + 1]).toBe('Apologies were received from Ms J Leney and Ms S Davison.');
    expect(texts[inAttendance + 2]).toBe('UNRESTRICTED ITEMS');
  });
});

describe('exportMeetingDocx', () => {
  it('opens with the meeting sentence of the meeting’s own details', () => {
    expect(meetingSentence(minutesHeading(KCSP_BODY, KCSP_2015_MEETING))).toBe(
      'NOTES of a meeting of the Kent Community Safety Partnership held in the Darent Room, Sessions House, County Hall, Maidstone on Thursday, 19 March 2015.',
    );
  });

  it('refuses minutes that are not an editor state, before writing anything', async () => {
    await expect(exportMeetingDocx(kcsp2015Input({ editorState: { hello: 'world' } }), FINAL)).rejects.toThrow(/not a Lexical editor state/);
  });
});
