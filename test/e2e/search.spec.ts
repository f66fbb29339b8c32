import { expect, test, type Page } from '@playwright/test';
import { copyFile, mkdir } from 'node:fs/promises';
import type { MeetingFile } from '../../shared/meeting-file';
import { oneParagraphMinutes } from '../fixtures/meeting-files/seed-meeting-files';
import { expectAccessible } from './support/accessibility';
import { minutesEditor } from './support/minutes-app';
import { meetingFileText, newMeeting, seedMeetingFile } from './support/seed-meeting';

/** A meeting of another committee (Cabinet), with one paragraph that also speaks of a domestic homicide review. */
function cabinetMeeting(): MeetingFile {
  const base = newMeeting(seedMeetingFile('kcsp-2023-03-21'));
  return {
    ...base,
    body: { ...base.body, id: 'cabinet', name: 'Cabinet' },
    roster: [],
    templates: [],
    meeting: { ...base.meeting, id: 'cabinet-2024-05-01', bodyId: 'cabinet', title: 'Cabinet, 1 May 2024', date: '2024-05-01', attendance: {}, movements: [] },
    minutes: { editorState: oneParagraphMinutes('The Cabinet noted the annual report on domestic homicide reviews.') },
  };
}

/**
 * Opens a meeting file through Import meeting file…; where the file describes people of the committee otherwise
 * than the meetings already here (the seeds are years apart), keeps this computer's roster, then waits for it open.
 */
async function importFile(page: Page, file: MeetingFile): Promise<void> {
  await page.getByLabel('Meeting file to import').setInputFiles({ name: `${file.meeting.id}.json`, mimeType: 'application/json', buffer: Buffer.from(meetingFileText(file)) });
  const opened = page.getByRole('heading', { level: 1, name: file.meeting.title });
  const differences = page.getByRole('dialog', { name: 'The file and this computer describe people differently' });
  await expect(opened.or(differences)).toBeVisible();
  if (await differences.isVisible()) await differences.getByRole('button', { name: 'Import' }).click();
  await expect(opened).toBeVisible();
  await expect(minutesEditor(page)).toBeVisible();
}

const searchBox = (page: Page) => page.getByRole('combobox', { name: /Search the minute book/ });
const results = (page: Page) => page.getByRole('listbox', { name: 'Minutes found' });
const meetingGroups = (page: Page) => results(page).getByRole('group');

/** What the page's highlight of found words covers, word by word (the CSS Custom Highlight the editor paints). */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('minutes-search') ?? [])].map((range) => (range as Range).toString()));
}

/** Keeps a screenshot in the test's output folder, and a copy for people to look at when asked to. */
async function screenshot(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(name);
  await page.screenshot({ path });
  if (process.env.SEARCH_SHOTS) {
    await mkdir(process.env.SEARCH_SHOTS, { recursive: true });
    await copyFile(path, `${process.env.SEARCH_SHOTS}/${name}`);
  }
}

test.describe('search across the minute book', () => {
  test('Ctrl+Shift+F finds words in every meeting, grouped and highlighted, filters, opens one at its place, and still finds after a reload', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    for (const file of [seedMeetingFile('kcsp-2015-03-19'), seedMeetingFile('kcsp-2019-07-17'), seedMeetingFile('kcsp-2023-03-21'), cabinetMeeting()]) {
      await importFile(page, file);
    }

    await page.keyboard.press('Control+Shift+F');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('homicide reviews');
    await expect(page.getByRole('heading', { level: 1, name: 'Search the minute book' })).toBeVisible();

    // Newest meeting first, every meeting of both committees, the words marked in each snippet.
    await expect(meetingGroups(page)).toHaveCount(4);
    await expect(meetingGroups(page).locator('.search-meeting-title strong')).toHaveText([
      'Cabinet, 1 May 2024',
      'Kent Community Safety Partnership, 21 March 2023',
      'Kent Community Safety Partnership, 17 July 2019',
      'Kent Community Safety Partnership, 19 March 2015',
    ]);
    const july = meetingGroups(page).nth(2);
    await expect(july.getByRole('option').first()).toContainText('Domestic Homicide Reviews (DHRs) - Update');
    const marked = await july.getByRole('option').first().locator('mark').allTextContents();
    expect(marked.map((word) => word.toLowerCase())).toEqual(expect.arrayContaining(['homicide', 'reviews']));
    await expect(page.getByRole('status').filter({ hasText: 'found' })).toContainText('in 4 meetings');
    await screenshot(page, 'search-results.png');
    await expectAccessible(page, 'search results');

    // A phrase: the words together only.
    await searchBox(page).fill('"reviews homicide"');
    await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('Nothing found for “"reviews homicide"”.');
    await searchBox(page).fill('"report on domestic homicide"');
    await expect(meetingGroups(page).locator('.search-meeting-title strong')).toHaveText(['Cabinet, 1 May 2024']);
    await expect(meetingGroups(page).locator('mark')).toHaveText(['report on domestic homicide']);
    await searchBox(page).fill('homicide reviews');
    await expect(meetingGroups(page)).toHaveCount(4);

    // Filters: one committee, then a date range across all of them.
    await page.getByLabel('Committee').selectOption({ label: 'Cabinet' });
    await expect(meetingGroups(page)).toHaveCount(1);
    await expect(meetingGroups(page).first()).toContainText('Cabinet, 1 May 2024');
    await page.getByLabel('Committee').selectOption({ label: 'All committees and partnerships' });
    await page.getByLabel('Meetings from').fill('2019-01-01');
    await page.getByLabel('to', { exact: true }).fill('2023-12-31');
    await expect(meetingGroups(page).locator('.search-meeting-title strong')).toHaveText([
      'Kent Community Safety Partnership, 21 March 2023',
      'Kent Community Safety Partnership, 17 July 2019',
    ]);
    await page.getByLabel('Meetings from').fill('');
    await page.getByLabel('to', { exact: true }).fill('');
    await expect(meetingGroups(page)).toHaveCount(4);

    // The keyboard: down to the July meeting's first minute, then Enter opens it there.
    await searchBox(page).focus();
    const options = results(page).getByRole('option');
    const julyFirst = await options.evaluateAll((all, label) => all.findIndex((option) => option.textContent?.includes(label)), 'Domestic Homicide Reviews (DHRs) - Update');
    expect(julyFirst).toBeGreaterThan(0);
    for (let step = 0; step < julyFirst; step++) await page.keyboard.press('ArrowDown');
    await expect(options.nth(julyFirst)).toHaveAttribute('aria-selected', 'true');
    await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await options.nth(julyFirst).getAttribute('id'))!);
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kent Community Safety Partnership, 17 July 2019');
    await expect(minutesEditor(page)).toBeVisible();
    await expect.poll(() => highlighted(page)).toEqual(['Homicide', 'Reviews']);
    const paragraph = minutesEditor(page).getByText('provided an update on Domestic Homicide Reviews (DHRs).');
    await expect(paragraph).toBeInViewport();
    // Looking something up changes nothing: the minute is not recorded as reached now.
    await expect(minutesEditor(page).locator('.mb-minute-heading').filter({ hasText: 'Domestic Homicide Reviews (DHRs) - Update' })).toContainText('not reached');
    await screenshot(page, 'search-opened.png');

    // The index was saved: after a reload it answers at once from what it kept.
    await expect.poll(() => savedIndexes(page), { timeout: 30_000 }).toBe(1);
    await page.reload();
    await expect(minutesEditor(page)).toBeVisible();
    await page.keyboard.press('Control+Shift+F');
    await page.keyboard.type('crimestoppers');
    await expect(meetingGroups(page)).toHaveCount(1);
    await expect(meetingGroups(page).getByRole('option')).toContainText('Crimestoppers Update');
    await expect(meetingGroups(page).locator('mark').first()).toHaveText('Crimestoppers');
  });
});

/** How many saved search indexes the app's database holds (0 or 1). */
function savedIndexes(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((database) => database.name).filter((name): name is string => !!name && name.startsWith('minute-book'));
    let count = 0;
    for (const name of names) {
      count += await new Promise<number>((resolve) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('searchIndex')) {
            db.close();
            return resolve(0);
          }
          const counting = db.transaction('searchIndex').objectStore('searchIndex').count();
          counting.onsuccess = () => {
            db.close();
            resolve(counting.result);
          };
        };
        request.onerror = () => resolve(0);
      });
    }
    return count;
  });
}
