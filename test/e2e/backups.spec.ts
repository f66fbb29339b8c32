/**
 * The Restore screen. The desktop app's backups are written by Electron's main
 * process, which cannot run here: these tests put a stand-in for main on the
 * page (support/fake-desktop-shell.ts, the real contract kept in memory), so the
 * renderer runs exactly as in the desktop app. Main's side is unit-tested.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { installFakeDesktopShell } from './support/fake-desktop-shell';
import { createMeeting, expectSaved, MARCH_2015, minutesEditor } from './support/minutes-app';

const FIRST = 'Apologies were received from Mr Hill and Mrs Brown.';
const LATER = 'The Chairman thanked everyone for attending and closed the meeting at 12.15 pm.';

/** How many backups the stand-in for main holds. */
async function backupsHeld(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { e2eFakeMain: { backups: () => unknown[] } }).e2eFakeMain.backups().length);
}

test.describe('the Restore screen in the desktop app', () => {
  test.beforeEach(async ({ page }) => {
    await installFakeDesktopShell(page);
  });

  test('lists a meeting’s backups with time, kind and size, and previews the minutes of one', async ({ page }, testInfo) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.type(FIRST);
    await expectSaved(page);

    // Leaving the meeting hands its latest copy to the shell.
    await page.getByRole('button', { name: 'Backups…' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Backups of ${MARCH_2015.title}` })).toBeVisible();

    const rows = page.getByRole('table', { name: 'Backups, newest first' }).getByRole('row');
    const preview = page.getByRole('region', { name: 'Minutes in this backup' });
    // The newest backup is the copy handed over on leaving: everything typed.
    await rows.nth(1).getByRole('button', { name: /^Preview the backup of / }).click();
    await expect(preview).toHaveText(FIRST);
    const firstCount = await backupsHeld(page);

    await page.getByRole('button', { name: 'Back to the meeting' }).click();
    await minutesEditor(page).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(LATER);
    await expectSaved(page);
    await page.getByRole('button', { name: 'Backups…' }).click();
    await expect(rows.nth(1)).toBeVisible();
    const count = await backupsHeld(page);
    expect(count).toBeGreaterThan(firstCount);
    await expect(rows).toHaveCount(count + 1);

    // Newest first: the copy with the later text; the one with the first is still there, further down.
    const newest = rows.nth(1);
    await expect(newest.getByRole('cell').nth(0)).toHaveText(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} [A-Z][a-z]+ \d{4}, \d{1,2}\.\d{2}\.\d{2} (am|pm)$/);
    await expect(newest.getByRole('cell').nth(1)).toHaveText('Every few minutes');
    await expect(newest.getByRole('cell').nth(2)).toHaveText(/^\d+ KB$/);
    await newest.getByRole('button', { name: /^Preview the backup of / }).click();
    await expect(preview).toHaveText(LATER);
    await expect(page.getByRole('heading', { level: 2 })).toContainText(`${MARCH_2015.title}: minutes as saved `);

    await rows.nth(count - firstCount + 1).getByRole('button', { name: /^Preview the backup of / }).click();
    await expect(preview).toHaveText(FIRST);

    await expectAccessible(page, 'Restore');
    await page.screenshot({ path: testInfo.outputPath('restore-screen.png'), fullPage: true });
  });
});

test.describe('the Restore screen in a browser', () => {
  test('says plainly that disk backups are kept by the desktop app', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Backups on disk…' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Backups on disk' })).toBeVisible();
    await expect(page.getByText('Disk backups are kept by the Minute Book desktop app')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectAccessible(page, 'Restore (browser)');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Minute Book' })).toBeVisible();
  });
});
