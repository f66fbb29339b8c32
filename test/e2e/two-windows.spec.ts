import { expect, test } from '@playwright/test';
import { createMeeting, expectSaved, MARCH_2015, minutesEditor } from './support/minutes-app';

test.describe('one meeting in two windows', () => {
  test('the second window is read-only and follows the first; it can type once the first closes; nothing is overwritten', async ({ page, context }) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.type('Apologies were received from Mr Hill.');
    await expectSaved(page);

    // The same profile, a second tab: it reopens the meeting the officer was in.
    const second = await context.newPage();
    await second.goto('/');
    await expect(second.getByRole('heading', { level: 1 })).toHaveText(MARCH_2015.title);
    await expect(second.getByRole('status').filter({ hasText: 'open in another window' })).toBeVisible();
    await expect(minutesEditor(second)).toHaveAttribute('contenteditable', 'false');
    await expect(minutesEditor(second)).toHaveText('Apologies were received from Mr Hill.');

    // What the first window types arrives in the second.
    await page.bringToFront();
    await page.keyboard.type(' Mr Rivers was also absent.');
    await expectSaved(page);
    await expect(minutesEditor(second)).toHaveText('Apologies were received from Mr Hill. Mr Rivers was also absent.');

    // The first closes: the second takes over and can type.
    await page.close();
    await expect(minutesEditor(second)).toHaveAttribute('contenteditable', 'true');
    await expect(second.getByRole('status').filter({ hasText: 'open in another window' })).toHaveCount(0);
    await minutesEditor(second).click();
    await second.keyboard.press('Control+End');
    await second.keyboard.type(' RESOLVED that the apologies be noted.');
    await expectSaved(second);
    await second.reload();
    await expect(minutesEditor(second)).toHaveText('Apologies were received from Mr Hill. Mr Rivers was also absent. RESOLVED that the apologies be noted.');
  });
});
