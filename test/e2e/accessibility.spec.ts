/**
 * Every screen and state of the app, checked with axe-core in the light and the
 * dark colour scheme (so colour contrast is checked in both): the officers who
 * type minutes include people who use only a keyboard or a screen reader.
 * Screens added later call expectAccessible in their own specs.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { attendanceName } from '../../shared/domain/person-names';
import { KCSP_2015_ROSTER, KCSP_2015_SETTINGS } from '../fixtures/kcsp-2015';
import { expectAccessible } from './support/accessibility';
import { expectSaved, minutesEditor } from './support/minutes-app';
import { addStandardPhrase } from './support/phrases-app';
import { importMeeting, meetingFileText, newMeeting, onlyPeople, seedMeetingFile } from './support/seed-meeting';
import { addVisitor, createBody, KCSP_2015_AGENDA_PASTE, KCSP_2015_VISITOR, openTab, recordAttendance, typeRoster } from './support/setup-app';

/** Checks the screen as it is now in the light scheme, then in the dark one, and leaves it light. */
async function expectAccessibleLightAndDark(page: Page, screen: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectAccessible(page, `${screen} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, `${screen} (dark)`);
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('accessibility: every screen passes axe (no serious or critical violations) in light and dark', () => {
  // Each test walks many screens and runs axe twice on each: longer than one ordinary journey.
  test.describe.configure({ timeout: 900_000 });

  test('meetings list, new meeting, committees, roster, person form, house style, standard phrases', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('No meetings yet.')).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Meetings list (empty)');

    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: 'New meeting' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New meeting' })).toBeVisible();
    await expectAccessibleLightAndDark(page, 'New meeting');
    // A form sent with nothing in it shows its errors beside the fields.
    await page.getByLabel('Date').fill('');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await expect(page.locator('.field-error').first()).toBeVisible();
    await expectAccessibleLightAndDark(page, 'New meeting (with errors)');

    await page.getByRole('navigation', { name: 'Set-up' }).getByRole('button', { name: 'Committees' }).click();
    await expect(page.getByRole('button', { name: 'New committee or partnership' })).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Committees (empty)');
    await page.getByRole('button', { name: 'New committee or partnership' }).click();
    await expectAccessibleLightAndDark(page, 'New committee or partnership');

    await page.getByRole('navigation', { name: 'Set-up' }).getByRole('button', { name: 'Committees' }).click();
    await createBody(page, KCSP_2015_SETTINGS);
    await typeRoster(page, KCSP_2015_ROSTER.filter((p) => p !== KCSP_2015_VISITOR).slice(0, 3));
    await addStandardPhrase(page, { name: 'Committee note the report', shortWord: 'cnr', text: 'RESOLVED that the committee note the report.' });
    await expect(page.getByRole('group', { name: 'Word export' })).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Committee: settings, house style, roster, standard phrases');

    await page.getByRole('button', { name: 'Add a standard phrase' }).click();
    await expect(page.getByRole('form', { name: 'Standard phrase' })).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Standard phrase form');

    await page.getByTestId('roster-row').first().getByRole('button', { name: /^Edit/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Edit person');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('navigation', { name: 'Set-up' }).getByRole('button', { name: 'Committees' }).click();
    await expect(page.locator('.bodies-list')).toContainText(KCSP_2015_SETTINGS.name);
    await expectAccessibleLightAndDark(page, 'Committees (one)');
  });

  test('the meeting workspace: tabs, toolbar, dialogs, export, finalise numbers, shortcuts, save failure', async ({ page }) => {
    await page.goto('/');
    // The partnership with three people on its roster, and a new meeting of it (the forms are checked above).
    const firstThree = KCSP_2015_ROSTER.filter((p) => p !== KCSP_2015_VISITOR).slice(0, 3);
    await importMeeting(page, onlyPeople(newMeeting(seedMeetingFile('kcsp-2015-03-19')), firstThree.map((p) => p.id)));
    await expectAccessibleLightAndDark(page, 'Minutes tab (empty agenda)');

    await openTab(page, 'Agenda');
    await expectAccessibleLightAndDark(page, 'Agenda tab (empty)');
    await page.getByRole('button', { name: 'Paste agenda…' }).click();
    const paste = page.getByRole('dialog', { name: 'Paste the agenda' });
    await paste.getByLabel('Agenda text').fill(KCSP_2015_AGENDA_PASTE);
    await expect(paste.getByText('14 items found')).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Paste the agenda');
    await paste.getByRole('button', { name: 'Add 14 items' }).click();
    await expect(paste).toBeHidden();
    await expect(page.getByTestId('agenda-row')).toHaveCount(14);
    await expectAccessibleLightAndDark(page, 'Agenda tab (14 items)');

    // Someone present and someone sending apologies: the chosen segments' fills are checked for contrast too.
    const [first, second] = KCSP_2015_ROSTER.filter((p) => p !== KCSP_2015_VISITOR).map((p) => attendanceName(p, KCSP_2015_SETTINGS.chairWord));
    await recordAttendance(page, [
      [first!, 'present'],
      [second!, 'apologies'],
    ]);
    await expectAccessibleLightAndDark(page, 'Attendance tab');
    await page.getByRole('button', { name: 'Add a substitute or visitor…' }).click();
    await expect(page.getByRole('group', { name: 'Add a substitute or visitor' })).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Attendance: add a visitor');
    await page.getByRole('group', { name: 'Add a substitute or visitor' }).getByRole('button', { name: 'Cancel' }).click();
    await addVisitor(page, { ...KCSP_2015_VISITOR, kind: 'visitor' }, 'also-present');

    await openTab(page, 'Minutes');
    await minutesEditor(page).click();
    await page.keyboard.type('Mr Hill welcomed everyone to the meeting.');
    await expectSaved(page);
    await expectAccessibleLightAndDark(page, 'Minutes tab with toolbar');

    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Keyboard shortcuts');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByRole('dialog', { name: 'Meeting details' })).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Meeting details');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Delete meeting…' }).click();
    await expect(page.getByRole('dialog', { name: /^Delete/ })).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Delete meeting confirmation');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Finalise minute numbers…' }).click();
    await expect(page.getByRole('dialog', { name: /their numbers for good/ })).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Finalise minute numbers');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Export to Word…' }).click();
    await expect(page.getByRole('dialog', { name: 'Export to Word' })).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Export to Word');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Saving stops (IndexedDB refuses writes, as on a full disk): the banner.
    await page.evaluate(() => {
      const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      const full = () => {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      };
      store.put = full;
      store.add = full;
    });
    await minutesEditor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Apologies were received.');
    await expect(page.getByRole('alert').filter({ hasText: 'Saving has stopped.' })).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Save failure banner');
  });

  test('import: a refused file, the keep-both-or-replace question, and the meetings list with meetings', async ({ page }, testInfo) => {
    await page.goto('/');
    const meeting = newMeeting(seedMeetingFile('kcsp-2015-03-19'));
    await importMeeting(page, meeting);
    const file = testInfo.outputPath('meeting.json');
    await writeFile(file, meetingFileText(meeting));

    const damaged = testInfo.outputPath('damaged.json');
    await writeFile(damaged, (await readFile(file, 'utf8')).slice(0, 200));
    await page.getByLabel('Meeting file to import').setInputFiles(damaged);
    await expect(page.getByRole('dialog', { name: 'This file cannot be imported' })).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Import refused');
    await page.keyboard.press('Escape');

    await page.getByLabel('Meeting file to import').setInputFiles(file);
    await expect(page.getByRole('dialog', { name: 'This meeting is already here' })).toBeVisible();
    await expectAccessibleLightAndDark(page, 'Import: keep both or replace');
    await page.getByRole('dialog').getByRole('button', { name: 'Keep both' }).click();
    await expect(page.getByRole('navigation', { name: 'Meetings' }).locator('.meeting-link-title')).toHaveCount(2);
    await expectAccessibleLightAndDark(page, 'Meeting workspace with two meetings listed');
  });
});

