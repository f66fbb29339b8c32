/**
 * The window follows the system's colour settings: dark, "increase contrast",
 * and forced colours (Windows High Contrast), where nothing may be told by a fill
 * alone and every control keeps a border and a focus ring.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { attendanceName } from '../../shared/domain/person-names';
import { KCSP_2015_ROSTER } from '../fixtures/kcsp-2015';
import { expectAccessible } from './support/accessibility';
import { expectSaved, minutesEditor } from './support/minutes-app';
import { importMeeting, newMeeting, onlyPeople, seedMeetingFile } from './support/seed-meeting';
import { openTab } from './support/setup-app';

/** The page's background and text colours as drawn. */
async function pageColours(page: Page): Promise<{ background: string; text: string }> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return { background: style.backgroundColor, text: style.color };
  });
}

/** Relative luminance (WCAG) of an rgb() colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** A control's border and outline as drawn. */
async function edges(control: Locator): Promise<{ border: string; borderWidth: number; borderColour: string; outline: string; outlineWidth: number; background: string }> {
  return control.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      border: style.borderTopStyle,
      borderWidth: parseFloat(style.borderTopWidth),
      borderColour: style.borderTopColor,
      outline: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      background: style.backgroundColor,
    };
  });
}

/** A system colour (Highlight, Canvas…) as this browser draws it under forced colours. */
async function systemColour(page: Page, name: string): Promise<string> {
  return page.evaluate((keyword) => {
    const probe = document.createElement('div');
    probe.style.cssText = `forced-color-adjust: none; background-color: ${keyword}`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  }, name);
}

async function screenshot(page: Page, file: string): Promise<void> {
  await mkdir('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${file}` });
}

/** A meeting with a roster, an agenda and someone present, open on its Minutes tab with some text. */
async function openMeetingWithMinutes(page: Page): Promise<void> {
  await page.goto('/');
  const march2015 = seedMeetingFile('kcsp-2015-03-19');
  const meeting = onlyPeople(newMeeting(march2015), ['p-hill', 'p-rivers']);
  await importMeeting(page, { ...meeting, meeting: { ...meeting.meeting, agenda: march2015.meeting.agenda.slice(0, 2), attendance: { 'p-hill': 'present' } } });
  await minutesEditor(page).click();
  await page.keyboard.type('The notes of the meeting held on 8 October 2014 were agreed.');
  await expectSaved(page);
}

test.describe('colour schemes', () => {
  test('dark: the window turns dark with light text when the system is dark, and passes the contrast checks', async ({ page }) => {
    await openMeetingWithMinutes(page);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await pageColours(page);
    expect(luminance(light.background)).toBeGreaterThan(0.8);
    expect(luminance(light.text)).toBeLessThan(0.05);
    await screenshot(page, 'minutes-light.png');

    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await pageColours(page);
    expect(dark.background).not.toBe(light.background);
    expect(dark.text).not.toBe(light.text);
    expect(luminance(dark.background)).toBeLessThan(0.05);
    expect(luminance(dark.text)).toBeGreaterThan(0.7);
    // The sheet of minutes is dark too, not a white page in a dark window.
    const sheet = await page.locator('.editor-frame').evaluate((frame) => getComputedStyle(frame).backgroundColor);
    expect(luminance(sheet)).toBeLessThan(0.05);
    await expectAccessible(page, 'Minutes (dark)');
    await openTab(page, 'Attendance');
    await expectAccessible(page, 'Attendance (dark)');
    await openTab(page, 'Minutes');
    await screenshot(page, 'minutes-dark.png');
  });

  test('more contrast: firmer colours, and every screen of the meeting passes in light and dark', async ({ page }) => {
    await openMeetingWithMinutes(page);
    const muted = () => page.locator('.meeting-facts').evaluate((facts) => getComputedStyle(facts).color);
    const usual = await muted();
    await page.emulateMedia({ contrast: 'more' });
    expect(await muted()).not.toBe(usual);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, contrast: 'more' });
      await expectAccessible(page, `Minutes (more contrast, ${colorScheme})`);
      await openTab(page, 'Agenda');
      await expectAccessible(page, `Agenda (more contrast, ${colorScheme})`);
      await openTab(page, 'Attendance');
      await expectAccessible(page, `Attendance (more contrast, ${colorScheme})`);
      await openTab(page, 'Minutes');
    }
  });

  test('forced colours: controls keep their borders, the chosen tab and the chosen attendance are marked, focus stays visible', async ({ page }) => {
    await openMeetingWithMinutes(page);
    await page.emulateMedia({ forcedColors: 'active' });

    // Toolbar buttons and tabs are borderless in the usual colours; here they are outlined like any button.
    const bold = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bold' });
    const toolButton = await edges(bold);
    expect(toolButton.border).toBe('solid');
    expect(toolButton.borderWidth).toBeGreaterThanOrEqual(1);
    const canvas = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(toolButton.borderColour).not.toBe(canvas);

    // The chosen tab is filled with the system's highlight, not told apart by a colour the system has overridden.
    const highlight = await systemColour(page, 'Highlight');
    const chosenTab = await edges(page.getByRole('tab', { name: 'Minutes' }));
    const otherTab = await edges(page.getByRole('tab', { name: 'Agenda' }));
    expect(chosenTab.background).toBe(highlight);
    expect(otherTab.background).not.toBe(highlight);
    expect(chosenTab.border).toBe('solid');

    // Attendance: the chosen line (a hidden radio under a label) is marked by the highlight.
    await openTab(page, 'Attendance');
    const row = page.getByRole('group', { name: attendanceName(KCSP_2015_ROSTER[0]!, 'Chairman'), exact: true });
    const segment = (name: string) => row.locator('.segment').filter({ hasText: new RegExp(`^${name}$`) }).locator('span');
    expect((await edges(segment('Present'))).background).toBe(highlight);
    expect((await edges(segment('Apologies'))).background).not.toBe(highlight);
    await screenshot(page, 'attendance-forced-colours.png');

    // Focus: a keyboard user still sees where they are.
    await openTab(page, 'Minutes');
    await page.getByRole('tab', { name: 'Minutes' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tab', { name: 'Minutes' })).toBeFocused();
    const focused = await edges(page.getByRole('tab', { name: 'Minutes' }));
    expect(focused.outline).not.toBe('none');
    expect(focused.outlineWidth).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'minutes-forced-colours.png');
    await expectAccessible(page, 'Minutes (forced colours)');
  });
});
