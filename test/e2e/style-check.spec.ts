import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { serialiseMeetingFile } from '../../shared/meeting-file/meeting-file';
import { meetingInput } from '../support/meeting-input';
import { expectAccessible } from './support/accessibility';
import { expectSaved, minutesEditor } from './support/minutes-app';

/*
 * The house-style check in the app: a meeting is seeded from a meeting file with faults written into it, then the
 * officer opens Check minutes, goes to a finding's place, makes a fix, dismisses a finding, and circulates.
 */

const SEEDED = meetingInput({
  minutes: [
    {
      title: 'Highways Maintenance Update',
      code: 'B1',
      blocks: ['The Cabinet Member said that we don’t have the money and that the depot will close in the spring.', { resolution: 'that the report be noted.' }],
    },
    { title: 'Library Opening Hours', code: 'B2', blocks: ['Members asked about opening hours at weekends.', { resolution: 'that the changes be agreed.' }] },
  ],
});

const panel = (page: Page) => page.getByRole('complementary', { name: 'House-style check' });
const finding = (page: Page, words: string) => panel(page).locator('.style-finding').filter({ has: page.getByRole('button', { name: `“${words}”`, exact: true }) });

test('the house-style check: findings by minute, linked to their place, a fix, a dismissal, and the offer on circulating', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('highways.json');
  await writeFile(file, serialiseMeetingFile({ ...SEEDED, templates: [] }));
  await page.goto('/');
  await page.getByLabel('Meeting file to import').setInputFiles(file);
  await expect(minutesEditor(page)).toContainText('we don’t have the money');

  // F1 lists the shortcut; F7 opens the panel from the minutes.
  await minutesEditor(page).click();
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('row', { name: 'F7 Check the minutes against the house style' })).toBeVisible();
  await page.keyboard.press('Escape');
  await minutesEditor(page).click();
  await page.keyboard.press('F7');
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('status')).toHaveText(/^\d+ findings? in \d+ words\.$/);

  // Grouped by minute, with the words and what is wrong.
  const first = panel(page).getByRole('region', { name: /Highways Maintenance Update/ });
  await expect(first.getByRole('heading', { level: 3 })).toContainText('Highways Maintenance Update');
  await expect(finding(page, 'don’t')).toContainText('Contraction (“don’t”): minutes spell words out in full');
  await expect(finding(page, 'will')).toContainText('past tense');
  await expect(finding(page, 'we')).toContainText('First person');
  await expect(first.locator('.style-finding')).toHaveCount(3);
  await expectAccessible(page, 'House-style check panel');

  // Clicking the words goes to them: they are selected in the minutes.
  await finding(page, 'we').getByRole('button', { name: '“we”' }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('we');
  await expect(minutesEditor(page)).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('check-panel.png') });

  // A certain fix, in one click: the minutes change and the finding goes.
  await finding(page, 'don’t').getByRole('button', { name: 'Replace “don’t” with “do not”' }).click();
  await expect(minutesEditor(page)).toContainText('we do not have the money and that the depot will close');
  await expect(finding(page, 'don’t')).toHaveCount(0);
  await expectSaved(page);

  // Dismissed for this meeting: gone from the list, kept with the meeting, offered back on request.
  await finding(page, 'will').getByRole('button', { name: 'Dismiss for this meeting' }).click();
  await expect(finding(page, 'will')).toHaveCount(0);
  await expect(panel(page).getByText('Dismissed for this meeting (1)')).toBeVisible();
  const remaining = await panel(page).locator('.style-finding').count();
  expect(remaining).toBeGreaterThan(0);
  await expect(panel(page).getByRole('status')).toHaveText(new RegExp(`^${remaining} findings? in \\d+ words\\.$`));
  await page.screenshot({ path: test.info().outputPath('check-panel-after-fix.png') });
  await panel(page).getByRole('button', { name: 'Close the house-style check' }).click();
  await expect(panel(page)).toHaveCount(0);

  // Circulating offers the check first, counting what the panel lists (the dismissed one left out).
  await page.getByRole('button', { name: 'Circulate…' }).click();
  const offer = page.getByRole('dialog', { name: 'Check the house style before circulating?' });
  await expect(offer).toContainText(`found ${remaining === 1 ? '1 thing' : `${remaining} things`}`);
  await expectAccessible(page, 'House-style check before circulating');
  await offer.getByRole('button', { name: 'Review findings' }).click();
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).locator('.style-finding')).toHaveCount(remaining);

  await page.getByRole('button', { name: 'Circulate…' }).click();
  await offer.getByRole('button', { name: 'Circulate anyway' }).click();
  await page.getByRole('dialog', { name: 'Mark the minutes circulated?' }).getByRole('button', { name: 'Mark circulated' }).click();
  await expect(page.getByTestId('minutes-status')).toHaveText('Status: Circulated');
});

test('a rule the body turns off in its house style is not checked', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('no-contractions.json');
  const seeded = { ...SEEDED, body: { ...SEEDED.body, houseStyle: { checkContractions: false } } };
  await writeFile(file, serialiseMeetingFile({ ...seeded, templates: [] }));
  await page.goto('/');
  await page.getByLabel('Meeting file to import').setInputFiles(file);
  await expect(minutesEditor(page)).toContainText('we don’t have the money');
  await page.getByRole('button', { name: 'Check minutes' }).click();
  await expect(finding(page, 'we')).toBeVisible();
  await expect(finding(page, 'don’t')).toHaveCount(0);
});
