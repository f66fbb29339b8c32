import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pythonDocx, pythonDocxView, requireTool } from '../support/docx-readers';
import { caretAfter, expectSaved, minutesEditor } from './support/minutes-app';
import { importMeeting, onlyPeople, seedMeetingFile } from './support/seed-meeting';

/*
 * Votes in the app: a meeting is seeded (four members, one officer; Mr Rivers left during minute 92), then the
 * officer minutes a show of hands by its shortcut and a recorded vote from the toolbar, edits the recorded one,
 * and exports: the .docx holds the sentences and the recorded vote's table, named as the attendance lines.
 */

const seed = seedMeetingFile('kcsp-2015-03-19');
const cut = onlyPeople(seed, ['p-hill', 'p-rivers', 'p-martin', 'p-cooke', 'p-gilmour']);
const FILE = {
  ...cut,
  meeting: { ...cut.meeting, movements: [{ id: 'mv-rivers', personId: 'p-rivers', kind: 'left' as const, time: '10:25', itemId: 'item-92' }] },
};

const voteDialog = (page: Page) => page.getByRole('dialog', { name: /^(Minute a vote|Edit vote)$/ });

test('votes: a show of hands and a recorded vote, checked against who was there, edited, and exported', async ({ page }, testInfo) => {
  await page.goto('/');
  await importMeeting(page, FILE);

  // F1 lists the shortcut.
  await minutesEditor(page).click();
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('row', { name: 'Ctrl+Alt+V Minute a vote: a show of hands or a recorded vote' })).toBeVisible();
  await page.keyboard.press('Escape');

  // A show of hands in minute 94, by its shortcut. Mr Rivers had left: three members could vote.
  await caretAfter(page, 'Mr Adams, Kent Fire and Rescue Service');
  await page.keyboard.press('Control+Alt+KeyV');
  const dialog = voteDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('3 members were present at this item.');
  await expect(dialog.getByLabel('For')).toBeFocused();
  await dialog.getByLabel('For').fill('3');
  await dialog.getByLabel('Against').fill('1');
  await expect(dialog.getByRole('alert')).toHaveText('4 votes and abstentions are counted, but only 3 members were present at this item.');
  await expect(dialog.getByRole('button', { name: 'Minute the vote' })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('show-of-hands-too-many.png') });
  await dialog.getByLabel('For').fill('2');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog).toContainText('On being put to the vote the motion was carried (for 2, against 1).');
  await dialog.getByRole('button', { name: 'Minute the vote' }).click();
  await expect(dialog).toBeHidden();
  await expect(minutesEditor(page)).toContainText('On being put to the vote the motion was carried (for 2, against 1).');
  // A carried motion is resolved: the caret waits after "RESOLVED that ".
  await page.keyboard.type('the new model be adopted.');
  await expect(minutesEditor(page)).toContainText('RESOLVED that the new model be adopted.');

  // A recorded vote in minute 95, from the toolbar: only the members present are offered.
  await caretAfter(page, 'explained that he had fought to protect the service');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Vote' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Recorded vote').check();
  await expect(dialog.getByRole('combobox')).toHaveCount(3);
  await expect(dialog.getByLabel('Mr Rivers (Vice-Chairman)')).toHaveCount(0);
  await dialog.getByLabel('Mr P M Hill, OBE (Chairman)').selectOption('For');
  await dialog.getByLabel('Ms E Martin').selectOption('Against');
  await dialog.getByLabel('Ms Z Cooke').selectOption('Against');
  await expect(dialog).toContainText('On a recorded vote the motion was lost (for 1, against 2).');
  await page.screenshot({ path: test.info().outputPath('recorded-vote-dialog.png') });
  await dialog.getByRole('button', { name: 'Minute the vote' }).click();
  const recorded = minutesEditor(page).getByRole('group', { name: 'Vote' }).nth(1);
  await expect(recorded).toContainText('On a recorded vote the motion was lost (for 1, against 2).');
  await expect(recorded.getByRole('row', { name: 'Against (2) Ms E Martin and Ms Z Cooke' })).toBeVisible();

  // Edited afterwards: Ms Cooke abstained, the votes are equal, and the chair's casting vote carries it.
  await recorded.getByRole('button', { name: 'Edit vote' }).click();
  await expect(dialog).toHaveAccessibleName('Edit vote');
  await dialog.getByLabel('Ms Z Cooke').selectOption('Abstained');
  await expect(dialog.getByRole('alert')).toHaveText('The votes are equal: say how the chair used the casting vote.');
  await dialog.getByLabel('The Chairman’s casting vote').selectOption('For');
  await dialog.getByRole('button', { name: 'Save vote' }).click();
  const carried = "On a recorded vote the motion was carried on the Chairman's casting vote (for 1, against 1, abstention 1).";
  await expect(recorded).toContainText(carried);
  await expect(recorded.getByRole('row', { name: 'Abstain (1) Ms Z Cooke' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('votes-in-minutes.png') });
  await expectSaved(page);

  // Export: the sentences as paragraphs, the recorded vote as a table named as the attendance lines.
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export to Word' });
  await exportDialog.getByLabel('Final, for the chair to sign').check();
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  // The minute numbers are still provisional, so a Final copy asks first; this copy prints them as they stand.
  await page.getByRole('dialog', { name: 'The minute numbers are still provisional' }).getByRole('button', { name: 'Export anyway' }).click();
  const file = testInfo.outputPath('votes.docx');
  await (await downloading).saveAs(file);
  requireTool(pythonDocx);
  const view = pythonDocxView(await readFile(file));
  const texts = view.paragraphs.map((paragraph) => paragraph.text);
  expect(texts).toContain('On being put to the vote the motion was carried (for 2, against 1).');
  expect(texts).toContain('RESOLVED that the new model be adopted.');
  expect(texts).toContain(carried);
  expect(view.tables.map((table) => table.cellTexts)).toContainEqual(['For (1)', 'Mr P M Hill, OBE (Chairman)', 'Against (1)', 'Ms E Martin', 'Abstain (1)', 'Ms Z Cooke']);
});
