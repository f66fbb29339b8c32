/**
 * Storage failing under the officer, with the failure put there on purpose: IndexedDB refusing every write (as
 * Chromium does on a full disk), the database deleted under the app (as Chromium does when a full disk damaged
 * it), or refusing to open. The same on a real full disk, where the machine allows, is full-disk.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseMeetingFile } from '../../shared/meeting-file';
import { expectAccessible } from './support/accessibility';
import { installFakeDesktopShell, type FakeMainControls } from './support/fake-desktop-shell';
import { createMeeting, expectSaved, MARCH_2015, minutesEditor } from './support/minutes-app';
import { browserCopies } from './support/browser-copies';

const JUNE_2015 = { ...MARCH_2015, date: '2015-06-18', title: 'Kent Community Safety Partnership, 18 June 2015' };
/** Saving must be back within this long of space coming back: the retries' longest wait (5 s), with room for a loaded machine. */
const RESUMES_WITHIN_MS = 15_000;

/** IndexedDB refuses every write, as Chromium does when the disk is full; freeTheDisk gives the room back. */
async function fillTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
    const put = store.put;
    const add = store.add;
    const full = () => {
      throw new DOMException('Encountered disk full while committing transaction.', 'QuotaExceededError');
    };
    store.put = full;
    store.add = full;
    (window as unknown as { freeTheDisk: () => void }).freeTheDisk = () => {
      store.put = put;
      store.add = add;
    };
  });
}

/** A new meeting whose minutes say `saved`, saved; then the disk fills. */
async function saveThenFillTheDisk(page: Page, saved: string): Promise<void> {
  await page.goto('/');
  await createMeeting(page, MARCH_2015);
  await minutesEditor(page).click();
  await page.keyboard.type(saved);
  await expectSaved(page);
  await fillTheDisk(page);
}

async function freeTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { freeTheDisk: () => void }).freeTheDisk());
}

/** Deletes the app's database from the page, as Chromium does with one it finds damaged. */
async function deleteTheDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const deleting = indexedDB.deleteDatabase('minute-book');
        deleting.onsuccess = () => resolve();
        deleting.onerror = () => reject(deleting.error);
      }),
  );
}

/** Deletes the app's database from a page of the same origin with the app not loaded. */
async function deleteDatabaseWithAppClosed(page: Page): Promise<void> {
  await page.goto('/__minute-book');
  await deleteTheDatabase(page);
}

const banner = (page: Page) => page.getByRole('alert').filter({ hasText: 'Saving has stopped.' });

test.describe('a full disk', () => {
  test('stops saving behind a banner that offers a copy to a file; the editor keeps everything; saving resumes by itself and says so', async ({ page }, testInfo) => {
    await saveThenFillTheDisk(page, 'Apologies were received from Mr Hill.');
    await page.keyboard.type(' Mr Rivers was also absent.');
    await expect(banner(page)).toContainText(
      'The disk is full, so the minutes could not be saved. Everything you typed is still on screen; free some space and saving will resume by itself.',
    );
    await expect(banner(page)).toBeInViewport();
    await expect(page.getByTestId('save-indicator')).toHaveText(/^Not saved\./);
    await expect(minutesEditor(page)).toHaveText('Apologies were received from Mr Hill. Mr Rivers was also absent.');
    await page.screenshot({ path: testInfo.outputPath('saving-stopped.png') });

    // The copy carries what is on screen, including what never reached IndexedDB.
    const downloading = page.waitForEvent('download');
    await banner(page).getByRole('button', { name: 'Save a copy to a file' }).click();
    const download = await downloading;
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const parsed = parseMeetingFile(await readFile(file, 'utf8'));
    expect(parsed.ok && JSON.stringify(parsed.file.minutes.editorState)).toContain('Mr Rivers was also absent.');
    await expect(banner(page)).toContainText('A copy of the meeting downloaded:');

    // Space comes back; nothing more is typed: saving resumes by itself, and the banner says when.
    await freeTheDisk(page);
    const resumed = page.getByRole('status').filter({ hasText: 'Saving again' });
    await expect(resumed).toHaveText(/^Saving again — saved at \d{1,2}\.\d{2} (am|pm)\. Everything on screen is saved\.Dismiss$/, { timeout: RESUMES_WITHIN_MS });
    await expect(banner(page)).toHaveCount(0);
    await expectSaved(page);
    await page.screenshot({ path: testInfo.outputPath('saving-again.png') });
    await resumed.getByRole('button', { name: 'Dismiss' }).click();
    await expect(resumed).toHaveCount(0);

    await minutesEditor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' RESOLVED that the apologies be noted.');
    await expectSaved(page);
    await page.reload();
    await expect(minutesEditor(page)).toHaveText('Apologies were received from Mr Hill. Mr Rivers was also absent. RESOLVED that the apologies be noted.');
  });

  test('the browser asks before leaving while the screen holds unsaved text, and not once it is saved', async ({ page }) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await fillTheDisk(page);
    await page.keyboard.type('Not yet saved anywhere.');
    await expect(banner(page)).toBeVisible();

    // Closing the tab (or reloading) runs beforeunload: the browser asks, and staying keeps everything.
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    expect(page.isClosed()).toBe(false);
    await expect(minutesEditor(page)).toHaveText('Not yet saved anywhere.');

    // Once it is saved, the page goes without a question.
    await freeTheDisk(page);
    await expectSaved(page);
    let askedAgain = false;
    page.on('dialog', (again) => {
      askedAgain = true;
      void again.accept();
    });
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(askedAgain).toBe(false);
  });
});

test.describe('a database the browser throws away', () => {
  test('while the officer types: the meeting on screen is kept, typing carries on, and the other meetings come back from the browser’s copies', async ({ page }, testInfo) => {
    await page.goto('/');
    await createMeeting(page, JUNE_2015);
    await minutesEditor(page).click();
    await page.keyboard.type('The June minutes, saved before.');
    await expectSaved(page);
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.type('The March minutes, on screen.');
    await expectSaved(page);
    await expect.poll(async () => (await browserCopies(page)).filter((text) => text.includes('minutes, saved before.')).length).toBe(1);

    // Chromium deletes a damaged database under the page; the app reopens it, finds it empty, and writes back what is on screen.
    await deleteTheDatabase(page);
    const lost = page.getByRole('alert').filter({ hasText: 'The browser threw away Minute Book’s database while you were working' });
    await expect(lost).toContainText(`What was on screen was kept: ${MARCH_2015.title}.`);
    await expect(minutesEditor(page)).toHaveText('The March minutes, on screen.');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Typed after.');
    await expectSaved(page);

    const offer = page.getByRole('region', { name: 'Restore meetings from their copies' });
    await expect(offer).toContainText('The other meetings can come back from their copies.');
    await expect(offer.getByRole('checkbox', { name: new RegExp(JUNE_2015.title) })).toBeChecked();
    await expectAccessible(page, 'Database lost');
    await page.screenshot({ path: testInfo.outputPath('database-lost.png') });
    await offer.getByRole('button', { name: 'Restore every meeting' }).click();
    await expect(offer.getByRole('status')).toContainText(`1 meeting was restored: ${JUNE_2015.title}.`);

    const meetings = page.getByRole('navigation', { name: 'Meetings' });
    await meetings.getByRole('button', { name: new RegExp(JUNE_2015.title) }).click();
    await expect(minutesEditor(page)).toHaveText('The June minutes, saved before.');
    await page.reload();
    await meetings.getByRole('button', { name: new RegExp(MARCH_2015.title) }).click();
    await expect(minutesEditor(page)).toHaveText('The March minutes, on screen. Typed after.');
  });

  test('before the app starts: it says the database is empty and restores every meeting from the browser’s copies', async ({ page }) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.type('Kept outside the database too.');
    await expectSaved(page);
    await expect.poll(async () => (await browserCopies(page)).some((text) => text.includes('Kept outside the database too.'))).toBe(true);

    await deleteDatabaseWithAppClosed(page);
    await page.goto('/');
    const offer = page.getByRole('region', { name: 'Restore meetings from their copies' });
    await expect(offer).toContainText('Minute Book has no meetings. Copies of 1 meeting are kept in this browser’s own file storage, apart from its database');
    await offer.getByRole('button', { name: 'Restore every meeting' }).click();
    await expect(offer.getByRole('status')).toContainText(`1 meeting was restored: ${MARCH_2015.title}.`);
    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: new RegExp(MARCH_2015.title) }).click();
    await expect(minutesEditor(page)).toHaveText('Kept outside the database too.');
    await offer.getByRole('button', { name: 'Close' }).click();
    await expect(offer).toHaveCount(0);
  });

  test('a database that cannot be opened is explained, and set aside untouched for a new one into which the meetings come back', async ({ page }, testInfo) => {
    await page.addInitScript(() => {
      // While the flag is up, the first database refuses to open, as Chromium's does when its files cannot be read.
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        if (name === 'minute-book' && localStorage.getItem('e2e.refuse-open') === 'yes') {
          throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
        }
        return version === undefined ? open.call(this, name) : open.call(this, name, version);
      };
    });
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.type('In the database that breaks.');
    await expectSaved(page);
    await expect.poll(async () => (await browserCopies(page)).some((text) => text.includes('In the database that breaks.'))).toBe(true);

    await page.evaluate(() => localStorage.setItem('e2e.refuse-open', 'yes'));
    await page.reload();
    const trouble = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Minute Book could not open its database' }) });
    await expect(trouble).toContainText('The browser could not open the storage that holds the minutes');
    await expect(trouble).toContainText('Nothing has been deleted.');
    await expectAccessible(page, 'Database cannot be opened');
    await page.screenshot({ path: testInfo.outputPath('database-trouble.png') });
    await trouble.getByRole('button', { name: 'Set this database aside and start a new one…' }).click();
    await page.getByRole('dialog', { name: 'Set the database aside?' }).getByRole('button', { name: 'Set it aside' }).click();

    const offer = page.getByRole('region', { name: 'Restore meetings from their copies' });
    await offer.getByRole('button', { name: 'Restore every meeting' }).click();
    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: new RegExp(MARCH_2015.title) }).click();
    await expect(minutesEditor(page)).toHaveText('In the database that breaks.');

    // The old database is still there, as it was, for IT.
    const old = await page.evaluate(async () => {
      localStorage.removeItem('e2e.refuse-open');
      const names = (await indexedDB.databases()).map((database) => database.name).sort();
      const drafts = await new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('minute-book');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const reading = opening.result.transaction('drafts').objectStore('drafts').getAll();
          reading.onsuccess = () => resolve((reading.result as { editorState: string }[]).map((draft) => draft.editorState));
        };
      });
      return { names, drafts, current: localStorage.getItem('minute-book.database-name') };
    });
    expect(old.names).toEqual(['minute-book', old.current]);
    expect(old.current).toMatch(/^minute-book-\d{8}T\d{6}$/);
    expect(old.drafts.join()).toContain('In the database that breaks.');
  });
});

test.describe('a failed save in the desktop app', () => {
  test.beforeEach(async ({ page }) => {
    await installFakeDesktopShell(page);
  });

  const main = (page: Page) => ({
    backups: () => page.evaluate(() => (window as unknown as { e2eFakeMain: FakeMainControls }).e2eFakeMain.backups()),
    fillDisk: (full: boolean) => page.evaluate((value) => (window as unknown as { e2eFakeMain: FakeMainControls }).e2eFakeMain.fillDisk(value), full),
    chooseFolderNextTime: (folder: string | null) =>
      page.evaluate((value) => (window as unknown as { e2eFakeMain: FakeMainControls }).e2eFakeMain.chooseFolderNextTime(value), folder),
    sendDiskSpace: (space: { freeBytes: number; low: boolean }) =>
      page.evaluate((value) => (window as unknown as { e2eFakeMain: FakeMainControls }).e2eFakeMain.sendDiskSpace(value), space),
  });

  test('goes to disk at once as an emergency backup of everything on screen, and the banner says where', async ({ page }, testInfo) => {
    await saveThenFillTheDisk(page, 'Saved.');
    // In one input event: the copy is of what is on screen when the save fails, and typing key by key could be
    // overtaken by the failure on a slow machine (what is typed later goes in the next copy, 30 s on).
    await page.keyboard.insertText(' Only on screen.');
    await expect(banner(page)).toContainText(/An emergency copy of everything on screen was written to \/home\/officer\/\.config\/Minute Book\/backups\/[\w-]+\/\d{8}T\d{9}Z-emergency\.json/);
    const emergency = (await main(page).backups()).filter((backup) => backup.kind === 'emergency');
    expect(emergency).toHaveLength(1);
    expect(emergency[0]!.text).toContain('Saved. Only on screen.');
    await page.screenshot({ path: testInfo.outputPath('emergency-backup-written.png') });
  });

  test('on a full disk asks the officer for a folder for the copy, and says where it went', async ({ page }, testInfo) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await main(page).fillDisk(true);
    await fillTheDisk(page);
    await page.keyboard.type('Typed on a full disk.');
    await expect(banner(page)).toContainText('The disk is full, so the emergency copy could not be written to Minute Book’s backups folder.');
    await main(page).chooseFolderNextTime('/media/officer/USB STICK');
    await expectAccessible(page, 'Saving stopped (desktop, disk full)');
    await page.screenshot({ path: testInfo.outputPath('choose-a-folder.png') });
    await banner(page).getByRole('button', { name: 'Choose a folder for the copy…' }).click();
    await expect(banner(page)).toContainText('An emergency copy of everything on screen was written to the folder you chose: /media/officer/USB STICK/emergency copy.json');
    await expect(banner(page).getByRole('button', { name: 'Choose a folder for the copy…' })).toHaveCount(0);
  });

  test('warns while there is still room, when main finds the disk nearly full', async ({ page }, testInfo) => {
    await page.goto('/');
    const warning = page.getByRole('alert').filter({ hasText: 'The disk is nearly full: minutes are safe now, but free some space' });
    await main(page).sendDiskSpace({ freeBytes: 150 * 1024 * 1024, low: true });
    await expect(warning).toContainText('(150 MB left)');
    await expectAccessible(page, 'Disk nearly full');
    await page.screenshot({ path: testInfo.outputPath('disk-nearly-full.png') });
    await main(page).sendDiskSpace({ freeBytes: 900 * 1024 * 1024, low: false });
    await expect(warning).toHaveCount(0);
  });
});
