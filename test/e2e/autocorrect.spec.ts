import { expect, test, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { readFile } from 'node:fs/promises';
import { KCSP_2015_SETTINGS } from '../fixtures/kcsp-2015';
import { Officer } from '../support/officer';
import { expectAccessible } from './support/accessibility';
import { expectSaved, minutesEditor } from './support/minutes-app';
import { createBody, createMeetingOf, openTab, pasteAgenda, typeRoster } from './support/setup-app';

const abbreviations = (page: Page) => page.getByRole('region', { name: 'Abbreviations' });

/** On the committee's page: types a short form and its full form into the add form and adds it. */
async function addAbbreviation(page: Page, short: string, full: string): Promise<void> {
  const form = abbreviations(page).getByRole('form', { name: 'Add abbreviation' });
  await form.getByLabel('You type').fill(short);
  await form.getByLabel('The minutes say').fill(full);
  await form.getByRole('button', { name: 'Add abbreviation' }).click();
}

test.describe('AutoCorrect as the officer types', () => {
  test('curly quotes, dashes and the committee’s abbreviations as typed; Ctrl+Z and Backspace take one back; the Word file has them', async ({ page }, testInfo) => {
    await page.goto('/');
    await createBody(page, { ...KCSP_2015_SETTINGS, lastMinuteNumber: 0 });
    await typeRoster(page, [{ title: 'Mr', initials: 'S', surname: 'Peerbux', honours: '', role: 'Head of Community Safety', organisation: 'KCC', kind: 'officer', office: null }]);

    // The house style: curly quotation marks; hyphens between words become en dashes. Both are the committee's
    // choice: by default AutoCorrect changes nothing typed.
    await expect(page.getByLabel('Quotation marks and apostrophes')).toHaveValue('straight');
    await expect(page.getByLabel('A hyphen typed between words ( - )')).toHaveValue('off');
    await page.getByLabel('Quotation marks and apostrophes').selectOption('curly');
    await page.getByLabel('A hyphen typed between words ( - )').selectOption('en');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText(/^Settings saved at/)).toBeVisible();

    // The committee's abbreviations: added, refused when empty or already there, changed, deleted after a question, undone.
    const list = abbreviations(page);
    await addAbbreviation(page, 'kcc', 'Kent County Council');
    await expect(list.getByRole('row')).toHaveText([/You type/, /^kccKent County Council/]);
    await addAbbreviation(page, 'KCC', 'Kent');
    await expect(list.getByRole('alert')).toHaveText('“kcc” is already on the list, for “Kent County Council”.');
    await addAbbreviation(page, 'kfrs', '');
    await expect(list.getByRole('alert')).toHaveText('Give the words it stands for, such as “Kent County Council”.');
    await list.getByRole('form', { name: 'Add abbreviation' }).getByLabel('The minutes say').fill('Kent Fire Service');
    await list.getByRole('button', { name: 'Add abbreviation' }).click();
    await expect(list.getByRole('row')).toHaveCount(3);
    await list.getByRole('button', { name: 'Edit kfrs' }).click();
    const editing = list.getByRole('form', { name: 'Save abbreviation' });
    await editing.getByLabel('The minutes say').fill('Kent Fire and Rescue Service');
    await editing.getByRole('button', { name: 'Save abbreviation' }).click();
    await expect(list.getByRole('row').nth(2)).toHaveText(/^kfrsKent Fire and Rescue Service/);
    await list.getByRole('button', { name: 'Delete kfrs' }).click();
    await page.getByRole('dialog', { name: 'Delete “kfrs”?' }).getByRole('button', { name: 'Delete abbreviation' }).click();
    await expect(list.getByRole('row')).toHaveCount(2);
    await expect(list.getByRole('status')).toContainText('“kfrs” is deleted.');
    await list.getByRole('button', { name: 'Undo' }).click();
    await expect(list.getByRole('row').nth(2)).toHaveText(/^kfrsKent Fire and Rescue Service/);
    await expectAccessible(page, 'Committee page with abbreviations');
    await page.screenshot({ path: testInfo.outputPath('abbreviations.png'), fullPage: true });

    await createMeetingOf(page, { bodyName: KCSP_2015_SETTINGS.name, date: '2024-05-01', startTime: '10:00' });
    await pasteAgenda(page, 'B1 Community Safety Agreement Update\nB2 Prevent Update', 2);
    await openTab(page, 'Minutes');
    const first = page.locator('.mb-minute-item').first().locator(':scope > p');
    await first.first().click();

    const officer = new Officer(page);
    await officer.type(`Officers of kcc and kfrs said the council's "plan" - agreed in the '90s - was late. It went to kcc.`);
    // Enter ends the last word as a space would.
    await officer.press('Enter');
    await expect(first.first()).toHaveText(
      'Officers of Kent County Council and Kent Fire and Rescue Service said the council’s “plan” – agreed in the ’90s – was late. It went to Kent County Council.',
    );

    // Ctrl+Z straight after a correction takes back just the correction: "kcc" stays as typed, and is not corrected again there.
    await officer.type('The kcc ');
    await expect(first.nth(1)).toHaveText('The Kent County Council');
    await officer.press('Control+z');
    await expect(first.nth(1)).toHaveText('The kcc');
    await officer.press('Backspace');
    await officer.type(' logo was shown.');
    await expect(first.nth(1)).toHaveText('The kcc logo was shown.');

    // Backspace straight after a correction takes it back too; after anything else it deletes as ever.
    await officer.press('Enter');
    await officer.type('Kcc ');
    await expect(first.nth(2)).toHaveText('Kent County Council');
    await officer.press('Backspace');
    await expect(first.nth(2)).toHaveText('Kcc');
    await officer.type('were thanked');
    await officer.press('Backspace');
    await officer.type('d.');
    await expect(first.nth(2)).toHaveText('Kcc were thanked.');

    // A person named from the list: what is typed for the list is left alone, and an apostrophe after the name closes.
    await officer.press('Enter');
    await officer.mention('Pe');
    await expect(first.nth(3).locator('.mention')).toHaveText('Mr Peerbux (Head of Community Safety, KCC)');
    await officer.press('Backspace');
    await officer.type("'s report, from kcc, was noted.");
    await expect(first.nth(3)).toHaveText('Mr Peerbux (Head of Community Safety, KCC)’s report, from Kent County Council, was noted.');
    await page.screenshot({ path: testInfo.outputPath('corrected-minutes.png') });

    // The Word file prints the corrected text, and what was taken back as typed.
    await expectSaved(page);
    await page.getByRole('button', { name: 'Export to Word…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to Word' });
    const exporting = page.waitForEvent('download');
    await dialog.locator('button[type="submit"]').click();
    const { value: exported } = await mammoth.extractRawText({ buffer: await readFile(await (await exporting).path()) });
    expect(exported).toContain(
      'Officers of Kent County Council and Kent Fire and Rescue Service said the council’s “plan” – agreed in the ’90s – was late. It went to Kent County Council.',
    );
    expect(exported).toContain('The kcc logo was shown.');
    expect(exported).toContain('Kcc were thanked.');
    expect(exported).toContain('Mr Peerbux (Head of Community Safety, KCC)’s report, from Kent County Council, was noted.');
    await expect(minutesEditor(page)).toBeVisible();
  });
});
