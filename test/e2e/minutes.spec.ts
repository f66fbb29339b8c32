import { chromium, expect, test, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { readFile } from 'node:fs/promises';
import { chromiumLaunchOptions } from './support/browser';
import { createMeeting, expectSaved, MARCH_2015, minutesEditor, minutesParagraphs } from './support/minutes-app';
import { libreOffice, libreOfficeParagraphs, requireTool } from '../support/docx-readers';

/** Minute 94 of seed 001, abridged, typed as the officer would: a lead paragraph, numbered points, a sub-point, a resolution. */
async function typeMinute94(page: Page): Promise<void> {
  const editor = minutesEditor(page);
  await editor.click();
  const k = page.keyboard;
  await k.type('Community Safety Integration Project (Item B1)');
  await k.press('Enter');
  await k.press('Control+Shift+7'); // numbered list, as in Google Docs
  await k.type('Mr Adams, Kent Fire and Rescue Service (KFRS) Deputy Operations Manager, provided an update on the Community Integration Project.');
  await k.press('Enter');
  await k.type('Mr Beaumont explained that the KCC Community Safety Team had been re-organised to achieve savings worth £135k.');
  await k.press('Enter');
  await k.press('Tab'); // a sub-point under point 2
  await k.type('Kent Police’s Community safety assets & SECamb’s responsibilities were discussed.');
  await k.press('Enter');
  await k.press('Shift+Tab');
  await k.type('The Vice-Chair asked whether South East Coast Ambulance Service would be involved.');
  await k.press('Enter');
  await k.press('Enter'); // an empty item ends the list, as in Word
  await k.press('Control+b');
  await k.type('RESOLVED');
  await k.press('Control+b');
  await k.type(' that the committee note the report.');
}

const TYPED = [
  'Community Safety Integration Project (Item B1)',
  'Mr Adams, Kent Fire and Rescue Service (KFRS) Deputy Operations Manager, provided an update on the Community Integration Project.',
  'Mr Beaumont explained that the KCC Community Safety Team had been re-organised to achieve savings worth £135k.',
  'Kent Police’s Community safety assets & SECamb’s responsibilities were discussed.',
  'The Vice-Chair asked whether South East Coast Ambulance Service would be involved.',
  'RESOLVED that the committee note the report.',
];

/** The house format's opening: council and body, the NOTES sentence, the attendance labels (kept when nobody is recorded). */
const FRONT_MATTER = [
  'KENT COUNTY COUNCIL',
  'KENT COMMUNITY SAFETY PARTNERSHIP',
  'NOTES of a meeting of the Kent Community Safety Partnership held in the Darent Room, Sessions House, County Hall, Maidstone on Thursday, 19 March 2015.',
  'PRESENT:',
  'ALSO PRESENT:',
  'IN ATTENDANCE:',
];
/** The signature block that ends the copy for the chair. */
const SIGNATURE = ['Chairman', 'Date'];

test.describe('minutes', () => {
  test('survive a reload, with formatting and list levels intact', async ({ page }) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await typeMinute94(page);
    await expectSaved(page);
    // Kept after the run (test-results/ is git-ignored) so a person can look at the screen.
    await page.screenshot({ path: 'test-results/screenshots/editor-mid-meeting.png' });

    await page.reload();
    await expect(minutesEditor(page)).toBeVisible();
    expect(await minutesParagraphs(page)).toEqual(TYPED);
    await expect(minutesEditor(page).locator('strong, .mb-bold').first()).toHaveText('RESOLVED');
    await expect(minutesEditor(page).locator('ol ol li')).toHaveText([TYPED[3]!]);
    await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved locally at \d{2}:\d{2}:\d{2}$/);
  });

  test('undo and redo work with the usual shortcuts', async ({ page }) => {
    await page.clock.install(); // the page's clock, moved on by hand below (it also runs on by itself)
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.type('RESOLVED that the report be noted.');
    await expect(minutesEditor(page)).toHaveText('RESOLVED that the report be noted.');
    // Lexical merges typing without a pause of a second into one undo step; a longer pause makes a second one.
    await page.clock.fastForward(1100);
    await page.keyboard.type(' Extra words.');
    await page.keyboard.press('Control+z');
    await expect(minutesEditor(page)).toHaveText('RESOLVED that the report be noted.');
    await page.keyboard.press('Control+y');
    await expect(minutesEditor(page)).toHaveText('RESOLVED that the report be noted. Extra words.');
  });

  test('switching meetings saves at once and keeps each meeting’s own minutes', async ({ page }) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.type('Apologies were received from Mr Hill.');
    await createMeeting(page, { bodyName: 'Kent Community Safety Partnership', date: '2019-07-17', venue: 'Online' });
    await minutesEditor(page).click();
    await page.keyboard.type('Minutes of July 2019.');
    await page.getByRole('button', { name: /19 March 2015/ }).click();
    await expect(minutesEditor(page)).toHaveText('Apologies were received from Mr Hill.');
    await page.getByRole('button', { name: /17 July 2019/ }).click();
    await expect(minutesEditor(page)).toHaveText('Minutes of July 2019.');
  });

  test('survive closing the browser and opening it again on the same profile', async ({ baseURL }, testInfo) => {
    // In the test's own output folder, which Playwright empties at the start of the next run (a profile is about 5 MB).
    const profile = testInfo.outputPath('profile');
    const first = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions(), acceptDownloads: true });
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(baseURL!);
    await createMeeting(page, MARCH_2015);
    await typeMinute94(page);
    await expectSaved(page);
    await first.close();

    const second = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions(), acceptDownloads: true });
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto(baseURL!);
    // The app reopens the meeting the officer was in.
    await expect(again.getByRole('heading', { level: 1 })).toHaveText(MARCH_2015.title);
    expect(await minutesParagraphs(again)).toEqual(TYPED);
    await second.close();
  });

  test('export to Word: the .docx read by other readers holds the heading and every paragraph in order', async ({ page }, testInfo) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await typeMinute94(page);

    await page.getByRole('button', { name: 'Export to Word…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to Word' });
    // A draft meeting offers a DRAFT copy first; this is the copy for signature.
    await expect(dialog.getByLabel('Draft, marked DRAFT on every page (to circulate)')).toBeChecked();
    await dialog.getByLabel('Final, for the chair to sign').check();
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Kent Community Safety Partnership - 19 March 2015 - NOTES.docx');
    const file = testInfo.outputPath('minutes.docx');
    await download.saveAs(file);
    await expect(page.getByRole('status').filter({ hasText: 'Word file downloaded' })).toHaveText(
      'Word file downloaded: Kent Community Safety Partnership - 19 March 2015 - NOTES.docx',
    );

    // mammoth: the paragraphs, in order, exactly as typed.
    const { value: raw } = await mammoth.extractRawText({ buffer: await readFile(file) });
    const paragraphs = raw.split('\n').map((line) => line.trim()).filter(Boolean);
    expect(paragraphs).toEqual([...FRONT_MATTER, ...TYPED, ...SIGNATURE]);

    // LibreOffice: real Word list numbering (not typed digits), rendered as a reader sees it.
    requireTool(libreOffice);
    expect(libreOfficeParagraphs(await readFile(file))).toEqual([
      ...FRONT_MATTER,
      TYPED[0],
      `1. ${TYPED[1]}`,
      `2. ${TYPED[2]}`,
      `(a) ${TYPED[3]}`,
      `3. ${TYPED[4]}`,
      TYPED[5],
      ...SIGNATURE,
    ]);
  });
});
