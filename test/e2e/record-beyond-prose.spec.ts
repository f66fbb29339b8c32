import { expect, test, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { Officer } from '../support/officer';
import { meetingInput, person } from '../support/meeting-input';
import { caretAfter, expectSaved, minutesEditor } from './support/minutes-app';
import { importMeeting } from './support/seed-meeting';
import { parseMeetingFile, serialiseMeetingFile, type MeetingFile } from '../../shared/meeting-file/meeting-file';

/*
 * Issue 17 end to end: record a vote, mark an action, check the minutes, fix a finding, export, and find the
 * action in the committee's action log. The meeting (two minutes, three members and an officer) is seeded from a
 * meeting file; only what is the point is typed: the vote from its standing phrase, a sentence naming the officer
 * marked by its shortcut, a sentence the check offers marked from the panel, and a contraction fixed.
 */

const ROSTER = [
  person('p-patel', 'Cllr', 'A', 'Patel', { office: 'chair' }),
  person('p-okafor', 'Mrs', 'B', 'Okafor'),
  person('p-lewis', 'Mr', 'C', 'Lewis'),
  person('p-reyes', 'Ms', 'D', 'Reyes', { kind: 'officer', role: 'Director of Public Health' }),
];
const INPUT = meetingInput({
  roster: ROSTER,
  attendance: { 'p-patel': 'present', 'p-okafor': 'present', 'p-lewis': 'present', 'p-reyes': 'in-attendance' },
  minutes: [
    {
      title: 'Public Health Annual Report',
      code: 'B1',
      blocks: ['The Director introduced the annual report.', 'Members didn’t support the closure of the clinic. The Committee agreed that officers would report back in the autumn.', { resolution: 'that the report be noted.' }],
    },
    { title: 'Budget Consultation', code: 'B2', blocks: ['Members debated the proposals.'] },
  ],
});
/** The meeting as a file, read back through the app's own door (which checks the cut-down fixture). */
const FILE: MeetingFile = (() => {
  const read = parseMeetingFile(serialiseMeetingFile({ ...INPUT, templates: [] }));
  if (!read.ok) throw new Error(read.message);
  return read.file;
})();

const panel = (page: Page) => page.getByRole('complementary', { name: 'House-style check' });
const actionDialog = (page: Page) => page.getByRole('dialog', { name: /^(Mark as action|Edit action)$/ });

test('record a vote, mark an action, check the minutes, fix a finding, export, and track the action', async ({ page }, testInfo) => {
  await page.goto('/');
  await importMeeting(page, FILE);
  const officer = new Officer(page);

  // F1 lists the new shortcut beside the others.
  await minutesEditor(page).click();
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('row', { name: /^Ctrl\+Alt\+M Mark the sentence at the caret as an action/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // A vote from its standing phrase in minute 12: a show of hands, carried, then RESOLVED.
  await caretAfter(page, 'Members debated the proposals.');
  await officer.press('Enter');
  // An empty paragraph has no sentence to mark: said plainly, nothing changed.
  await officer.press('Control+Alt+KeyM');
  const nothing = page.getByRole('dialog', { name: 'Nothing to mark' });
  await expect(nothing).toContainText('Put the caret in a sentence (or select the words) to mark it as an action.');
  await nothing.getByRole('button', { name: 'OK' }).click();
  await expect(nothing).toBeHidden();
  await expect(minutesEditor(page)).toBeFocused();
  await officer.phrase('vote');
  const voteDialog = page.getByRole('dialog', { name: 'Minute a vote' });
  await expect(voteDialog).toBeVisible();
  await expect(voteDialog).toContainText('3 members were present at this item.');
  await voteDialog.getByLabel('For').fill('2');
  await voteDialog.getByLabel('Against').fill('1');
  await voteDialog.getByRole('button', { name: 'Minute the vote' }).click();
  await expect(voteDialog).toBeHidden();
  await expect(minutesEditor(page)).toContainText('On being put to the vote the motion was carried (for 2, against 1).');
  await officer.type('the proposals be approved.');
  await expect(minutesEditor(page)).toContainText('RESOLVED that the proposals be approved.');

  // An action by its shortcut: the sentence at the caret, owned by the person it names, with a date.
  await caretAfter(page, 'The Director introduced the annual report.');
  await officer.type(' ');
  await officer.mention('Rey');
  // The mention is followed by a space of its own.
  await officer.type('agreed to circulate the ward figures to Members.');
  await officer.press('Control+Alt+KeyM');
  const dialog = actionDialog(page);
  await expect(dialog).toHaveAccessibleName('Mark as action');
  await expect(dialog.getByRole('blockquote')).toHaveText(/^Ms Reyes .*agreed to circulate the ward figures to Members\.$/);
  await expect(dialog.getByLabel('Owner')).toHaveValue('p-reyes');
  await dialog.getByLabel('Due by (optional)').fill('2024-07-31');
  await expect(dialog).toContainText('The minutes will print: Action: Ms Reyes by Wednesday, 31 July 2024');
  await page.screenshot({ path: testInfo.outputPath('mark-action-dialog.png') });
  await dialog.getByRole('button', { name: 'Mark as action' }).click();
  await expect(dialog).toBeHidden();
  const marked = minutesEditor(page).locator('.mb-action');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveText(/agreed to circulate the ward figures to Members\.$/);
  await expect(marked).toHaveAttribute('data-action-note', 'Action: Ms Reyes by Wednesday, 31 July 2024');

  // Undo takes the marking off, redo puts it back.
  await officer.press('Control+z');
  await expect(marked).toHaveCount(0);
  await expect(minutesEditor(page)).toContainText('agreed to circulate the ward figures to Members.');
  await officer.press('Control+y');
  await expect(marked).toHaveCount(1);

  // Check the minutes: the fault is a finding; the sentence in an action's shape is offered, the marked one is not.
  await officer.press('F7');
  await expect(panel(page)).toBeVisible();
  const offers = panel(page).getByRole('region', { name: 'Possible actions' });
  await expect(offers.locator('.action-offer')).toHaveCount(1);
  await expect(offers).toContainText('“The Committee agreed that officers would report back in the autumn.”');
  await page.screenshot({ path: testInfo.outputPath('check-with-offers.png') });
  await offers.getByRole('button', { name: 'Mark as action…' }).click();
  await expect(dialog).toHaveAccessibleName('Mark as action');
  await expect(dialog.getByLabel('Owner')).toHaveValue('');
  await dialog.getByLabel('Owner').selectOption({ label: 'Cllr A Patel (Chairman)' });
  await dialog.getByRole('button', { name: 'Mark as action' }).click();
  await expect(marked).toHaveCount(2);
  await expect(offers).toHaveCount(0);

  // Fix a finding in one click.
  const contraction = panel(page).locator('.style-finding').filter({ has: page.getByRole('button', { name: '“didn’t”', exact: true }) });
  await contraction.getByRole('button', { name: 'Replace “didn’t” with “did not”' }).click();
  await expect(minutesEditor(page)).toContainText('Members did not support the closure of the clinic.');
  await panel(page).getByRole('button', { name: 'Close the house-style check' }).click();
  await expectSaved(page);

  // Export: the vote, the actions with their notes, the fix.
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export to Word' });
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = testInfo.outputPath('minutes.docx');
  await (await downloading).saveAs(file);
  const { value: exported } = await mammoth.extractRawText({ path: file });
  expect(exported).toContain('On being put to the vote the motion was carried (for 2, against 1).');
  expect(exported).toContain('RESOLVED that the proposals be approved.');
  // Each action's note ends its paragraph, after a line break (which mammoth's plain text leaves out).
  expect(exported).toContain('The Director introduced the annual report. Ms Reyes (Director of Public Health) agreed to circulate the ward figures to Members.');
  expect(exported).toMatch(/agreed to circulate the ward figures to Members\.\s*Action: Ms Reyes by Wednesday, 31 July 2024\n/);
  expect(exported).toMatch(/The Committee agreed that officers would report back in the autumn\.\s*Action: Cllr Patel\n/);
  expect(exported).toContain('Members did not support the closure of the clinic.');
  expect(exported).not.toContain('didn’t');

  // The committee's action log lists both, with their minute references; one is closed at the next meeting.
  await page.getByRole('navigation', { name: 'Set-up' }).getByRole('button', { name: 'Committees' }).click();
  await page.getByRole('button', { name: /^Health Overview and Scrutiny Committee Anyshire County Council/ }).click();
  const log = page.getByRole('region', { name: 'Action log' });
  await expect(log.getByRole('status')).toHaveText('2 open of 2.');
  await expect(log.getByRole('row')).toHaveCount(3);
  await expect(log.getByRole('row').nth(1)).toContainText('4 June 2024, Minute 11');
  await expect(log.getByRole('row').nth(1)).toContainText('Ms Reyes');
  await expect(log.getByRole('row').nth(1)).toContainText('31 July 2024');
  await log.getByRole('combobox', { name: /^Status of “The Committee agreed/ }).selectOption('Done');
  await expect(log.getByRole('status')).toHaveText('1 open of 2.');
  await expect(log.getByRole('row')).toHaveCount(2);
  await log.screenshot({ path: testInfo.outputPath('action-log.png') });
});
