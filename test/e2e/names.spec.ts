import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { Officer } from '../support/officer';
import { minutesEditor } from './support/minutes-app';
import { openBodyPage } from './support/phrases-app';
import { importMeeting, newMeeting, onlyPeople, seedMeetingFile } from './support/seed-meeting';
import { createMeetingOf, openTab } from './support/setup-app';

test.describe('names as the council prints them', () => {
  test('a title for the minutes’ text re-words the mentions, and the attendance line keeps its own title', async ({ page }, testInfo) => {
    await page.goto('/');
    // The partnership and two of its people, from a meeting file; then a new meeting, which follows the roster
    // (an imported meeting prints by the record it came with).
    await importMeeting(page, onlyPeople(newMeeting(seedMeetingFile('kcsp-2015-03-19')), ['p-parris', 'p-leney']));
    await createMeetingOf(page, { bodyName: 'Kent Community Safety Partnership', date: '2021-06-10', startTime: '10:00' });

    const editor = minutesEditor(page);
    await editor.click();
    // The officer waits for the list of people before Enter, as a loaded machine may draw it late.
    const officer = new Officer(page);
    await officer.mention('parr');
    await officer.type(' reported; ');
    await officer.mention('parr');
    await officer.type(' added.');
    const mentions = editor.locator('.mention');
    await expect(mentions).toHaveText(['Mr Parris (Community Safety Manager, KCC)', 'Mr Parris']);

    // On the roster: a text title, and the form says how both lines will print before saving.
    await openBodyPage(page, 'Kent Community Safety Partnership');
    await page.getByRole('button', { name: /^Edit Mr .*Parris/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title in the text', { exact: true }).fill('Cllr');
    await expect(dialog.locator('.prints-as')).toContainText('In the text: Cllr Parris (Community Safety Manager, KCC), then Cllr Parris');
    await expect(dialog.locator('.prints-as strong').first()).toHaveText(/^Mr .*Parris/);
    await page.screenshot({ path: test.info().outputPath('person-form.png') });
    await dialog.getByRole('button', { name: /^Save/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('roster-row').filter({ hasText: 'Parris' })).toContainText(/Mr .*Parris/);

    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: /10 June 2021/ }).click();
    await openTab(page, 'Minutes');
    await expect(minutesEditor(page).locator('.mention')).toHaveText(['Cllr Parris (Community Safety Manager, KCC)', 'Cllr Parris']);

    // What the mentions store follows the roster too: a saved meeting file names him "Cllr Parris".
    const saving = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save meeting file…' }).click();
    const file = testInfo.outputPath('renamed.json');
    await (await saving).saveAs(file);
    const labels = [...(await readFile(file, 'utf8')).matchAll(/"label": "([^"]*)"/g)].map((match) => match[1]);
    expect(labels).toEqual(['Cllr Parris', 'Cllr Parris']);
  });
});
