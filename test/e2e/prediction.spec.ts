import { expect, test, type Locator, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { readFile } from 'node:fs/promises';
import { KCSP_2015_SETTINGS } from '../fixtures/kcsp-2015';
import { expectAccessible } from './support/accessibility';
import { expectSaved, minutesEditor } from './support/minutes-app';
import { Officer } from '../support/officer';
import { createBody, createMeetingOf, openTab, pasteAgenda, typeRoster } from './support/setup-app';

/** The suggestion greyed after the caret: its `data-completion` is exactly what Tab inserts. */
const suggestion = (page: Page) => page.locator('[data-completion]');

/** A paragraph's text exactly, spaces and all (toHaveText folds spaces together). */
const exactText = (paragraph: Locator) => paragraph.evaluate((element) => element.textContent);

/** A committee with one officer on its roster, a meeting of two items, and the caret in the first minute. */
async function startMinuting(page: Page): Promise<void> {
  await page.goto('/');
  await createBody(page, { ...KCSP_2015_SETTINGS, lastMinuteNumber: 0 });
  await typeRoster(page, [{ title: 'Mr', initials: 'S', surname: 'Peerbux', honours: '', role: 'Head of Community Safety', organisation: 'KCC', kind: 'officer', office: null }]);
  await createMeetingOf(page, { bodyName: KCSP_2015_SETTINGS.name, date: '2024-05-01', startTime: '10:00' });
  await pasteAgenda(page, 'B1 Community Safety Agreement Update\nB2 Prevent Update', 2);
  await openTab(page, 'Minutes');
  await page.locator('.mb-minute-item').first().locator(':scope > p').first().click();
  // The model is built in the worker once the editor is idle; until then nothing is offered.
  await expect(page.locator('.completion[data-learnt-words]')).toBeAttached();
}

test.describe('suggestions as the officer types', () => {
  test('Tab takes a suggestion, Escape puts it away, Ctrl+Right takes a word; a person comes in as a mention', async ({ page }) => {
    await startMinuting(page);
    /** The n-th paragraph of the first minute. */
    const paragraph = (n: number) => page.locator('.mb-minute-item').first().locator(':scope > p').nth(n);

    // The stock of council language knows this sentence; the rest of it is offered and Tab takes it.
    await page.keyboard.type('There were no declarations of inter');
    await expect(suggestion(page)).toHaveAttribute('data-completion', 'est.');
    // A screen reader hears, politely, the words a suggestion makes when it first appears (here a few letters back;
    // typing along it says nothing more).
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: /^Suggestion: [\w ]*interest\. Tab to take it\.$/ })).toBeAttached();
    await page.keyboard.press('Tab');
    await expect(paragraph(0)).toHaveText('There were no declarations of interest.');
    await expect(suggestion(page)).toHaveCount(0);

    // Escape puts a suggestion away and leaves the words as typed.
    await page.keyboard.press('Enter');
    await page.keyboard.type('RESOLVED that the rep');
    await expect(suggestion(page)).toHaveAttribute('data-completion', 'ort be noted.');
    await page.keyboard.press('Escape');
    await expect(suggestion(page)).toHaveCount(0);
    await expect(paragraph(1)).toHaveText('RESOLVED that the rep');

    // Typing on brings it back; Ctrl+Right takes one word and the space after it, and the rest stays offered.
    await page.keyboard.type('o');
    await expect(suggestion(page)).toHaveAttribute('data-completion', 'rt be noted.');
    await page.keyboard.press('Control+ArrowRight');
    await expect(suggestion(page)).toHaveAttribute('data-completion', 'be noted.');
    await expect.poll(() => exactText(paragraph(1))).toBe('RESOLVED that the report ');
    // A space typed out of habit straight after is not doubled.
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect.poll(() => exactText(paragraph(1))).toBe('RESOLVED that the report be noted.');

    // A person from the roster: the start of the name, then Tab; the mention prints them in full at their first
    // mention, and a comma typed next takes the place of the space after it.
    await page.keyboard.press('Enter');
    await page.keyboard.type('The update was given by Mr Pe');
    await expect(suggestion(page)).toHaveAttribute('data-completion', 'erbux (Head of Community Safety, KCC) ');
    await page.keyboard.press('Tab');
    await page.keyboard.type(', who');
    await expect.poll(() => exactText(paragraph(2))).toBe('The update was given by Mr Peerbux (Head of Community Safety, KCC), who');
    await expect(paragraph(2).locator('.mention')).toHaveText('Mr Peerbux (Head of Community Safety, KCC)');

    // Enter straight after a suggestion taken leaves no space at the end of the paragraph.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Members thanked Mr Pe');
    await expect(suggestion(page)).toHaveAttribute('data-completion', 'erbux ');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The');
    await expect(paragraph(4)).toHaveText('The');
    expect(await exactText(paragraph(3))).toBe('Members thanked Mr Peerbux');

    // The keys are listed in the shortcuts panel (F1).
    await page.keyboard.press('F1');
    const panel = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const table = panel.getByRole('table').filter({ has: page.getByText('Suggestions (greyed after the caret)') });
    await expect(table.getByRole('row')).toHaveText([/^Tab\s*Take the suggestion/, /^Ctrl\+Right Arrow\s*Take the next word/, /^Esc\s*Put the suggestion away/, /^Ctrl\+Alt\+S\s*Suggestions on or off/]);
    await panel.getByRole('button', { name: 'Close' }).click();
  });

  test('a suggestion is never saved or exported, passes axe while shown, and can be turned off for good', async ({ page }, testInfo) => {
    await startMinuting(page);
    await page.keyboard.type('The Committee asked that a further rep');
    await expect(suggestion(page)).toHaveAttribute('data-completion', /^ort be brought to/);
    await expectAccessible(page, 'Minutes with a suggestion showing');
    await page.screenshot({ path: testInfo.outputPath('suggestion.png') });

    // Saved while the suggestion shows: the draft and the meeting file hold only what was typed.
    await expectSaved(page);
    await expect(suggestion(page)).toHaveAttribute('data-completion', /^ort be brought to/);
    const draft = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const request = indexedDB.open('minute-book');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const read = request.result.transaction('drafts').objectStore('drafts').getAll();
            read.onsuccess = () => resolve(JSON.stringify(read.result));
            read.onerror = () => reject(read.error);
          };
        }),
    );
    expect(draft).toContain('The Committee asked that a further rep');
    expect(draft).not.toContain('brought to');

    const saving = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save meeting file…' }).click();
    const meetingFile = await readFile(await (await saving).path(), 'utf8');
    expect(meetingFile).toContain('a further rep');
    expect(meetingFile).not.toContain('brought to');

    // Exported while it shows: the Word file has the typed words only.
    await page.getByRole('button', { name: 'Export to Word…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to Word' });
    const exporting = page.waitForEvent('download');
    await dialog.locator('button[type="submit"]').click();
    const { value: exported } = await mammoth.extractRawText({ buffer: await readFile(await (await exporting).path()) });
    expect(exported).toContain('The Committee asked that a further rep');
    expect(exported).not.toContain('brought to');

    // Off, from the toolbar: nothing is offered, and it stays off after a reload.
    const toggle = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Suggest words as you type' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.completion')).toHaveCount(0);
    await page.reload();
    await expect(minutesEditor(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Suggest words as you type' })).toHaveAttribute('aria-pressed', 'false');
    await page.locator('.mb-minute-item').nth(1).locator(':scope > p').first().click();
    await page.keyboard.type('There were no declarations of inter');
    await expect(minutesEditor(page)).toContainText('declarations of inter');
    await expect(page.locator('.completion')).toHaveCount(0);
    // On again from the keyboard (Ctrl+Alt+S, as the F1 panel lists it).
    await page.keyboard.press('Control+Alt+S');
    await expect(page.getByRole('button', { name: 'Suggest words as you type' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('small frictions', () => {
  test('Ctrl+Alt+R again makes "RESOLVED to"; Tab after a phrase’s last blank goes past its full stop', async ({ page }) => {
    await startMinuting(page);
    const minute = page.locator('.mb-minute-item').first();
    const officer = new Officer(page);

    await officer.press('Control+Alt+R');
    await expect(minute.locator('.mb-resolution')).toHaveText('RESOLVED that');
    await officer.press('Control+Alt+R');
    await expect(minute.locator('.mb-resolution')).toHaveText('RESOLVED to');
    await page.keyboard.type('note the update.');
    await expect(minute.locator('.mb-resolution')).toHaveText('RESOLVED to note the update.');

    // A phrase with a blank mid-sentence: fill both blanks, Tab, and Enter starts a new paragraph.
    await officer.press('Enter');
    await officer.phrase('verbal');
    await page.keyboard.type('The Chairman');
    await page.keyboard.press('Tab');
    await page.keyboard.type('the strategy');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Members asked questions');
    await expect(minute.locator(':scope > p')).toHaveText(['RESOLVED to note the update.', 'The Chairman gave a verbal update on the strategy.', 'Members asked questions']);
  });
});
