/**
 * Set-up without friction (issue 16, item 3): the start time is optional, everyone on the committee is marked
 * present with one press, pasted agenda items can be unticked, a Final copy with provisional numbers asks first,
 * and the heading-style choice reads as the council prints it. The meetings are seeded from the 19 March 2015
 * meeting file; only the meeting form (whose point is what is typed) is filled in.
 */
import { expect, test, type Page } from '@playwright/test';
import { attendanceName } from '../../shared/domain/person-names';
import type { MeetingFile } from '../../shared/meeting-file';
import { importMeeting, newMeeting, seedMeetingFile } from './support/seed-meeting';
import { attendanceRow, KCSP_2015_AGENDA_PASTE, openTab } from './support/setup-app';
import { openBodyPage } from './support/phrases-app';

const MARCH_2015 = seedMeetingFile('kcsp-2015-03-19');
const nameOf = (file: MeetingFile, id: string) => attendanceName(file.roster.find((person) => person.id === id)!, file.body.chairWord);

async function screenshot(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(file) });
}

test.describe('setting up without friction', () => {
  test('a meeting is set up with no start time, and its facts show none', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: 'New meeting' }).click();
    await page.getByLabel('Committee or partnership').fill('Parish Finance Committee');
    await page.getByLabel('Date').fill('2015-03-19');
    await expect(page.getByLabel('Start time (optional)')).toHaveValue('');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await expect(page.getByRole('tab', { name: 'Minutes' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('Use a time written hh:mm')).toHaveCount(0);
    await expect(page.locator('.meeting-facts')).toHaveText('Parish Finance Committee · Thursday, 19 March 2015');

    // A time can still be given afterwards, and an impossible one is still refused.
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Start time (optional)').fill('19:30');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect(page.locator('.meeting-facts')).toHaveText('Parish Finance Committee · Thursday, 19 March 2015 · 7.30 pm');
  });

  test('everyone on the committee is marked present with one press, apologies kept, then corrected and undone', async ({ page }) => {
    const file = newMeeting(MARCH_2015);
    await page.goto('/');
    await importMeeting(page, { ...file, meeting: { ...file.meeting, attendance: { 'p-rivers': 'apologies' } } });
    await openTab(page, 'Attendance');
    const radio = (id: string, role: string) => attendanceRow(page, nameOf(file, id)).getByRole('radio', { name: role, exact: true });

    await page.getByRole('button', { name: 'Mark everyone on the committee present' }).click();
    // Twelve members, one of whom had sent apologies: eleven marked, the officers left to the officer.
    await expect(page.getByRole('status').filter({ hasText: 'marked present' })).toHaveText(/^11 members marked present; correct anyone who is not\./);
    await expect(radio('p-hill', 'Present')).toBeChecked();
    await expect(radio('p-allen', 'Present')).toBeChecked();
    await expect(radio('p-rivers', 'Apologies')).toBeChecked();
    await expect(radio('p-gilmour', 'Not recorded')).toBeChecked();
    await expect(page.getByRole('button', { name: 'Mark everyone on the committee present' })).toBeDisabled();
    await expect(page.getByTestId('attendance-line').first()).toContainText('PRESENT: Mr P M Hill, OBE (Chairman)');
    await screenshot(page, 'attendance-marked.png');

    // The officer corrects one member, then undoes the press: the correction stays, the rest go back.
    await radio('p-cooke', 'Apologies').check();
    await expect(radio('p-cooke', 'Apologies')).toBeChecked();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(radio('p-hill', 'Not recorded')).toBeChecked();
    await expect(radio('p-cooke', 'Apologies')).toBeChecked();
    await expect(radio('p-rivers', 'Apologies')).toBeChecked();
    await expect(page.getByRole('button', { name: 'Mark everyone on the committee present' })).toBeEnabled();
  });

  test('pasted agenda items that are not minuted are unticked, and only the ticked ones take numbers', async ({ page }) => {
    await page.goto('/');
    await importMeeting(page, newMeeting(MARCH_2015));
    await openTab(page, 'Agenda');
    await page.getByRole('button', { name: 'Paste agenda…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste the agenda' });
    await dialog.getByLabel('Agenda text').fill(KCSP_2015_AGENDA_PASTE);
    await expect(dialog.getByText('14 items found')).toBeVisible();
    const labels = dialog.locator('.paste-preview .heading-label');
    await expect(labels.first()).toHaveText('92.');

    await dialog.getByRole('checkbox', { name: 'Minute A1 Introduction/Apologies' }).uncheck();
    await dialog.getByRole('checkbox', { name: /^Minute A2 Declarations of Interest/ }).uncheck();
    await expect(labels).toHaveText(['', '', '92.', '93.', '94.', '95.', '96.', '97.', '98.', '99.', '100.', '101.', '102.', '103.']);
    await screenshot(page, 'paste-unticked.png');
    await dialog.getByRole('button', { name: 'Add 12 items' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByTestId('agenda-row')).toHaveCount(12);
    await expect(page.getByRole('textbox', { name: 'Code of item A1', exact: true })).toHaveCount(0);
    await expect(page.getByTestId('agenda-heading').first()).toContainText('92.');
    await expect(page.getByRole('textbox', { name: 'Code of item A3', exact: true })).toHaveValue('A3');
    await expect(page.getByTestId('agenda-heading').last()).toContainText('103.');
  });

  test('a Final copy with provisional minute numbers asks first: export anyway, or finalise the numbers now', async ({ page }) => {
    await page.goto('/');
    await importMeeting(page, MARCH_2015);
    const exportFinal = async () => {
      await page.getByRole('button', { name: 'Export to Word…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export to Word' });
      await dialog.getByLabel('Final, for the chair to sign').check();
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      return page.getByRole('dialog', { name: 'The minute numbers are still provisional' });
    };

    const question = await exportFinal();
    await expect(question).toContainText('This Final copy would print minutes 92–103 with numbers not yet given out for good');
    await screenshot(page, 'export-provisional.png');
    let downloading = page.waitForEvent('download');
    await question.getByRole('button', { name: 'Export anyway' }).click();
    expect((await downloading).suggestedFilename()).toBe('Kent Community Safety Partnership - 19 March 2015 - NOTES.docx');
    await expect(page.getByRole('button', { name: 'Finalise minute numbers…' })).toBeVisible();

    downloading = page.waitForEvent('download');
    await (await exportFinal()).getByRole('button', { name: 'Finalise numbers now' }).click();
    expect((await downloading).suggestedFilename()).toBe('Kent Community Safety Partnership - 19 March 2015 - NOTES.docx');
    await expect(page.locator('.numbers-final')).toHaveText('Minutes 92–103');
    await expect(page.getByRole('status').filter({ hasText: 'Word file downloaded' })).toBeVisible();

    // Numbers given out: a Final copy goes straight out.
    await page.getByRole('button', { name: 'Export to Word…' }).click();
    downloading = page.waitForEvent('download');
    await page.getByRole('dialog', { name: 'Export to Word' }).getByRole('button', { name: 'Export', exact: true }).click();
    await downloading;
    await expect(page.getByRole('dialog', { name: 'The minute numbers are still provisional' })).toHaveCount(0);
  });

  test('the heading-style choice reads as the council prints it, with an example of each', async ({ page }) => {
    await page.goto('/');
    await importMeeting(page, newMeeting(MARCH_2015));
    await openBodyPage(page, MARCH_2015.body.name);
    const headings = page.getByRole('group', { name: 'How each minute is headed in the printed minutes' });
    await expect(headings.getByRole('radio', { name: /^Minute number, with the agenda item beneath/ })).toBeChecked();
    await expect(headings.getByTestId('heading-example-minute-numbers')).toHaveText('94. Community Safety Integration Project(Item B1)');
    await expect(headings.getByRole('radio', { name: /^Agenda code only, no minute number/ })).not.toBeChecked();
    await expect(headings.getByTestId('heading-example-agenda-codes')).toHaveText('B1 Community Safety Integration Project');
    await headings.scrollIntoViewIfNeeded();
    await screenshot(page, 'heading-style.png');
  });
});
