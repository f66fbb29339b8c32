/**
 * Text size: Ctrl+= / Ctrl++ / Ctrl+- / Ctrl+0 change the whole window's text in
 * steps, say the new size to screen readers, and are remembered after a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { expectAccessible } from './support/accessibility';
import { createMeeting, expectSaved, MARCH_2015, minutesEditor } from './support/minutes-app';

/** The minutes' text size on screen, in CSS pixels. */
async function minutesFontSize(page: Page): Promise<number> {
  return minutesEditor(page).evaluate((editor) => parseFloat(getComputedStyle(editor).fontSize));
}

/** The sidebar's (ordinary interface) text size, in CSS pixels. */
async function interfaceFontSize(page: Page): Promise<number> {
  return page.getByRole('button', { name: 'Committees' }).evaluate((button) => parseFloat(getComputedStyle(button).fontSize));
}

test.describe('text size', () => {
  test('Ctrl+= twice makes all the text larger, says so, and is still so after a reload; Ctrl+0 puts it back', async ({ page }, testInfo) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.type('Mr Hill welcomed everyone to the meeting.');
    await expectSaved(page);
    const usualMinutes = await minutesFontSize(page);
    const usualInterface = await interfaceFontSize(page);
    expect(usualMinutes).toBe(16); // 12 pt, as in the Word file

    const status = page.getByRole('status').filter({ hasText: /^Text size/ });
    await page.keyboard.press('Control+Equal');
    await expect(status).toHaveText('Text size 110%');
    await page.keyboard.press('Control+Equal');
    await expect(status).toHaveText('Text size 120%');
    expect(await minutesFontSize(page)).toBeCloseTo(usualMinutes * 1.2, 1);
    expect(await interfaceFontSize(page)).toBeCloseTo(usualInterface * 1.2, 1);
    // Typing is not disturbed: the keys changed the size, not the minutes.
    await expect(minutesEditor(page)).toHaveText('Mr Hill welcomed everyone to the meeting.');
    await expect(minutesEditor(page)).toBeFocused();
    // The page itself is not zoomed as well (the two would compound).
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(1);

    await page.reload();
    await expect(minutesEditor(page)).toHaveText('Mr Hill welcomed everyone to the meeting.');
    expect(await minutesFontSize(page)).toBeCloseTo(usualMinutes * 1.2, 1);
    expect(await interfaceFontSize(page)).toBeCloseTo(usualInterface * 1.2, 1);

    // Ctrl++ (Ctrl+Shift+=) also enlarges; Ctrl+- makes smaller, a step at a time.
    await page.keyboard.press('Control+Shift+Equal');
    await expect(status).toHaveText('Text size 135%');
    await page.keyboard.press('Control+Minus');
    await expect(status).toHaveText('Text size 120%');

    // At the largest size the window still passes the accessibility check, and looks right.
    for (let step = 0; step < 6; step++) await page.keyboard.press('Control+Equal');
    await expect(status).toHaveText('Text size 200%');
    expect(await minutesFontSize(page)).toBeCloseTo(usualMinutes * 2, 1);
    await expectAccessible(page, 'Minutes at 200% text');
    await mkdir(testInfo.outputPath(), { recursive: true });
    await page.screenshot({ path: testInfo.outputPath('text-200.png') });

    // Ctrl+0: the usual size, remembered too.
    await page.keyboard.press('Control+Digit0');
    await expect(status).toHaveText('Text size 100%');
    expect(await minutesFontSize(page)).toBe(usualMinutes);
    await page.reload();
    await expect(minutesEditor(page)).toBeVisible();
    expect(await minutesFontSize(page)).toBe(usualMinutes);
    expect(await interfaceFontSize(page)).toBe(usualInterface);
  });

  test('the shortcuts panel lists the text-size keys', async ({ page }) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await minutesEditor(page).click();
    await page.keyboard.press('F1');
    const view = page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('table', { name: 'View' });
    await expect(view.getByRole('row')).toContainText(['Alt+1 / Alt+2 / Alt+3 / Alt+4', 'Esc, then Tab or Shift+Tab', 'Ctrl+= or Ctrl++', 'Ctrl+-', 'Ctrl+0']);
  });
});
