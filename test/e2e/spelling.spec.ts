import { expect, test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { expectAccessible } from './support/accessibility';
import { expectSaved, minutesEditor } from './support/minutes-app';
import { importMeeting, newMeeting, onlyPeople, seedMeetingFile } from './support/seed-meeting';

const SCREENSHOTS = 'test-results/screenshots';

/** The words underlined as misspelt (the CSS highlight's ranges, read in the page), sorted. */
async function underlined(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('spelling-error');
    return highlight ? [...highlight].map((range) => range.toString()).sort() : [];
  });
}

/**
 * Waits until exactly `words` are underlined (sorted). Generous: on a loaded two-core machine the worker may take
 * seconds to build the dictionary the first time.
 */
async function expectUnderlined(page: Page, words: string[]): Promise<void> {
  await expect.poll(() => underlined(page), { timeout: 20_000 }).toEqual(words);
}

/** The middle of the (first) underlined word `word`, in window coordinates. */
async function whereIs(page: Page, word: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const range = [...(CSS.highlights.get('spelling-error') ?? [])].find((r): r is Range => r instanceof Range && r.toString() === wanted);
    const box = range?.getBoundingClientRect();
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  }, word);
  if (!point) throw new Error(`“${word}” is not underlined`);
  return point;
}

async function rightClick(page: Page, word: string): Promise<void> {
  const { x, y } = await whereIs(page, word);
  await page.mouse.click(x, y, { button: 'right' });
}

const spellingMenu = (page: Page, word: string) => page.getByRole('menu', { name: `Spelling of “${word}”` });

// Roster names the en-GB dictionary does not know (Exall, Gilmour, Parris, Leney), council terms and acronyms,
// possessives, numbers and a minute reference, with three slips and an unknown surname.
const SENTENCE =
  'Ms Exall and Mr Parris reported that KCC and the MARAC had recieved the Ofsted report; Ms Gilmour’s view was that the comittee, ' +
  'with Ms Leney and Mr Widden, would definately review the organisation’s 12 DHRs (minute 92(b)). ';

test.describe('spelling', () => {
  test('underlines misspellings offline, corrects from the menu with undo, and remembers added words', async ({ page, context, baseURL }) => {
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));

    await page.goto('/');
    // The partnership with four of its people on the roster, and a new meeting of it.
    await importMeeting(page, onlyPeople(newMeeting(seedMeetingFile('kcsp-2015-03-19')), ['p-exall', 'p-gilmour', 'p-parris', 'p-leney']));

    const editor = minutesEditor(page);
    await editor.click();
    await page.keyboard.type(SENTENCE);
    // Exactly the slips and the surname not on the roster: names, terms, acronyms, numbers are left alone.
    await expectUnderlined(page, ['Widden', 'comittee', 'definately', 'recieved']);
    // Chromium's own checker is off (it would fetch dictionaries).
    await expect(editor).toHaveAttribute('spellcheck', 'false');

    // Right-click a slip: our menu, with corrections first.
    await rightClick(page, 'comittee');
    const menu = spellingMenu(page, 'comittee');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem').first()).toHaveText('committee');
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await expect(menu.getByRole('menuitem', { name: 'Add to dictionary' })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Ignore in this meeting' })).toBeVisible();
    await expectAccessible(page, 'Spelling menu');
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/spelling-menu.png` });

    await menu.getByRole('menuitem', { name: 'committee', exact: true }).click();
    await expect(menu).toBeHidden();
    await expect(editor).toContainText('view was that the committee, with');
    await expectUnderlined(page, ['Widden', 'definately', 'recieved']);

    // Undo puts the slip back, underlined again.
    await page.keyboard.press('Control+z');
    await expect(editor).toContainText('view was that the comittee, with');
    await expectUnderlined(page, ['Widden', 'comittee', 'definately', 'recieved']);

    // The keyboard: caret in the word, Shift+F10, arrows, Enter. Escape first closes without a change.
    const { x, y } = await whereIs(page, 'recieved');
    await page.mouse.click(x, y);
    await page.keyboard.press('Shift+F10');
    await expect(spellingMenu(page, 'recieved')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(spellingMenu(page, 'recieved')).toBeHidden();
    await expect(editor).toBeFocused();
    await page.keyboard.press('Shift+F10');
    await expect(spellingMenu(page, 'recieved').getByRole('menuitem').first()).toHaveText('received');
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect(editor).toContainText('the MARAC had received the Ofsted report');
    await expectUnderlined(page, ['Widden', 'comittee', 'definately']);

    // Ignore in this meeting, and Add to dictionary.
    await rightClick(page, 'definately');
    await spellingMenu(page, 'definately').getByRole('menuitem', { name: 'Ignore in this meeting' }).click();
    await expectUnderlined(page, ['Widden', 'comittee']);
    await rightClick(page, 'Widden');
    await spellingMenu(page, 'Widden').getByRole('menuitem', { name: 'Add to dictionary' }).click();
    await expectUnderlined(page, ['comittee']);
    // A new slip typed now is underlined once the caret has left it; the added word is not.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Mr Widden thanked the Partnersip. ');
    await expectUnderlined(page, ['Partnersip', 'comittee']);
    await expectSaved(page);

    // Both survive a reload.
    await page.reload();
    await expect(editor).toContainText('Mr Widden thanked the Partnersip.');
    await expectUnderlined(page, ['Partnersip', 'comittee']);

    // The Spelling screen lists the personal dictionary; removing a word asks first.
    await page.getByRole('navigation', { name: 'Set-up' }).getByRole('button', { name: 'Spelling' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Spelling' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Your dictionary' }).getByRole('listitem')).toHaveText(['WiddenRemove…']);
    await expectAccessible(page, 'Spelling');
    await page.screenshot({ path: `${SCREENSHOTS}/spelling-screen.png` });
    await page.getByRole('button', { name: 'Remove Widden' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove “Widden” from your dictionary?' });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('list', { name: 'Your dictionary' }).getByRole('listitem')).toHaveCount(1);
    await page.getByRole('button', { name: 'Remove Widden' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove word' }).click();
    await expect(page.getByText('No words yet.')).toBeVisible();
    // A word that is not one word is refused in plain words.
    await page.getByLabel('Add a word').fill('two words');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByText('One word only, with no spaces')).toBeVisible();

    // Back in the meeting, the removed word is underlined again (twice); the ignored one still is not.
    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: /19 March 2015/ }).click();
    await expectUnderlined(page, ['Partnersip', 'Widden', 'Widden', 'comittee']);

    // Nothing left the machine: every request went to our own origin, the dictionary included.
    const origin = new URL(baseURL!).origin;
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(requests.some((url) => url.endsWith('.dic'))).toBe(true);
  });
});
