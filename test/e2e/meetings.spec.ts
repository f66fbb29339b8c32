import { expect, test } from '@playwright/test';
import { createMeeting, MARCH_2015, minutesEditor } from './support/minutes-app';

test.describe('meetings', () => {
  test('are listed newest first, renamed, edited and deleted only after confirmation', async ({ page }) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await createMeeting(page, { bodyName: 'Kent Community Safety Partnership', date: '2019-07-17', venue: 'Online' });
    await createMeeting(page, { bodyName: 'Kent Community Safety Partnership', date: '2014-10-08', venue: 'Darent Room' });

    const list = page.getByRole('navigation', { name: 'Meetings' }).locator('.meeting-link-title');
    await expect(list).toHaveText([
      'Kent Community Safety Partnership, 17 July 2019',
      'Kent Community Safety Partnership, 19 March 2015',
      'Kent Community Safety Partnership, 8 October 2014',
    ]);

    // The open meeting (October 2014) shows the heading of its minutes as the Word file will.
    await expect(page.getByLabel('Heading of the minutes')).toContainText(
      'NOTES of a meeting of the Kent Community Safety Partnership held in the Darent Room on Wednesday, 8 October 2014.',
    );

    // Rename inline: Enter keeps, and the list follows.
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('Meeting name').fill('KCSP October 2014');
    await page.getByLabel('Meeting name').press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('KCSP October 2014');
    await expect(list.nth(2)).toHaveText('KCSP October 2014');

    // Rename, then change of mind: Escape keeps the old name.
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('Meeting name').fill('Something else');
    await page.getByLabel('Meeting name').press('Escape');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('KCSP October 2014');

    // Edit details: the venue changes the heading sentence. The heading word belongs to
    // the body (all three meetings are the one partnership), so it is not offered here.
    await page.getByRole('button', { name: 'Edit details' }).click();
    const details = page.getByRole('dialog', { name: 'Meeting details' });
    await expect(details.getByLabel('Heading word')).toBeDisabled();
    await details.getByLabel('Venue').fill('Online');
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect(page.getByLabel('Heading of the minutes')).toContainText(
      'NOTES of a meeting of the Kent Community Safety Partnership held Online on Wednesday, 8 October 2014.',
    );

    // Delete asks first; Cancel (focused first) keeps the meeting.
    await page.getByRole('button', { name: 'Delete meeting…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “KCSP October 2014”?' });
    await expect(confirm).toContainText('This cannot be undone.');
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(list).toHaveCount(3);

    await page.getByRole('button', { name: 'Delete meeting…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete meeting' }).click();
    await expect(list).toHaveText([
      'Kent Community Safety Partnership, 17 July 2019',
      'Kent Community Safety Partnership, 19 March 2015',
    ]);

    // Deleted for good: not back after a reload either.
    await page.reload();
    await expect(list).toHaveCount(2);
  });

  test('a body typed once is offered again, bringing its heading word and usual venue', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: 'New meeting' }).click();
    await page.getByLabel('Committee or partnership').fill('Scrutiny Committee');
    await expect(page.getByText('A new committee or partnership')).toBeVisible();
    await page.getByLabel('Heading word').selectOption('MINUTES');
    await page.getByLabel('Date').fill('2024-05-02');
    await page.getByLabel('Venue').fill('Council Chamber, Sessions House');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await expect(page.getByLabel('Heading of the minutes')).toContainText('MINUTES of a meeting of the Scrutiny Committee held in the Council Chamber, Sessions House on Thursday, 2 May 2024.');

    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: 'New meeting' }).click();
    await page.getByLabel('Committee or partnership').fill('scrutiny committee');
    await expect(page.getByLabel('Heading word')).toBeDisabled();
    await expect(page.getByLabel('Heading word')).toHaveValue('MINUTES');
    await expect(page.getByLabel('Venue')).toHaveValue('Council Chamber, Sessions House');
  });

  test('a new meeting refuses missing details with the reason, and loses nothing typed in the form', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: 'New meeting' }).click();
    await page.getByLabel('Venue').fill('Darent Room');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await expect(page.getByText('Name the committee or partnership')).toBeVisible();
    await expect(page.getByLabel('Venue')).toHaveValue('Darent Room');
    await expect(minutesEditor(page)).toHaveCount(0);
  });
});
