import { expect, test, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { parseMeetingFile } from '../../shared/meeting-file';
import { SEED_000_WORKING_GROUP_UPDATE } from '../fixtures/seed-000-working-group';
import { libreOffice, libreOfficeParagraphsOfEach, pythonDocx, pythonDocxView, requireTool } from '../support/docx-readers';
import { KCSP_2015_SETTINGS } from '../fixtures/kcsp-2015';
import { SEED_001_MINUTES_92_TO_96 } from '../fixtures/seed-001-minutes-92-96';
import { minutesEditor } from './support/minutes-app';
import { minutesOnScreen } from './support/minutes-reader';
import { Officer } from '../support/officer';
import { createBody, createMeetingOf, openTab, pasteAgenda, setUpKcsp2015, typeRoster } from './support/setup-app';
import { addStandardPhrase, openBodyPage } from './support/phrases-app';

/** A paragraph's words without the number or bullet the editor draws itself. */
const words = (paragraph: string) => paragraph.replace(/^(\d+\.|\([a-z]\)|-)\s+/, '');
/** The paragraphs of minute `n` of seed 001. */
const seed = (n: number) => SEED_001_MINUTES_92_TO_96.find((m) => m.number === n)!.paragraphs;

/** Puts the caret in the first minute, as an officer clicks there when the meeting starts. */
async function startMinuting(page: Page, officer: Officer): Promise<void> {
  await page.locator('.mb-minute-item').first().locator(':scope > p').first().click();
  officer.clicks += 1;
}

test.describe('minuting a meeting as an officer does', () => {
  test('19 March 2015: minutes 92–96 typed with the keyboard read exactly as the seed', async ({ page }) => {
    test.setTimeout(900_000);
    await page.goto('/');
    await setUpKcsp2015(page);

    // Before the meeting the officer keeps the partnership's own 2015 wording as standard phrases.
    await openBodyPage(page, 'Kent Community Safety Partnership');
    await addStandardPhrase(page, {
      name: 'Minutes approved (2015 wording)',
      shortWord: 'ma',
      text: 'RESOLVED that the minutes of the meeting held on {date} are an accurate record and that they be signed by the Chairman.',
    });
    await addStandardPhrase(page, { name: 'Committee note the report', shortWord: 'cnr', text: 'RESOLVED that the committee note the report.' });
    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: /19 March 2015/ }).click();
    await openTab(page, 'Minutes');

    const officer = new Officer(page);
    await startMinuting(page, officer);

    // 92: the partnership's own phrase; its one blank is selected, so typing fills it.
    await officer.phrase('ma');
    await officer.type('the 14th of October 2014');

    // 93: the chairman named from the attendance, then a resolution.
    await officer.press('Alt+PageDown');
    await officer.mention('hil');
    await officer.type(words(seed(93)[0]!).replace(/^Mr Hill /, ''));
    await officer.press('Control+Alt+R');
    await officer.type(seed(93)[1]!.replace(/^RESOLVED that /, ''));

    // 94: seven numbered paragraphs, then the resolution.
    await officer.press('Alt+PageDown');
    await officer.press('Control+Alt+N');
    const p94 = seed(94);
    for (const [index, paragraph] of p94.slice(0, 7).entries()) {
      if (index > 0) await officer.press('Enter');
      await officer.type(words(paragraph));
    }
    await officer.press('Control+Alt+R');
    await officer.type(p94[7]!.replace(/^RESOLVED that /, ''));

    // 95: the chairman named three times; a bulleted list under paragraph 6; the partnership's phrase to close.
    await officer.press('Alt+PageDown');
    await officer.press('Control+Alt+N');
    for (const paragraph of seed(95)) {
      const text = words(paragraph);
      if (paragraph.startsWith('RESOLVED')) {
        // Enter starts "9."; the phrase is a resolution, so it takes that empty paragraph's place.
        await officer.press('Enter');
        await officer.phrase('cnr');
      } else if (paragraph.startsWith('- ')) {
        await officer.type(text);
        if (paragraph.includes('4000+')) await officer.press('Enter'); // an empty bullet…
      } else {
        if (paragraph.startsWith('7.')) await officer.press('Shift+Tab'); // …outdented becomes paragraph 7
        else if (!paragraph.startsWith('1.')) await officer.press('Enter');
        if (text.startsWith('Mr Hill ')) {
          await officer.mention('hil');
          await officer.type(text.replace(/^Mr Hill /, ''));
        } else {
          await officer.type(text);
        }
        if (paragraph.startsWith('6.')) {
          await officer.press('Enter');
          await officer.press('Tab');
          await officer.press('Control+Shift+L');
        }
      }
      if (paragraph.startsWith('- ') && !paragraph.includes('4000+')) await officer.press('Enter');
    }

    // 96: six numbered paragraphs and the resolution.
    await officer.press('Alt+PageDown');
    await officer.press('Control+Alt+N');
    for (const paragraph of seed(96)) {
      if (paragraph.startsWith('RESOLVED')) {
        await officer.press('Control+Alt+R');
        await officer.type(paragraph.replace(/^RESOLVED that /, ''));
        continue;
      }
      if (!paragraph.startsWith('1.')) await officer.press('Enter');
      const text = words(paragraph);
      if (text.startsWith('Mr Hill ')) {
        await officer.mention('hil');
        await officer.type(text.replace(/^Mr Hill /, ''));
      } else {
        await officer.type(text);
      }
    }

    await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved locally at/);
    await page.screenshot({ path: 'test-results/screenshots/minute-taking-2015.png' });

    const expected = SEED_001_MINUTES_92_TO_96.map((minute, index) => ({
      heading: `${minute.number}. ${minute.title}`,
      reference: `(Item ${['A3', 'A4', 'B1', 'B2', 'B3'][index]})`,
      paragraphs: [...minute.paragraphs],
    }));
    expect((await minutesOnScreen(page)).slice(0, 5)).toEqual(expected);

    // Every item reached has its time; items not reached have none.
    await expect(page.locator('.mb-minute-item').nth(4).locator('.item-time')).toHaveText(/^\d{1,2}\.\d{2} [ap]m$/);
    await expect(page.locator('.mb-minute-item').nth(5).locator('.item-time')).toHaveText('not reached');

    // Keystrokes per character of minutes produced (numbers and bullets are drawn, not typed).
    const produced = SEED_001_MINUTES_92_TO_96.flatMap((m) => m.paragraphs).reduce((sum, p) => sum + words(p).length, 0);
    console.log(
      `Keystrokes per character of minutes, 19 March 2015 items 92–96: ${(officer.keystrokes / produced).toFixed(3)} ` +
        `(${officer.keystrokes} keys and ${officer.clicks} click for ${produced} characters)`,
    );

    // All of it survives a reload.
    await page.reload();
    await expect(minutesEditor(page)).toBeVisible();
    expect((await minutesOnScreen(page)).slice(0, 5)).toEqual(expected);
  });

  test('17 July 2019: mentions name a person in full at first, shortly after; standard phrases bring their shape', async ({ page }) => {
    await page.goto('/');
    // 2019: the web page shows no minute numbers, so agenda-code headings.
    await createBody(page, { ...KCSP_2015_SETTINGS, defaultVenue: 'Medway Room, Sessions House, County Hall, Maidstone', lastMinuteNumber: 0, headingStyle: 'agenda-codes' });
    await typeRoster(page, [
      { title: 'Mr', initials: 'S', surname: 'Peerbux', honours: '', role: 'Head of Community Safety, Public Protection', organisation: 'KCC', kind: 'officer', office: null },
      { title: 'Ms', initials: 'S', surname: 'Brinson', honours: '', role: 'Community Safety Team Leader, Public Protection', organisation: 'KCC', kind: 'officer', office: null },
    ]);
    await createMeetingOf(page, { bodyName: 'Kent Community Safety Partnership', date: '2019-07-17', startTime: '10:00' });
    await pasteAgenda(page, `B1 Kent Community Safety Agreement Update pdf icon PDF 225 KB\nB2 ${SEED_000_WORKING_GROUP_UPDATE.title} pdf icon PDF 331 KB`, 2);
    await openTab(page, 'Minutes');

    const officer = new Officer(page);
    await startMinuting(page, officer);
    await officer.press('Alt+PageDown');
    const [p1, p2, p3, p4, p5, p5a, p5b, p6, p6a, p6b] = SEED_000_WORKING_GROUP_UPDATE.paragraphs.map(words);

    await officer.press('Control+Alt+N');
    await officer.phrase('intro'); // "{person} introduced the report that {summary}." — the person blank is selected
    await officer.mention('pee');
    await officer.press('Tab'); // to the summary blank
    await officer.type(p1!.replace(/^.*? introduced the report that /, '').replace(/\.$/, ''));

    await officer.press('Control+Alt+N');
    const [before2, after2] = p2!.split('Mr Peerbux ');
    await officer.type(before2!);
    await officer.mention('pee');
    await officer.type(after2!);

    await officer.press('Control+Alt+N');
    await officer.type(p3!);

    await officer.press('Control+Alt+N');
    const [before4, after4] = p4!.split('Mr Peerbux ');
    await officer.type(before4!);
    await officer.mention('pee');
    await officer.type(after4!);

    await officer.press('Control+Alt+N');
    expect(p5).toBe('Officers responded to comments and questions as follows:');
    await officer.phrase('qa'); // the phrase, then a sub-point (a)
    await officer.mention('pee');
    await officer.type(p5a!.replace(/^Mr Peerbux /, ''));
    await officer.press('Enter');
    await officer.mention('pee');
    await officer.type(p5b!.replace(/^Mr Peerbux /, ''));

    await officer.press('Control+Alt+N');
    await officer.press('Control+B');
    await officer.type('RESOLVED');
    await officer.press('Control+B');
    await officer.type(p6!.replace(/^RESOLVED/, ''));
    await officer.press('Control+Alt+A');
    await officer.type(p6a!);
    await officer.press('Enter');
    await officer.type(p6b!);

    const [, minute] = await minutesOnScreen(page);
    expect(minute).toEqual({ heading: `B2 ${SEED_000_WORKING_GROUP_UPDATE.title}`, reference: null, paragraphs: [...SEED_000_WORKING_GROUP_UPDATE.paragraphs] });
    await expect(minutesEditor(page).locator('.mention')).toHaveText([
      'Mr Peerbux (Head of Community Safety, Public Protection, KCC)',
      'Mr Peerbux',
      'Mr Peerbux',
      'Mr Peerbux',
      'Mr Peerbux',
    ]);

    // A correction on the roster re-words every mention at once.
    await openBodyPage(page, 'Kent Community Safety Partnership');
    await page.getByRole('button', { name: 'Edit Mr S Peerbux' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Role', { exact: true }).fill('Head of Community Safety');
    await dialog.getByRole('button', { name: /^Save/ }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: /17 July 2019/ }).click();
    await openTab(page, 'Minutes');
    await expect(minutesEditor(page).locator('.mention').first()).toHaveText('Mr Peerbux (Head of Community Safety, KCC)');
    console.log(`Keystrokes per character of minutes, 17 July 2019 Working Group Update: ${(officer.keystrokes / SEED_000_WORKING_GROUP_UPDATE.paragraphs.map(words).join('').length).toFixed(3)}`);
  });

  test('finalising gives the numbers out for good, and the next meeting numbers on from them', async ({ page }) => {
    await page.goto('/');
    await createBody(page, KCSP_2015_SETTINGS);
    await createMeetingOf(page, { bodyName: 'Kent Community Safety Partnership', date: '2015-03-19', startTime: '10:00' });
    await pasteAgenda(page, 'A3 Notes of meeting held on 8th October 2014\nA4 Election of Vice-Chairman', 2);
    await page.getByRole('button', { name: 'Finalise minute numbers…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Give minutes 92–93 their numbers for good?' });
    await expect(confirm).toContainText('next meeting will start at 94');
    await confirm.getByRole('button', { name: 'Finalise numbers' }).click();
    await expect(page.getByText('Minutes 92–93', { exact: true })).toBeVisible();

    await createMeetingOf(page, { bodyName: 'Kent Community Safety Partnership', date: '2015-07-08', startTime: '10:00' });
    await pasteAgenda(page, 'A3 Notes of meeting held on 19 March 2015\nB1 Prevent', 2);
    await openTab(page, 'Minutes');
    await expect(page.locator('.minute-title')).toHaveText(['94. Notes of meeting held on 19 March 2015', '95. Prevent']);
  });
});

test.describe('exporting minutes with Part 2 business', () => {
  test('two copies: the public one without the exempt minute’s text, the full one marked confidential; the house font applies', async ({ page }, testInfo) => {
    await page.goto('/');
    await createBody(page, KCSP_2015_SETTINGS);
    // The body's house style: Times New Roman instead of the county's Arial.
    await page.getByLabel('Font', { exact: true }).fill('Times New Roman');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText(/^Settings saved at/)).toBeVisible();

    await createMeetingOf(page, { bodyName: 'Kent Community Safety Partnership', date: '2015-03-19', startTime: '10:00' });
    await pasteAgenda(page, 'B1 Community Safety Integration Project\nEXEMPT ITEMS\nE1 Domestic Homicide Review: case details', 2);
    await openTab(page, 'Minutes');
    const officer = new Officer(page);
    await startMinuting(page, officer);
    await officer.type('Mr Adams provided an update on the Community Integration Project.');
    await officer.press('Alt+PageDown');
    await officer.type('The partnership discussed the confidential details of the review.');
    await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved locally at/);

    await page.getByRole('button', { name: 'Export to Word…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to Word' });
    await expect(dialog).toContainText('This meeting had exempt (Part 2) business');
    await dialog.getByLabel('Final, for the chair to sign').check();
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await dialog.getByRole('button', { name: 'Export 2 files' }).click();
    // Numbers 92 and 93 are still provisional, so a Final copy asks first; these copies print them as they stand.
    await page.getByRole('dialog', { name: 'The minute numbers are still provisional' }).getByRole('button', { name: 'Export anyway' }).click();
    await expect.poll(() => downloads.length).toBe(2);
    expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual([
      'Kent Community Safety Partnership - 19 March 2015 - NOTES - full (confidential).docx',
      'Kent Community Safety Partnership - 19 March 2015 - NOTES - public.docx',
    ]);

    requireTool(libreOffice);
    requireTool(pythonDocx);
    const bytesOf = async (name: string) => {
      const download = downloads.find((d) => d.suggestedFilename().includes(name))!;
      const path = testInfo.outputPath(download.suggestedFilename());
      await download.saveAs(path);
      return readFile(path);
    };
    const publicBytes = await bytesOf('public');
    const fullBytes = await bytesOf('full');
    const publicView = pythonDocxView(publicBytes);
    const fullView = pythonDocxView(fullBytes);
    expect(fullView.headerText.join(' ')).toContain('CONFIDENTIAL');
    expect(publicView.headerText.join(' ')).not.toContain('CONFIDENTIAL');
    expect(fullView.defaultFont).toBe('Times New Roman');

    // The meeting file the app saves is the one the command line reads: both print the same minutes.
    const saving = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save meeting file…' }).click();
    const meetingFile = testInfo.outputPath((await saving).suggestedFilename());
    expect(meetingFile.endsWith('Kent Community Safety Partnership - 19 March 2015 - NOTES.json')).toBe(true);
    await (await saving).saveAs(meetingFile);
    const parsed = parseMeetingFile(await readFile(meetingFile, 'utf8'));
    expect(parsed.ok && parsed.file.meeting.agenda.map((item) => item.code)).toEqual(['B1', 'E1']);
    const cliOut = testInfo.outputPath('from-the-command-line.docx');
    execFileSync('npx', ['tsx', 'scripts/export.ts', meetingFile, cliOut, '--both', '--final'], { stdio: 'pipe' });

    // The four documents in one LibreOffice run (starting it is most of its cost).
    const read = libreOfficeParagraphsOfEach({
      public: publicBytes,
      full: fullBytes,
      cliPublic: await readFile(cliOut.replace(/\.docx$/, '-public.docx')),
      cliFull: await readFile(cliOut.replace(/\.docx$/, '-full.docx')),
    });
    expect(read.public).toContain('93. Domestic Homicide Review: case details');
    expect(read.public.join('\n')).not.toContain('confidential details of the review');
    expect(read.full).toContain('The partnership discussed the confidential details of the review.');
    expect(read.cliPublic).toEqual(read.public);
    expect(read.cliFull).toEqual(read.full);
  });
});
