import { expect, type Locator, type Page } from '@playwright/test';

export { MARCH_2015 } from '../../fixtures/meetings';

/** Creates a meeting through the New meeting form, as an officer would, and waits for it to open. */
export async function createMeeting(
  page: Page,
  details: { bodyName: string; date: string; startTime?: string; venue: string; title?: string },
): Promise<void> {
  await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: 'New meeting' }).click();
  await page.getByLabel('Committee or partnership').fill(details.bodyName);
  await page.getByLabel('Date').fill(details.date);
  if (details.startTime) await page.getByLabel('Start time').fill(details.startTime);
  await page.getByLabel('Venue').fill(details.venue);
  if (details.title) await page.getByLabel('Meeting name').fill(details.title);
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await expect(minutesEditor(page)).toBeVisible();
}

/** The minutes editor (a contenteditable with role textbox). */
export function minutesEditor(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Minutes' });
}

/** Puts the caret at the end of the first paragraph holding these words (found by its opening words). */
export async function caretAfter(page: Page, words: string): Promise<void> {
  const text = minutesEditor(page).getByText(words).first();
  await text.click();
  await page.keyboard.press('End');
  // Chromium moves the caret itself on End and tells the editor in a selectionchange event a moment later; a key
  // pressed before the editor has heard of it acts where the click left the caret (seen once in CI: Enter split
  // "Members debate|d the proposals."). So: the caret is in that paragraph, and a frame and a task have passed, by
  // which time the event has been handled.
  await expect
    .poll(() =>
      text.evaluate(
        (element) =>
          new Promise<boolean>((resolve) =>
            requestAnimationFrame(() =>
              setTimeout(() => {
                const selection = getSelection();
                const block = element.closest('p, li, h1, h2, h3, h4, h5, h6');
                resolve(Boolean(block && selection?.isCollapsed && selection.focusNode && block.contains(selection.focusNode)));
              }, 0),
            ),
          ),
      ),
    )
    .toBe(true);
}

/** Waits until the indicator reports the minutes durably saved. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved locally at \d{2}:\d{2}:\d{2}$/);
}

/** The editor's text, one entry per paragraph or list item, as the officer sees them. */
export async function minutesParagraphs(page: Page): Promise<string[]> {
  return minutesEditor(page).evaluate((root) =>
    Array.from(root.querySelectorAll('p, li'))
      // A list item that only holds a nested list has no text of its own.
      .filter((el) => !(el.tagName === 'LI' && el.children.length === 1 && /^(OL|UL)$/.test(el.children[0]!.tagName)))
      .map((el) => {
        const clone = el.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('ol, ul').forEach((nested) => nested.remove());
        return clone.textContent ?? '';
      })
      .filter((text) => text.trim() !== ''),
  );
}
