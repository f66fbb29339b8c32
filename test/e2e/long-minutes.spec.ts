/**
 * Long minutes: the keys that move the caret far must keep it inside the minutes. Minutes out of view are not
 * laid out (content-visibility: auto, for typing speed), and Chromium cannot put a caret into content it has not
 * laid out: before DocumentEdgesPlugin, Ctrl+End in a long meeting moved the caret out of the editor and what the
 * officer typed next went nowhere. Each step here moves, types a marker and checks the marker is in the minutes
 * where the key should have put it, on screen, and saved.
 */
import { expect, test, type Page } from '@playwright/test';
import { seed } from '../bench/bench-page';
import { generateMeeting } from '../bench/generate-meeting';
import { expectSaved, minutesEditor } from './support/minutes-app';

/** 25 items, about 10,000 words: many screens of minutes, most of them out of view. */
const LONG = generateMeeting(25, 10_000, 'long-minutes');

async function openLongMeeting(page: Page): Promise<void> {
  await page.goto('/');
  await seed(page, LONG);
  await page.reload();
  await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: new RegExp(LONG.meeting.title) }).click();
  await expect(minutesEditor(page)).toBeVisible();
  await expect(page.locator('.editor-input .minute-heading')).toHaveCount(LONG.meeting.agenda.length);
}

/** The text of the paragraph or list item that holds the caret, and whether the caret is inside the minutes and on screen. */
async function caret(page: Page): Promise<{ inMinutes: boolean; onScreen: boolean; block: string; itemId: string | null }> {
  return page.evaluate(() => {
    const selection = getSelection();
    const node = selection?.focusNode ?? null;
    const root = document.querySelector('.editor-input');
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    const block = element?.closest('p, li, h1, h2, h3');
    let onScreen = false;
    if (selection && selection.rangeCount > 0) {
      const range = selection.getRangeAt(0).cloneRange();
      const rect = range.getClientRects()[0] ?? block?.getBoundingClientRect();
      onScreen = Boolean(rect && rect.bottom > 0 && rect.top < innerHeight);
    }
    const itemId = element?.closest<HTMLElement>('.mb-minute-item')?.dataset.itemId ?? null;
    return { inMinutes: Boolean(root && node && root.contains(node)), onScreen, block: block?.textContent ?? '', itemId };
  });
}

/** Types a marker and checks it landed in the minutes (in the block that held the caret) and is on screen. */
async function typeMarker(page: Page, marker: string, after: string): Promise<string> {
  const at = await caret(page);
  expect(at.inMinutes, `after ${after}, the caret is not in the minutes`).toBe(true);
  await page.keyboard.type(marker);
  const now = await caret(page);
  expect(now.block, `after ${after}, the marker is not where the caret was`).toContain(marker);
  expect(now.onScreen, `after ${after}, the caret is off screen`).toBe(true);
  await expect(minutesEditor(page)).toContainText(marker);
  return now.block;
}

test.describe('long minutes', () => {
  test('Ctrl+End, Ctrl+Home, Page Down/Up, Alt+Page Down/Up, arrows and a click far down all keep the caret in the minutes', async ({ page }) => {
    await openLongMeeting(page);
    const lastParagraph = LONG.items.at(-1)!.paragraphs.at(-1)!;
    const firstParagraph = LONG.items[0]!.paragraphs[0]!;

    await minutesEditor(page).click({ position: { x: 200, y: 120 } });

    await page.keyboard.press('Control+End');
    expect(await typeMarker(page, ' zqend1', 'Ctrl+End')).toBe(`${lastParagraph} zqend1`);

    await page.keyboard.press('Control+Home');
    const startBlock = await typeMarker(page, 'zqhome1 ', 'Ctrl+Home');
    expect(startBlock.startsWith('zqhome1 ')).toBe(true);
    expect(startBlock).toContain(firstParagraph.replace(/^\d+\. /, ''));

    // Again from the top: the end is many screens away.
    await page.keyboard.press('Control+End');
    expect(await typeMarker(page, ' zqend2', 'Ctrl+End from the top')).toBe(`${lastParagraph} zqend1 zqend2`);

    for (let n = 1; n <= 4; n += 1) {
      for (let press = 0; press < 3; press += 1) await page.keyboard.press('PageUp');
      await typeMarker(page, ` zqup${n}`, `Page Up ×3 (${n})`);
    }
    await page.keyboard.press('Control+Home');
    for (let n = 1; n <= 4; n += 1) {
      for (let press = 0; press < 3; press += 1) await page.keyboard.press('PageDown');
      await typeMarker(page, ` zqdown${n}`, `Page Down ×3 (${n})`);
    }
    for (let n = 1; n <= 3; n += 1) {
      for (let press = 0; press < 40; press += 1) await page.keyboard.press('ArrowDown');
      await typeMarker(page, ` zqarrow${n}`, `Arrow Down ×40 (${n})`);
    }
    // Alt+Page Down / Up go from minute to minute (the caret at the end of each), far into minutes not laid out.
    await page.keyboard.press('Control+Home');
    for (let press = 0; press < 12; press += 1) await page.keyboard.press('Alt+PageDown');
    await typeMarker(page, ' zqnext', 'Alt+Page Down ×12');
    expect((await caret(page)).itemId).toBe('item-13');
    for (let press = 0; press < 5; press += 1) await page.keyboard.press('Alt+PageUp');
    await typeMarker(page, ' zqprevious', 'Alt+Page Up ×5');
    expect((await caret(page)).itemId).toBe('item-8');

    for (let n = 1; n <= 3; n += 1) {
      for (let press = 0; press < 15; press += 1) await page.keyboard.press('Control+ArrowDown');
      await typeMarker(page, ` zqpara${n}`, `Ctrl+Arrow Down ×15 (${n})`);
    }

    // Shift+Ctrl+Home selects from the caret to the start; an arrow then collapses it at the start, still in the minutes.
    await page.keyboard.press('Control+Shift+Home');
    const selected = await page.evaluate(() => getSelection()?.toString().length ?? 0);
    expect(selected).toBeGreaterThan(10_000);
    await page.keyboard.press('ArrowLeft');
    expect((await typeMarker(page, 'zqhome2 ', 'Shift+Ctrl+Home, Left')).startsWith('zqhome2 zqhome1 ')).toBe(true);

    // Scrolled far down with the wheel, a click in a paragraph puts the caret there.
    await page.mouse.move(640, 400);
    for (let turn = 0; turn < 20; turn += 1) await page.mouse.wheel(0, 1200);
    // The wheel scrolls smoothly, and minutes coming into view are laid out at the next frame: wait for the
    // scrolling to settle and some words to be on screen, as the officer would before clicking. The words may be
    // in a paragraph or a numbered point (the wheel can end where the minutes end, which are all points); the
    // click goes on a character of the words themselves, never on a point's number or a person's name.
    const wordsOnScreen = () =>
      page.evaluate(() => {
        for (const block of document.querySelectorAll<HTMLElement>('.editor-input p, .editor-input li')) {
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            const parent = node.parentElement;
            if (text.length < 40 || !parent || parent.closest('[contenteditable="false"]') || parent.closest('.mb-mention, ol, ul') !== block.closest('.mb-mention, ol, ul')) continue;
            const range = document.createRange();
            range.setStart(node, 4);
            range.setEnd(node, 5);
            const rect = range.getBoundingClientRect();
            if (rect.top < 150 || rect.bottom > innerHeight - 50 || rect.width === 0) continue;
            // Whichever side of the fifth character the caret lands, the 30 after it stay together.
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, following: text.slice(5, 35) };
          }
        }
        return null;
      });
    const scrolled = () => page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(document.querySelector('main')!.scrollTop))));
    await expect.poll(async () => (await scrolled()) === (await scrolled()) && (await scrolled()) === (await scrolled()), { message: 'the scrolling never settled' }).toBe(true);
    await expect.poll(wordsOnScreen, { message: 'no words on screen after scrolling', timeout: 15_000 }).not.toBeNull();
    const clicked = await wordsOnScreen();
    expect(clicked, 'no words on screen after scrolling').not.toBeNull();
    await page.mouse.click(clicked!.x, clicked!.y);
    expect(await typeMarker(page, 'zqclick', 'a click far down')).toContain(clicked!.following);

    await expectSaved(page);
    await page.reload();
    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: new RegExp(LONG.meeting.title) }).click();
    for (const marker of ['zqend1', 'zqend2', 'zqhome1', 'zqhome2', 'zqup4', 'zqdown4', 'zqarrow3', 'zqpara3', 'zqnext', 'zqprevious', 'zqclick']) {
      await expect(minutesEditor(page)).toContainText(marker);
    }
  });
});
