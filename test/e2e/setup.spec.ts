import { expect, test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { attendanceName } from '../../shared/domain/person-names';
import {
  KCSP_2015_AGENDA,
  KCSP_2015_ATTENDANCE,
  KCSP_2015_IN_ATTENDANCE_LINE,
  KCSP_2015_PRESENT_LINE,
  KCSP_2015_ROSTER,
  KCSP_2015_SETTINGS,
} from '../fixtures/kcsp-2015';
import { MARCH_2015 } from '../fixtures/meetings';
import { expectSaved, minutesEditor } from './support/minutes-app';
import {
  addVisitor,
  attendanceRow,
  createBody,
  createMeetingOf,
  deleteAgendaItem,
  KCSP_2015_AGENDA_PASTE,
  KCSP_2015_VISITOR,
  meetingTab,
  openTab,
  pasteAgenda,
  printedAttendanceLines,
  recordAttendance,
  setUpKcsp2015,
  typeRoster,
} from './support/setup-app';

const SCREENSHOTS = 'test-results/screenshots';
const name = (id: string) => attendanceName(KCSP_2015_ROSTER.find((p) => p.id === id)!, 'Chairman');

async function screenshot(page: Page, file: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  // The window does not scroll (the main pane does), so grow the window to the pane's height for the picture.
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  const height = await page.locator('main').evaluate((main) => main.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path: `${SCREENSHOTS}/${file}` });
  await page.setViewportSize(size);
}

/** The agenda rows' headings, codes and titles as shown. */
async function agendaAsShown(page: Page): Promise<string[]> {
  return page.getByTestId('agenda-row').evaluateAll((rows) =>
    rows.map((row) => {
      const heading = row.querySelector('[data-testid="agenda-heading"]')?.firstChild?.textContent ?? '';
      const code = (row.querySelector('[data-field="code"]') as HTMLInputElement).value;
      const title = (row.querySelector('[data-field="title"]') as HTMLInputElement).value;
      return `${heading} ${code} ${title}`;
    }),
  );
}

const EXPECTED_AGENDA = KCSP_2015_AGENDA.map((item, index) => `${92 + index}. ${item.code} ${item.title}`);

test.describe('setting up a meeting', () => {
  test('the 19 March 2015 partnership: settings, roster, pasted agenda, attendance, a visitor and a departure survive a reload', async ({ page }) => {
    await page.goto('/');

    // The partnership, with minute 91 the last given out.
    await createBody(page, KCSP_2015_SETTINGS);
    await expect(page.getByText('The next minutes finalised will start at 92.')).toBeVisible();

    // Its roster, members then officers, in the seed's order (Ms Allen comes on the day).
    const roster = KCSP_2015_ROSTER.filter((p) => p !== KCSP_2015_VISITOR);
    await typeRoster(page, roster);
    await expect(page.getByTestId('roster-row').first()).toContainText('Mr P M Hill, OBE (Chairman)');
    await expect(page.getByTestId('roster-row').nth(11)).toContainText('Ms A Gilmour (Kent & Medway Domestic Violence Co-ordinator)');
    await screenshot(page, 'committee-roster.png');

    // The meeting; the partnership's usual venue comes with it.
    await createMeetingOf(page, { bodyName: KCSP_2015_SETTINGS.name, date: MARCH_2015.date, startTime: MARCH_2015.startTime });
    await expect(page.getByLabel('Heading of the minutes')).toContainText(`held in the ${MARCH_2015.venue} on Thursday, 19 March 2015.`);

    // The agenda, pasted from the web page; A1 and A2 are not minuted in this template.
    await pasteAgenda(page, KCSP_2015_AGENDA_PASTE, 14);
    await expect(page.getByText('Minute numbers are provisional')).toBeVisible();
    await deleteAgendaItem(page, 'A1');
    // A delete can be undone.
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByTestId('agenda-row').first().locator('[data-field="code"]')).toHaveValue('A1');
    await deleteAgendaItem(page, 'A1');
    await deleteAgendaItem(page, 'A2');
    await expect.poll(() => agendaAsShown(page)).toEqual(EXPECTED_AGENDA);

    // Keyboard only: Alt+↓ moves B1 below B2, and the focus stays with it; Alt+↑ puts it back.
    const b1Title = page.getByRole('textbox', { name: 'Title of item B1', exact: true });
    await b1Title.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await agendaAsShown(page)).slice(2, 4)).toEqual(['94. B2 Final Community Warden Model', '95. B1 Community Safety Integration Project']);
    await expect(b1Title).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => agendaAsShown(page)).toEqual(EXPECTED_AGENDA);
    await expect(b1Title).toBeFocused();

    // Typing an item: Enter adds it with the next code, and the row is ready for the next.
    await page.getByRole('textbox', { name: 'Title of the new item' }).fill('Any other business');
    await expect(page.getByRole('textbox', { name: 'Code of the new item' })).toHaveValue('D3');
    await page.getByRole('textbox', { name: 'Title of the new item' }).press('Enter');
    await expect(page.getByTestId('agenda-row')).toHaveCount(13);
    await expect(page.getByRole('textbox', { name: 'Title of the new item' })).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'Code of the new item' })).toHaveValue('D4');
    await expect(page.getByTestId('agenda-heading').last()).toHaveText('104.(Item D3)');
    await deleteAgendaItem(page, 'D3');
    await expect(page.getByTestId('agenda-save-status')).toHaveText(/All changes saved at/);
    await screenshot(page, 'agenda.png');

    // Attendance: the members present and officers in attendance; two by keyboard alone.
    await openTab(page, 'Attendance');
    const others = roster.filter((p) => !['p-hill', 'p-gilmour'].includes(p.id));
    await recordAttendance(page, others.map((p) => [attendanceName(p, 'Chairman'), KCSP_2015_ATTENDANCE[p.id]!] as const));
    // Tab into the chairman's choices (nothing chosen yet, so the focus lands on Present), Space chooses it.
    await attendanceRow(page, name('p-hill')).getByRole('radio', { name: 'Present', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(attendanceRow(page, name('p-hill')).getByRole('radio', { name: 'Present', exact: true })).toBeChecked();
    // Arrow keys move along the choices: Present → Also present → In attendance.
    await attendanceRow(page, name('p-gilmour')).getByRole('radio', { name: 'Present', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(attendanceRow(page, name('p-gilmour')).getByRole('radio', { name: 'Also present' })).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(attendanceRow(page, name('p-gilmour')).getByRole('radio', { name: 'In attendance' })).toBeChecked();

    // A substitute on the day: on the roster and on the PRESENT line in one go.
    await addVisitor(page, { ...KCSP_2015_VISITOR, kind: 'visitor' }, 'present');
    await expect(attendanceRow(page, 'Ms C Allen').getByRole('radio', { name: 'Present', exact: true })).toBeChecked();

    // Mr Rivers leaves during item B1, at 11.05 am.
    await page.getByLabel('Item under discussion').selectOption({ label: 'B1 Community Safety Integration Project' });
    await page.getByRole('button', { name: `${name('p-rivers')} left`, exact: true }).click();
    const movement = page.getByTestId('movement');
    await expect(movement).toHaveCount(1);
    await movement.locator('input[type="time"]').fill('11:05');
    await expect(movement.locator('.movement-sentence')).toHaveText('Mr Rivers left the meeting at 11.05 am.');
    await expect(page.getByTestId('attendance-save-status')).toHaveText(/All changes saved at/);
    await screenshot(page, 'attendance.png');

    // Everything is stored: after a reload the same meeting shows the same.
    await page.reload();
    await expect(minutesEditor(page)).toBeVisible();
    await openTab(page, 'Attendance');
    await expect(printedAttendanceLines(page)).toHaveText([KCSP_2015_PRESENT_LINE, 'ALSO PRESENT:', KCSP_2015_IN_ATTENDANCE_LINE]);
    await expect(page.getByTestId('apologies-line')).toHaveText('No apologies recorded.');
    await expect(page.getByTestId('movement').locator('.movement-sentence')).toHaveText(['Mr Rivers left the meeting at 11.05 am.']);
    await expect(page.getByTestId('movement').locator('select')).toHaveValue(/.+/);
    await openTab(page, 'Agenda');
    await expect.poll(() => agendaAsShown(page)).toEqual(EXPECTED_AGENDA);
  });

  test('setUpKcsp2015 (shared with the minute-typing specs) sets the whole meeting up and leaves the Minutes tab open', async ({ page }) => {
    await page.goto('/');
    await setUpKcsp2015(page);
    await expect(meetingTab(page, 'Minutes')).toHaveAttribute('aria-selected', 'true');
    await expect(minutesEditor(page)).toBeVisible();
    await openTab(page, 'Attendance');
    await expect(printedAttendanceLines(page)).toHaveText([KCSP_2015_PRESENT_LINE, 'ALSO PRESENT:', KCSP_2015_IN_ATTENDANCE_LINE]);
    await openTab(page, 'Agenda');
    await expect.poll(() => agendaAsShown(page)).toEqual(EXPECTED_AGENDA);
  });

  test('tabs: arrow keys and Alt+1/2/3 switch (Alt+4 is Revisions), and the editor keeps its text and undo history behind the others', async ({ page }) => {
    await page.goto('/');
    await createMeetingOf(page, { bodyName: 'Scrutiny Committee', date: '2024-05-02', startTime: '10:00', venue: 'Council Chamber' });
    await minutesEditor(page).click();
    await page.keyboard.type('RESOLVED that the report be noted.');
    await page.keyboard.press('Alt+2');
    await expect(meetingTab(page, 'Agenda')).toHaveAttribute('aria-selected', 'true');
    await expect(minutesEditor(page)).toBeHidden();
    await expect(meetingTab(page, 'Agenda')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(meetingTab(page, 'Attendance')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(meetingTab(page, 'Revisions')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight'); // wraps round
    await expect(meetingTab(page, 'Minutes')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Alt+3');
    await expect(meetingTab(page, 'Attendance')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Alt+1');
    await expect(minutesEditor(page)).toBeFocused();
    await expect(minutesEditor(page)).toHaveText('RESOLVED that the report be noted.');
    // The editor was hidden, not rebuilt: undo still knows what was typed.
    await page.keyboard.press('Control+z');
    await expect(minutesEditor(page)).not.toHaveText('RESOLVED that the report be noted.');
    await page.keyboard.press('Control+y');
    await expect(minutesEditor(page)).toHaveText('RESOLVED that the report be noted.');
    await expectSaved(page);
  });

  test('the roster keeps one Chairman, says when the office moves, retires people without deleting them, and names follow corrections', async ({ page }) => {
    await page.goto('/');
    await createBody(page, { ...KCSP_2015_SETTINGS, name: 'Crime and Disorder Committee', documentWord: 'MINUTES' });
    await typeRoster(page, KCSP_2015_ROSTER.slice(0, 3));
    // Validation in plain words.
    const form = page.getByRole('group', { name: 'Add someone to the roster' });
    await form.getByRole('button', { name: 'Add to roster' }).click();
    // A title is optional ("Matthew Burbeck", "Widden" print as written); a surname is not.
    await expect(form.getByText('Give a surname')).toBeVisible();

    // Making Ms Martin Chairman moves the office from Mr Hill, with a note.
    await page.getByRole('button', { name: 'Edit Ms E Martin' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Office', { exact: true }).selectOption({ label: 'Chairman' });
    await expect(dialog.getByText('Mr P M Hill, OBE is Chairman now; saving moves the office to this person.')).toBeVisible();
    await expect(dialog.getByText('Prints as: Ms E Martin (Chairman)')).toBeVisible();
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Ms E Martin is now Chairman (the office has moved from Mr P M Hill, OBE).')).toBeVisible();
    await expect(page.getByTestId('roster-row')).toHaveText([/^Mr P M Hill, OBE\s*Member/, /^Mr Rivers \(Vice-Chairman\)/, /^Ms E Martin \(Chairman\)/]);

    // Retire and bring back: greyed, never deleted.
    await page.getByRole('button', { name: 'Retire Mr P M Hill, OBE' }).click();
    await expect(page.getByTestId('roster-row').first()).toHaveClass(/retired/);
    await expect(page.getByTestId('roster-row').first()).toContainText('Retired');
    await page.getByRole('button', { name: 'Bring back Mr P M Hill, OBE' }).click();
    await expect(page.getByTestId('roster-row').first()).not.toHaveClass(/retired/);

    // Settings: a plain error, then saved.
    await page.getByLabel('Last minute number used').fill('ninety');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Give the last minute number used as a whole number (0 if none yet)')).toBeVisible();
    await page.getByLabel('Last minute number used').fill('103');
    await page.getByLabel('The chair is called').selectOption('Chair');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText(/^Settings saved at/)).toBeVisible();
    await expect(page.getByTestId('roster-row').nth(2)).toContainText('Ms E Martin (Chair)');
  });
});
