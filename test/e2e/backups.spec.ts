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

interface StoredRevision {
  number: number;
  kind: string;
  origin?: { kind: string; savedAt: number };
  editorState: string;
}

/** The revisions IndexedDB holds (the app's own store, read directly), oldest first. */
async function storedRevisions(page: Page): Promise<StoredRevision[]> {
  return page.evaluate(
    () =>
      new Promise<StoredRevision[]>((resolve, reject) => {
        const opening = indexedDB.open('minute-book');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const reading = opening.result.transaction('revisions').objectStore('revisions').getAll();
          reading.onerror = () => reject(reading.error);
          reading.onsuccess = () => {
            opening.result.close();
            resolve((reading.result as StoredRevision[]).sort((a, b) => a.number - b.number));
          };
        };
      }),
  );
}

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

test.describe('restoring a backup in the desktop app', () => {
  test.beforeEach(async ({ page }) => {
    await installFakeDesktopShell(page);
  });

  test('restores it as a new revision behind a question: the restored text is in the editor, survives a reload, and nothing is lost', async ({ page }) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.type(FIRST);
    await expectSaved(page);
    await page.getByRole('button', { name: 'Backups…' }).click();
    await page.getByRole('button', { name: 'Back to the meeting' }).click();
    await minutesEditor(page).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(LATER);
    await expectSaved(page);

    await page.getByRole('button', { name: 'Backups…' }).click();
    const rows = page.getByRole('table', { name: 'Backups, newest first' }).getByRole('row');
    const preview = page.getByRole('region', { name: 'Minutes in this backup' });
    // Find the copy holding the first words (the newest holds the later ones).
    const count = (await rows.count()) - 1;
    let chosen = 0;
    for (let row = 1; row <= count && chosen === 0; row += 1) {
      await rows.nth(row).getByRole('button', { name: /^Preview the backup of / }).click();
      await expect(preview).toBeVisible();
      if ((await preview.textContent()) === FIRST) chosen = row;
    }
    expect(chosen).toBeGreaterThan(1);

    // Cancel changes nothing.
    await page.getByRole('button', { name: 'Restore this backup…' }).click();
    const question = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(question).toContainText('What is there now is kept as a revision first');
    await expectAccessible(page, 'Restore (confirmation)');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(question).toBeHidden();
    expect(await storedRevisions(page)).toEqual([]);

    await page.getByRole('button', { name: 'Restore this backup…' }).click();
    await question.getByRole('button', { name: 'Restore' }).click();
    await expect(minutesEditor(page)).toHaveText(FIRST);

    // As a new revision: first what was there (the later text), then the restored copy, naming the backup.
    const revisions = await storedRevisions(page);
    expect(revisions.map((revision) => revision.kind)).toEqual(['before-restore', 'restored']);
    expect(revisions[0]!.editorState).toContain(LATER);
    expect(revisions[1]!.editorState).toContain(FIRST);
    expect(revisions[1]!.origin?.kind).toBe('backup');

    await page.reload();
    await expect(minutesEditor(page)).toHaveText(FIRST);
    // And the officer sees it among the revisions, naming the backup.
    await page.getByRole('tab', { name: /^Revisions/ }).click();
    const listed = page.getByRole('table', { name: 'Revisions of the minutes, newest first' });
    await expect(listed.getByRole('row').nth(1)).toContainText(/Restored from backup file of (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), /);
    await expect(listed.getByRole('row').nth(2)).toContainText('Kept before a restore');
  });

  test('brings back a meeting that is no longer in Minute Book, from Backups on disk…', async ({ page }) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.type(FIRST);
    await expectSaved(page);
    await page.getByRole('button', { name: 'Delete meeting…' }).click();
    await page.getByRole('button', { name: 'Delete meeting', exact: true }).click();
    const meetingList = page.getByRole('navigation', { name: 'Meetings' });
    await expect(meetingList.getByRole('button', { name: new RegExp(MARCH_2015.title) })).toHaveCount(0);

    await page.getByRole('button', { name: 'Backups on disk…' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Backups on disk' })).toBeVisible();
    const newest = page.getByRole('table', { name: 'Backups, newest first' }).getByRole('row').nth(1);
    await expect(newest.getByRole('cell').nth(0)).toHaveText(`${MARCH_2015.title}, 19 March 2015 (no longer in Minute Book)`);
    await expectAccessible(page, 'Restore (every meeting)');
    await newest.getByRole('button', { name: /^Preview the backup of / }).click();
    await expect(page.getByRole('region', { name: 'Minutes in this backup' })).toHaveText(FIRST);
    await page.getByRole('button', { name: 'Restore this backup…' }).click();
    const question = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(question).toContainText('is no longer in Minute Book. Restoring brings the meeting back');
    await question.getByRole('button', { name: 'Restore' }).click();

    await expect(minutesEditor(page)).toHaveText(FIRST);
    await expect(meetingList.getByRole('button', { name: new RegExp(MARCH_2015.title) })).toHaveCount(1);
    await page.reload();
    await expect(minutesEditor(page)).toHaveText(FIRST);
  });
});

test.describe('the Restore screen in a browser', () => {
  test('lists the browser’s own copy of each meeting, kept after every save outside its database, and previews it', async ({ page }) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.type(FIRST);
    await expectSaved(page);
    await page.getByRole('button', { name: 'Backups on disk…' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Backups on disk' })).toBeVisible();
    await expect(page.getByText('This browser keeps a copy of each meeting you change in this browser’s own file storage, apart from its database')).toBeVisible();
    const rows = page.getByRole('table', { name: 'Backups, newest first' }).getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1).getByRole('cell').nth(0)).toHaveText(`${MARCH_2015.title}, 19 March 2015`);
    await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('Latest, kept as you type');
    await rows.nth(1).getByRole('button', { name: /^Preview the backup of / }).click();
    await expect(page.getByRole('region', { name: 'Minutes in this backup' })).toHaveText(FIRST);
    await expectAccessible(page, 'Restore (browser)');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Minute Book' })).toBeVisible();
  });
});
