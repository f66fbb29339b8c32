/**
 * A meeting minuted with the keyboard alone: no mouse click anywhere. Every
 * control is reached with Tab (or the app's own shortcuts) and shows where the
 * focus is; dialogs take the focus, keep it, and give it back on Escape.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { expectAccessible } from './support/accessibility';
import { expectSaved, minutesEditor } from './support/minutes-app';

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails if it is not reached within `limit` presses. */
async function tabTo(page: Page, target: Locator, { limit = 40, backwards = false } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** The focused control draws a visible focus ring: a solid outline at least 2px wide (or, for the minutes, a ring round their sheet). */
async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  const ring = await page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    if (!focused || focused === document.body) return { element: 'nothing', outline: 'none', width: 0, shadow: 'none' };
    // The editor's ring is drawn round the sheet it sits on, not tight round the text.
    const drawn = focused.isContentEditable ? (focused.closest('.editor-frame') as HTMLElement) : focused;
    const style = getComputedStyle(drawn);
    return { element: focused.outerHTML.slice(0, 80), outline: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
  });
  const visible = (ring.outline !== 'none' && ring.width >= 2) || ring.shadow !== 'none';
  expect(visible, `${what}: no visible focus ring on ${ring.element} (outline ${ring.outline} ${ring.width}px, shadow ${ring.shadow})`).toBe(true);
}

/** Fails unless the focus is inside `container`. */
async function expectFocusInside(container: Locator, what: string): Promise<void> {
  expect(await container.evaluate((element) => element.contains(document.activeElement)), what).toBe(true);
}

test.describe('keyboard only', () => {
  test('create a meeting, move between tabs, type minutes, use dialogs and export, without touching the mouse', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('No meetings yet.')).toBeVisible();

    // The first Tab reaches the skip link, which jumps past the sidebar.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await expectVisibleFocus(page, 'skip link');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    const welcomeNew = page.getByRole('main').getByRole('button', { name: 'New meeting' });
    await expect(welcomeNew).toBeFocused();
    await expectVisibleFocus(page, 'New meeting button');

    // New meeting: the first field has the focus; Tab moves on through the form.
    await page.keyboard.press('Enter');
    const bodyName = page.getByLabel('Committee or partnership');
    await expect(bodyName).toBeFocused();
    await expectVisibleFocus(page, 'a text field');
    await page.keyboard.type('Kent Community Safety Partnership');
    await tabTo(page, page.getByLabel('Heading word'));
    await expectVisibleFocus(page, 'a select');
    await tabTo(page, page.getByLabel('Venue'));
    await page.keyboard.type('Darent Room, Sessions House');
    await tabTo(page, page.getByRole('button', { name: 'Create meeting' }));
    await expectVisibleFocus(page, 'Create meeting button');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Minutes' })).toHaveAttribute('aria-selected', 'true');

    // Alt+1 puts the caret in the minutes.
    await page.keyboard.press('Alt+1');
    await expect(minutesEditor(page)).toBeFocused();
    await expectVisibleFocus(page, 'the minutes');
    await page.keyboard.type('Mr Hill welcomed everyone to the meeting.');

    // Tabs: Alt+2 to the Agenda tab, arrows along the tab row, Alt+1 back to typing.
    await page.keyboard.press('Alt+2');
    const agendaTab = page.getByRole('tab', { name: 'Agenda' });
    await expect(agendaTab).toBeFocused();
    await expect(agendaTab).toHaveAttribute('aria-selected', 'true');
    await expectVisibleFocus(page, 'a tab');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Attendance' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Attendance' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(page.getByRole('tab', { name: 'Minutes' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Alt+1');
    await expect(minutesEditor(page)).toBeFocused();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Apologies were received from Mr Rivers.');
    await expectSaved(page);
    await expect(minutesEditor(page)).toHaveText('Mr Hill welcomed everyone to the meeting. Apologies were received from Mr Rivers.');

    // Tab in the minutes indents (as in Word); Escape, then Shift+Tab, leaves them.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    await expect(minutesEditor(page)).not.toBeFocused();
    // The toolbar is one Tab stop; the arrow keys, Home and End move along it.
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    // Bold: the first button usable when the meeting opened (nothing to undo then).
    await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeFocused();
    await expectVisibleFocus(page, 'a toolbar button');
    await page.keyboard.press('ArrowRight');
    await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
    await page.keyboard.press('Home');
    await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeFocused(); // Redo, with nothing to redo, is passed over
    await page.keyboard.press('End');
    await expect(toolbar.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(toolbar.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();
    await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);

    // A dialog from a button: focus goes in, Tab and Shift+Tab stay inside, Escape closes and gives the focus back.
    const editDetails = page.getByRole('button', { name: 'Edit details' });
    await tabTo(page, editDetails, { backwards: true });
    await expectVisibleFocus(page, 'Edit details button');
    await page.keyboard.press('Enter');
    const details = page.getByRole('dialog', { name: 'Meeting details' });
    await expect(details).toBeVisible();
    await expectFocusInside(details, 'the focus goes into the dialog');
    for (let press = 0; press < 25; press++) {
      await page.keyboard.press('Tab');
      await expectFocusInside(details, `Tab ${press + 1} stays inside the dialog`);
    }
    await expectVisibleFocus(page, 'a control in the dialog');
    for (let press = 0; press < 25; press++) {
      await page.keyboard.press('Shift+Tab');
      await expectFocusInside(details, `Shift+Tab ${press + 1} stays inside the dialog`);
    }
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    await expect(editDetails).toBeFocused();

    // F1 from the minutes: the shortcuts panel, and Escape goes back to typing where the caret was.
    await page.keyboard.press('Alt+1');
    await expect(minutesEditor(page)).toBeFocused();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('F1');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(shortcuts.getByRole('button', { name: 'Close' })).toBeFocused();
    await expect(shortcuts.getByRole('table', { name: 'View' })).toContainText('Ctrl+= or Ctrl++');
    await page.keyboard.press('Escape');
    await expect(shortcuts).toBeHidden();
    await expect(minutesEditor(page)).toBeFocused();
    await page.keyboard.type(' The meeting closed at 11.30 am.');
    await expect(minutesEditor(page)).toHaveText(
      'Mr Hill welcomed everyone to the meeting. Apologies were received from Mr Rivers. The meeting closed at 11.30 am.',
    );

    // Export to Word: reached with Escape and Shift+Tab from the minutes, exported with Enter.
    const exportButton = page.getByRole('button', { name: 'Export to Word…' });
    await page.keyboard.press('Escape');
    await tabTo(page, exportButton, { backwards: true });
    await expectVisibleFocus(page, 'Export to Word button');
    await page.keyboard.press('Enter');
    const exportDialog = page.getByRole('dialog', { name: 'Export to Word' });
    await expect(exportDialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
    await expectAccessible(page, 'Export to Word (keyboard)');
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^Kent Community Safety Partnership - .+ - NOTES - DRAFT\.docx$/);
    await expect(exportDialog).toBeHidden();
    // The Word file holds what was typed.
    const { value: text } = await mammoth.extractRawText({ path: await download.path() });
    expect(text).toContain('Mr Hill welcomed everyone to the meeting. Apologies were received from Mr Rivers. The meeting closed at 11.30 am.');
  });
});
