import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseMeetingFile } from '../../shared/meeting-file';
import { createMeeting, expectSaved, MARCH_2015, minutesEditor } from './support/minutes-app';

test.describe('a full disk', () => {
  test('stops saving behind a banner that offers a copy to a file; the editor keeps everything; saving resumes with nothing lost', async ({ page }, testInfo) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.type('Apologies were received from Mr Hill.');
    await expectSaved(page);

    // IndexedDB refuses every write, as Chromium does when the disk is full.
    await page.evaluate(() => {
      const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      const window_ = window as unknown as { restoreWrites: () => void };
      const put = store.put;
      const add = store.add;
      const full = () => {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      };
      store.put = full;
      store.add = full;
      window_.restoreWrites = () => {
        store.put = put;
        store.add = add;
      };
    });
    await page.keyboard.type(' Mr Rivers was also absent.');
    const banner = page.getByRole('alert').filter({ hasText: 'Saving has stopped.' });
    await expect(banner).toContainText('The disk is full, so the minutes could not be saved. Everything you typed is still on screen');
    await expect(banner).toBeInViewport();
    await expect(page.getByTestId('save-indicator')).toHaveText(/^Not saved\./);
    await expect(minutesEditor(page)).toHaveText('Apologies were received from Mr Hill. Mr Rivers was also absent.');

    // The copy carries what is on screen, including what never reached IndexedDB.
    const downloading = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Save a copy to a file' }).click();
    const download = await downloading;
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const parsed = parseMeetingFile(await readFile(file, 'utf8'));
    expect(parsed.ok && JSON.stringify(parsed.file.minutes.editorState)).toContain('Mr Rivers was also absent.');
    await expect(banner).toContainText('A copy of the meeting downloaded:');

    // Space comes back: the next save goes through and the banner goes.
    await page.evaluate(() => (window as unknown as { restoreWrites: () => void }).restoreWrites());
    await minutesEditor(page).click(); // back from the banner's button to the minutes
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' RESOLVED that the apologies be noted.');
    await expectSaved(page);
    await expect(banner).toHaveCount(0);
    await page.reload();
    await expect(minutesEditor(page)).toHaveText('Apologies were received from Mr Hill. Mr Rivers was also absent. RESOLVED that the apologies be noted.');
  });
});
