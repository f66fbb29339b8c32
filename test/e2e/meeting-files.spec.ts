import { expect, test } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { createMeeting, expectSaved, MARCH_2015, minutesEditor } from './support/minutes-app';

test.describe('meeting files', () => {
  test('a meeting saved to a file on one computer opens with its minutes on another; a damaged file is refused and changes nothing', async ({
    page,
    browser,
  }, testInfo) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.type('Apologies were received from Mr Hill.');
    await expectSaved(page);
    const saving = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save meeting file…' }).click();
    const download = await saving;
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);

    // "Another computer": a browser profile with nothing in it.
    const elsewhere = await (await browser.newContext()).newPage();
    await elsewhere.goto('/');
    await expect(elsewhere.getByText('No meetings yet.')).toBeVisible();

    // A file cut short in transit is refused with the reason; nothing appears.
    const damaged = testInfo.outputPath('damaged.json');
    const text = await readFile(file, 'utf8');
    await writeFile(damaged, text.slice(0, Math.floor(text.length / 2)));
    await elsewhere.getByLabel('Meeting file to import').setInputFiles(damaged);
    const refusal = elsewhere.getByRole('dialog', { name: 'This file cannot be imported' });
    await expect(refusal).toContainText('The file is not a Minute Book meeting file: it is not JSON');
    await expect(refusal).toContainText('Nothing was changed.');
    await refusal.getByRole('button', { name: 'Close' }).click();
    await expect(elsewhere.getByText('No meetings yet.')).toBeVisible();

    await elsewhere.getByLabel('Meeting file to import').setInputFiles(file);
    await expect(elsewhere.getByRole('heading', { level: 1 })).toHaveText(MARCH_2015.title);
    await expect(minutesEditor(elsewhere)).toHaveText('Apologies were received from Mr Hill.');

    // The same file again: the officer chooses to keep both.
    await elsewhere.getByLabel('Meeting file to import').setInputFiles(file);
    const exists = elsewhere.getByRole('dialog', { name: 'This meeting is already here' });
    await exists.getByRole('button', { name: 'Keep both' }).click();
    await expect(elsewhere.getByRole('heading', { level: 1 })).toHaveText(`${MARCH_2015.title} (imported)`);
    await expect(elsewhere.getByRole('navigation', { name: 'Meetings' }).locator('.meeting-link-title')).toHaveCount(2);
  });
});
