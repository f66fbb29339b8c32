import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { minutesEditor } from './support/minutes-app';

/*
 * Issue 12 through the window: the worst of the hostile meeting files are imported as an officer would, while
 * three real meetings are already in the minute book. The window keeps answering while a 45 MB file is checked
 * (its progress is drawn as the check goes, and Stop stops it), every file is imported or refused with one
 * plain sentence, and every meeting that was already there still opens and exports to Word.
 */

const fixture = (name: string) => readFileSync(new URL(`../fixtures/meeting-files/${name}.json`, import.meta.url), 'utf8');
type Json = Record<string, unknown> & { meeting: Record<string, unknown>; roster: Record<string, unknown>[]; body: Record<string, unknown> };
const parsed = (name: string) => JSON.parse(fixture(name)) as Json;
const MB = 1024 * 1024;

const SEEDS = ['kcsp-2023-03-21', 'kcsp-2019-07-17', 'kcsp-2015-03-19'];
const FIRST_TITLES = Object.fromEntries(SEEDS.map((name) => [name, (parsed(name).meeting.agenda as { title: string }[])[0]!.title]));

/** What importing a file led to. */
type Answer = { kind: 'opened'; title: string } | { kind: 'refused'; message: string };

/**
 * Chooses the file in Import meeting file… and answers what the app asks as an officer would (keep both; keep
 * this computer's people), until the meeting opens or the file is refused.
 */
async function importFile(page: Page, path: string, screenshot?: string): Promise<Answer> {
  const heading = page.getByRole('heading', { level: 1 });
  // Read before choosing the file: a small file can open before a read made after it. The page must have drawn
  // its heading first: read too early, the heading of the home page would count as a meeting that opened.
  await expect(heading).toHaveCount(1);
  const before = (await heading.textContent()) ?? '';
  await page.getByLabel('Meeting file to import').setInputFiles(path);
  const refusal = page.getByRole('dialog', { name: 'This file cannot be imported' });
  const exists = page.getByRole('dialog', { name: 'This meeting is already here' });
  const differs = page.getByRole('dialog', { name: 'The file and this computer describe people differently' });
  const notes = page.getByRole('dialog', { name: 'Imported, with notes' });
  for (;;) {
    await expect(refusal.or(exists).or(differs).or(notes).or(page.getByRole('heading', { level: 1 }).filter({ hasNotText: before }))).toBeVisible({ timeout: 120_000 });
    if (await refusal.isVisible()) {
      const message = (await refusal.locator('p').first().textContent()) ?? '';
      await expect(refusal).toContainText('Nothing was changed.');
      if (screenshot) await page.screenshot({ path: screenshot });
      await refusal.getByRole('button', { name: 'Close' }).click();
      return { kind: 'refused', message: message.replace(/^[^:]*\.json: /, '') };
    }
    if (await exists.isVisible()) {
      await exists.getByRole('button', { name: 'Keep both' }).click();
      await expect(exists).toBeHidden();
    } else if (await differs.isVisible()) {
      await differs.getByRole('button', { name: 'Import' }).click();
      await expect(differs).toBeHidden();
    } else if (await notes.isVisible()) {
      await notes.getByRole('button', { name: 'Close' }).click();
    } else {
      return { kind: 'opened', title: (await heading.textContent()) ?? '' };
    }
  }
}

/** The refusal is one plain sentence of at most 300 characters, with nothing invisible in it. */
function expectPlainRefusal(answer: Answer): string {
  expect(answer.kind).toBe('refused');
  const message = answer.kind === 'refused' ? answer.message : '';
  expect(message.length).toBeLessThanOrEqual(300);
  expect(message).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\uFFFD]/u);
  expect(message).toMatch(/\.$/);
  return message;
}

test.describe('hostile meeting files', () => {
  test('are refused or imported without harm while the window keeps answering, and every meeting already there still opens and exports', async ({ page }, testInfo) => {
    test.setTimeout(600_000);
    const write = (name: string, content: string | Uint8Array) => {
      const path = testInfo.outputPath(name);
      writeFileSync(path, content);
      return path;
    };
    await page.goto('/');

    // Three real meetings of one committee are already here.
    for (const name of SEEDS) expect(await importFile(page, write(`${name}.json`, fixture(name)))).toMatchObject({ kind: 'opened' });

    // 45 MB of minutes: checked in the worker. The window draws the check's progress as it goes (the values only
    // exist while the check runs), and Stop answers at once.
    const swollen = parsed('kcsp-2015-03-19');
    const paragraph = { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'The committee noted the report. '.repeat(30) }] };
    const editorState = (swollen.minutes as { editorState: { root: { children: unknown[] } } }).editorState;
    editorState.root.children = [...Array.from({ length: Math.floor((45 * MB) / JSON.stringify(paragraph).length) }, () => paragraph), ...editorState.root.children];
    const big = write('swollen.json', JSON.stringify(swollen));
    // Sampled once a frame: a frame is drawn only while the main thread is free.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      const sample = () => {
        const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="Checking the meeting file"]');
        if (bar && bar.value > 0 && bar.value < 1 && !seen.includes(bar.value)) seen.push(bar.value);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.getByLabel('Meeting file to import').setInputFiles(big);
    const checking = page.getByRole('dialog', { name: 'Checking the meeting file' });
    await expect(checking).toBeVisible();
    // Stop at once: anything slow here (a screenshot) lets the check finish first on a loaded machine.
    await checking.getByRole('button', { name: 'Stop' }).click();
    await expect(checking).toBeHidden();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    const swollenAnswer = await importFile(page, big);
    expect(expectPlainRefusal(swollenAnswer)).toContain('more than 5,000,000 characters of text');
    const progressSeen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(progressSeen.length, `progress drawn during the check: ${progressSeen.join(', ')}`).toBeGreaterThanOrEqual(3);

    // The rest of the worst: each refused with a sentence naming the place, or taken in harmlessly.
    const hostile = parsed('kcsp-2015-03-19');
    hostile.body.id = 'k'.repeat(10 * MB);
    expect(expectPlainRefusal(await importFile(page, write('long-id.json', JSON.stringify(hostile))))).toContain('longer than 100,000 characters');

    const proto = fixture('kcsp-2015-03-19').replaceAll('"p-hill"', '"__proto__"');
    expect(expectPlainRefusal(await importFile(page, write('proto.json', proto)))).toContain('__proto__');

    const deep = fixture('kcsp-2015-03-19').replace('"templates": [', `"templates": [${'['.repeat(100_000)}${']'.repeat(100_000)},`);
    expect(expectPlainRefusal(await importFile(page, write('deep.json', deep)))).toContain('nests more than 64 levels deep');

    const cut = fixture('kcsp-2019-07-17');
    expect(expectPlainRefusal(await importFile(page, write('cut.json', cut.slice(0, cut.length / 2))))).toContain('the file looks cut short');

    const stranger = fixture('kcsp-2015-03-19').replace('"personId": "p-hill"', '"personId": "p-nobody"');
    expect(expectPlainRefusal(await importFile(page, write('stranger.json', stranger), testInfo.outputPath('import-refused.png')))).toContain('minute 2, paragraph 1: a mention of a person who is not on the roster');

    const invisible = fixture('kcsp-2015-03-19').replace('"title": "Kent Community Safety Partnership, 19 March 2015"', '"title": "\\ufeffKent\\u0000 Community"');
    expect(expectPlainRefusal(await importFile(page, write('invisible.json', invisible)))).toContain('<U+0000>');

    const numbers = parsed('kcsp-2015-03-19');
    numbers.meeting = { ...numbers.meeting, id: 'numbered', status: 'circulated', minuteNumbers: {} };
    expect(expectPlainRefusal(await importFile(page, write('numbers.json', JSON.stringify(numbers))))).toContain('no minute number');

    // A person whose id is "constructor" joins the same committee's roster: taken in, and spoils nothing.
    const constructor = parsed('kcsp-2015-03-19');
    constructor.meeting = { ...constructor.meeting, id: 'constructor-meeting', title: 'Constructor meeting', attendance: { constructor: 'present' } };
    constructor.roster.push({ ...constructor.roster[2]!, id: 'constructor', surname: 'Constructor' });
    expect(await importFile(page, write('constructor.json', JSON.stringify(constructor)))).toEqual({ kind: 'opened', title: 'Constructor meeting' });

    // A byte-order mark, and 45 MB of white space around a good file: both taken in (as copies), the mark said.
    const withBom = write('bom.json', `\uFEFF${fixture('kcsp-2023-03-21')}`);
    await page.getByLabel('Meeting file to import').setInputFiles(withBom);
    await page.getByRole('dialog', { name: 'This meeting is already here' }).getByRole('button', { name: 'Keep both' }).click();
    const noted = page.getByRole('dialog', { name: 'Imported, with notes' });
    await expect(noted).toContainText('byte-order mark');
    await noted.getByRole('button', { name: 'Close' }).click();
    const padded = fixture('kcsp-2019-07-17');
    expect(await importFile(page, write('padded.json', padded.replace('{', `{${' '.repeat(45 * MB - padded.length)}`)))).toMatchObject({ kind: 'opened' });

    // Every meeting here opens with its minutes and exports to Word with its text.
    const list = page.getByRole('navigation', { name: 'Meetings' }).locator('.meeting-link');
    const titles = await list.locator('.meeting-link-title').allTextContents();
    expect(titles.length).toBe(6);
    for (const [index, title] of titles.entries()) {
      await list.nth(index).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(minutesEditor(page)).not.toHaveText('');
      await page.getByRole('button', { name: 'Export to Word…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export to Word' });
      const downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      const download = await downloading;
      const { value } = await mammoth.extractRawText({ path: await download.path() });
      expect(value).toContain('KENT COMMUNITY SAFETY PARTNERSHIP');
      expect(Object.values(FIRST_TITLES).some((first) => value.includes(first)), `${title} exported with its first minute's title`).toBe(true);
    }
  });

  test('where the file and this computer describe someone differently, the officer sees both as they would print and chooses; each meeting still prints as its file says', async ({ page }, testInfo) => {
    test.setTimeout(600_000);
    await page.goto('/');
    const write = (name: string) => {
      const path = testInfo.outputPath(`${name}.json`);
      writeFileSync(path, fixture(name));
      return path;
    };
    // The 2023 meeting is here; the 2015 file knows its chair by other initials and an honour.
    expect(await importFile(page, write('kcsp-2023-03-21'))).toMatchObject({ kind: 'opened' });
    await page.getByLabel('Meeting file to import').setInputFiles(write('kcsp-2015-03-19'));
    const differs = page.getByRole('dialog', { name: 'The file and this computer describe people differently' });
    await expect(differs).toBeVisible();
    const hill = differs.getByRole('group', { name: 'Mr Hill' });
    const keep = hill.locator('label').filter({ hasText: 'Keep this computer’s' });
    const take = hill.locator('label').filter({ hasText: 'Use the file’s' });
    // Both as they would print: the attendance line and the first mention in a minute.
    await expect(keep).toContainText('Attendance: Mr H Hill');
    await expect(take).toContainText('Attendance: Mr P M Hill, OBE (Chairman)');
    await expect(keep.getByRole('radio')).toBeChecked(); // nothing is taken from the file unless chosen
    const hereLine = /Attendance: (.*?)In a minute/.exec((await keep.textContent()) ?? '')![1]!;
    const fileLine = /Attendance: (.*?)In a minute/.exec((await take.textContent()) ?? '')![1]!;
    await page.screenshot({ path: testInfo.outputPath('import-differences.png') });
    await take.getByRole('radio').check();
    await differs.getByRole('button', { name: 'Import' }).click();
    await expect(differs).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('19 March 2015');

    // Each meeting exports with the chair as its own file named them, whichever this computer's roster now keeps.
    const exported = async (title: RegExp) => {
      await page.getByRole('navigation', { name: 'Meetings' }).locator('.meeting-link').filter({ hasText: title }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await page.getByRole('button', { name: 'Export to Word…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export to Word' });
      const downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      return (await mammoth.extractRawText({ path: await (await downloading).path() })).value;
    };
    const in2015 = await exported(/19 March 2015/);
    const in2023 = await exported(/21 March 2023/);
    expect(in2015).toContain(fileLine.trim());
    expect(in2023).toContain(hereLine.trim());
    expect(in2023).not.toContain('P M Hill');
  });

  test('a paste goes through the same door: someone from another roster comes in as plain words, control characters are left out, a line longer than any paragraph is refused, and each is said', async ({ page }, testInfo) => {
    await page.goto('/');
    const path = testInfo.outputPath('kcsp-2015-03-19.json');
    writeFileSync(path, fixture('kcsp-2015-03-19'));
    expect(await importFile(page, path)).toMatchObject({ kind: 'opened' });
    const editor = minutesEditor(page);
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');

    const paste = (payload: Record<string, string>) =>
      editor.evaluate((element, data) => {
        const transfer = new DataTransfer();
        for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      }, payload);
    const text = (words: string) => ({ detail: 0, format: 0, mode: 'normal', style: '', text: words, type: 'text', version: 1 });
    const copied = {
      namespace: 'minutes',
      nodes: [
        { type: 'paragraph', version: 1, children: [{ type: 'mention', version: 1, personId: 'p-elsewhere', label: 'Ms Stranger' }, text(' spoke\u0000 for Cabinet.')] },
      ],
    };
    await paste({ 'application/x-lexical-editor': JSON.stringify(copied), 'text/plain': 'Ms Stranger spoke for Cabinet.' });
    await expect(editor).toContainText('Ms Stranger spoke for Cabinet.');
    const notice = page.locator('.paste-notice');
    await expect(notice).toContainText('1 name of people not on this meeting’s roster was pasted as plain words.');
    await expect(notice).toContainText('1 character that cannot be text was left out.');
    await page.screenshot({ path: testInfo.outputPath('paste-notice.png') });

    const before = await editor.textContent();
    await paste({ 'text/plain': 'x'.repeat(100_001) });
    await expect(notice).toHaveText(/^Nothing was pasted: a line of it is longer than 100,000 characters\. Dismiss$/);
    expect(await editor.textContent()).toBe(before);
  });
});
