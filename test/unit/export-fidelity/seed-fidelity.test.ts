import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportMeetingDocx } from '../../../shared/export/docx';
import { meetingExportInput, parseMeetingFile, type MeetingFile } from '../../../shared/meeting-file/meeting-file';
import { readSeed, type SeedName } from '../../fixtures/seeds/read-seed';
import { libreOffice, libreOfficeParagraphsOfEach, requireTool, skipWithout } from '../../support/docx-readers';

/*
 * Each seed meeting file, exported as the full final copy, read back by LibreOffice paragraph by paragraph and
 * compared whole with the seed's own text. The expected paragraphs are taken from test/fixtures/seeds/*.txt here, at
 * test time, with white space folded and nothing else loosened. Where the house format deliberately prints
 * something other than the seed, the step below that makes the change says what and why; every such step is
 * exact (it names the paragraph it touches), so any other difference fails.
 */

const fixture = (name: string): MeetingFile => {
  const parsed = parseMeetingFile(readFileSync(new URL(`../../fixtures/meeting-files/${name}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.file;
};

/** The seed's lines with white space folded, blank ones dropped (a missing seed fails the test). */
function seedLines(name: SeedName): string[] {
  return readSeed(name)
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Replaces the one paragraph equal to `from` (failing if it is not there exactly once). */
function replaceOnce(lines: string[], from: string | RegExp, to: (line: string) => string[]): string[] {
  const matches = lines.filter((line) => (typeof from === 'string' ? line === from : from.test(line)));
  if (matches.length !== 1) throw new Error(`Expected exactly one seed paragraph like ${String(from)}, found ${matches.length}`);
  return lines.flatMap((line) => (line === matches[0] ? to(line) : [line]));
}

/**
 * A page break in the PDF the seed was extracted from split a paragraph in two: join the paragraph ending with
 * `endsWith` to the next one (these are named one by one, not guessed).
 */
function rejoinPageBreak(lines: string[], endsWith: string): string[] {
  const at = lines.findIndex((line) => line.endsWith(endsWith));
  if (at === -1 || at + 1 >= lines.length) throw new Error(`No paragraph ends with "${endsWith}"`);
  return [...lines.slice(0, at), `${lines[at]} ${lines[at + 1]}`, ...lines.slice(at + 2)];
}

/** The seed writes a bullet as "- "; LibreOffice prints the house format's bullet under a numbered paragraph as "◦". */
const bulletsAsWordPrintsThem = (lines: string[]) => lines.map((line) => line.replace(/^- /, '◦ '));

/** Markdown emphasis and headings in the text extraction (002): "## **A1 Introduction**" is the paragraph "A1 Introduction". */
const withoutMarkdown = (lines: string[]) => lines.map((line) => line.replace(/^#+ /, '').replace(/\*\*/g, '').replace(/^<(https?:[^>]+)>$/, '$1'));

/** The signature block the house format ends with (HOUSE-FORMAT.md "What the signed copy needs that the seeds do not show"). */
const SIGNATURE = (chairWord: string) => [chairWord, 'Date'];

/** The full final copy of a seed meeting file. */
const exportedCopy = (name: string) => exportMeetingDocx(meetingExportInput(fixture(name)), { version: 'full', draft: false });

describe.skipIf(skipWithout(libreOffice))('the seed meetings exported, as LibreOffice reads them', () => {
  // The three copies are read in one LibreOffice run: starting it is most of the cost.
  let exported: Record<'march2015' | 'july2019' | 'march2023', string[]>;
  beforeAll(async () => {
    requireTool(libreOffice);
    exported = libreOfficeParagraphsOfEach({
      march2015: await exportedCopy('kcsp-2015-03-19.json'),
      july2019: await exportedCopy('kcsp-2019-07-17.json'),
      march2023: await exportedCopy('kcsp-2023-03-21.json'),
    });
  });

  it('19 March 2015 (seed 001) prints every paragraph of the seed, in order', () => {
    let lines = seedLines('001_27efcbc9c765a2a8.txt');
    for (const end of ['Practical', "the Commissioner's", 'with all involved']) lines = rejoinPageBreak(lines, end);
    // The seed's text extraction put three items' "(Item B2)" on the title line, in italics; the house format puts
    // every reference on its own line under the title, as the seed does for the other nine.
    lines = lines.flatMap((line) => {
      const match = /^(\d+\. .+) \*\((Item \w+)\)\*$/.exec(line);
      return match ? [match[1]!, `(${match[2]})`] : [line];
    });
    lines = bulletsAsWordPrintsThem(lines);
    const expected = [...lines, ...SIGNATURE('Chairman')];
    expect(exported.march2015).toEqual(expected);
  });

  it('21 March 2023 (seed 002) prints every paragraph of the seed, in order, with the house format’s front matter', () => {
    let lines = seedLines('002_0941d698233bc959.txt');
    lines = withoutMarkdown(lines);
    for (const end of ['from the PCCs Crime', 'It had']) lines = rejoinPageBreak(lines, end);
    // The 2023 template's date line under the title: the house format has no such line (the NOTES sentence gives
    // the date, and the start time is not printed).
    lines = replaceOnce(lines, '21<sup>st</sup> March 2023 at 10:00am', () => []);
    // The seed ends the PRESENT list with a full stop; the house format's lists (as in 2015) do not. The labels
    // ALSO PRESENT and IN ATTENDANCE stay even when empty (HOUSE-FORMAT.md), and the apologies sentence is made
    // from the attendance and printed with the front matter, with the comma and final "and" the seed's typist
    // missed ("Ms S Robson Mr P Ramewal", "Ms V Widden,"), so A1 has nothing typed under it.
    lines = replaceOnce(lines, /^Apologies were received from /, () => []);
    lines = replaceOnce(lines, /^PRESENT: /, (line) => [line.replace(/\.$/, ''), 'ALSO PRESENT:', 'IN ATTENDANCE:', APOLOGIES_2023, 'UNRESTRICTED ITEMS']);
    const expected = [...lines, ...SIGNATURE('Chair')];
    expect(exported.march2023).toEqual(expected);
  });

  it('17 July 2019 (seed 000) prints every minute the web page shows, in order, under the house format’s front matter', () => {
    let lines = seedLines('000_8ae6432f9e1f618f.txt');
    // The web page's own furniture (page title, meeting line, venue, contact, table header, document links) is not
    // the minutes; the house format's front matter stands in its place. The page names no one present, so the
    // attendance labels are empty.
    const furniture = ['Agenda and minutes', /^Kent Community Safety Partnership - Wednesday/, /^Venue: /, /^Contact: /, 'No. Item'];
    for (const line of furniture) lines = replaceOnce(lines, line, () => []);
    lines = lines.filter((line) => line !== 'Additional documents:').map((line) => line.replace(/ pdf icon PDF \d+ KB$/, ''));
    lines = [
      'KENT COUNTY COUNCIL',
      'KENT COMMUNITY SAFETY PARTNERSHIP',
      'NOTES of a meeting of the Kent Community Safety Partnership held in the Medway Room, Sessions House, County Hall, Maidstone on Wednesday, 17 July 2019.',
      'PRESENT:',
      'ALSO PRESENT:',
      'IN ATTENDANCE:',
      'UNRESTRICTED ITEMS',
      ...lines,
    ];
    // The page starts again at "1." twice inside an item (Mental Health Update, Commissioned Domestic Abuse
    // Services Update). The house format numbers paragraphs on through a minute, so they read 4–9 and 4–6.
    lines = renumberWithinMinutes(lines, ['Mental Health Update', 'Commissioned Domestic Abuse Services Update']);
    const expected = [...lines, ...SIGNATURE('Chairman')];
    expect(exported.july2019).toEqual(expected);
  });
});

const APOLOGIES_2023 =
  'Apologies were received from Mr A Harper, Mr A Pritchard, Ms A Broom, Ms D Haylett, Ms E Sills, Ms J Harmen, Mr J Quinn, Ms L Dixon, Ms L Conner, Mr M Woodward, Mr P Dosad, Ms S Poole, Ms S Denson, Ms S Howard, Ms S Robson, Mr P Ramewal, Ms L Connor and Ms V Widden.';

/** Numbers the top-level paragraphs of the named minutes 1, 2, 3 … on through the minute, as Word will. */
function renumberWithinMinutes(lines: string[], titles: readonly string[]): string[] {
  let inside = false;
  let count = 0;
  return lines.map((line) => {
    if (titles.includes(line)) {
      inside = true;
      count = 0;
      return line;
    }
    const numbered = /^\d+\. (.*)$/.exec(line);
    if (inside && numbered) {
      count += 1;
      return `${count}. ${numbered[1]}`;
    }
    if (inside && !numbered && !/^\([a-z]\) /.test(line)) inside = false;
    return line;
  });
}
