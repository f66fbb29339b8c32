import { expect, test } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { attendanceName } from '../../shared/domain/person-names';
import { exportMeetingDocx } from '../../shared/export/docx';
import { importMinutesDocx } from '../../shared/import-docx';
import { nameKey } from '../../shared/import-docx/roster-review';
import { meetingExportInput, parseMeetingFile } from '../../shared/meeting-file/meeting-file';
import { defaultBodySettings } from '../../shared/model/body';
import { minutesEditor } from './support/minutes-app';
import { createBody } from './support/setup-app';

const SEEDS = ['kcsp-2015-03-19', 'kcsp-2019-07-17', 'kcsp-2023-03-21'] as const;
const BODY = { ...defaultBodySettings('Safer Kent Partnership'), councilName: 'Kent County Council', lastMinuteNumber: 1, defaultVenue: 'Sessions House' };

/** A seed meeting as Minute Book's own exporter prints it to Word (the final, full copy). */
async function seedDocx(name: string): Promise<Uint8Array> {
  const parsed = parseMeetingFile(await readFile(new URL(`../fixtures/meeting-files/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return exportMeetingDocx(meetingExportInput(parsed.file), { version: 'full', draft: false });
}

test.describe('importing Word minutes', () => {
  test('three Word files into a new committee: read with a reason for the damaged one, roster reviewed, saved, numbered, opened read-only and exported', async ({
    page,
  }, testInfo) => {
    test.setTimeout(600_000);
    const files: string[] = [];
    const expected: { title: string; numbers: number[]; people: string[] }[] = [];
    for (const name of SEEDS) {
      const bytes = await seedDocx(name);
      const path = testInfo.outputPath(`${name}.docx`);
      await writeFile(path, bytes);
      files.push(path);
      // What each file carries, as the reader reads it: its minute numbers and its people.
      const read = importMinutesDocx(bytes, { fileName: `${name}.docx`, importedAt: 0, bodyName: BODY.name });
      if (!read.ok) throw new Error(read.message);
      expected.push({
        title: read.meetingTitle,
        numbers: read.minutes.minutes.flatMap((minute) => (minute.number === null ? [] : [minute.number])),
        people: read.minutes.people.map((person) => person.printed),
      });
    }
    const damaged = testInfo.outputPath('not-a-zip.docx');
    await writeFile(damaged, 'These are not minutes at all, only text with a .docx name.');
    const highest = Math.max(...expected.flatMap((file) => file.numbers));
    expect(highest).toBeGreaterThan(BODY.lastMinuteNumber);

    await page.goto('/');
    await createBody(page, BODY);
    await page.getByLabel('Word minutes to import', { exact: true }).setInputFiles([...files, damaged]);

    const review = page.getByRole('dialog', { name: 'Import Word minutes: review' });
    await expect(review).toBeVisible({ timeout: 60_000 });
    const results = review.getByRole('list', { name: 'Files' });
    await expect(results.getByRole('listitem').filter({ hasText: 'not-a-zip.docx' })).toContainText(
      'skipped. The file is not a Word document (.docx): it is not a zip package.',
    );
    for (const [index, name] of SEEDS.entries()) {
      await expect(results.getByRole('listitem').filter({ hasText: `${name}.docx` }).first()).toContainText(`read as “${expected[index]!.title.replace(/^[^,]+/, BODY.name)}”`);
    }

    // Each person once, however many files name them, as the minutes will print them.
    const table = review.getByRole('table', { name: 'People read from the attendance lines' });
    const rows = table.locator('tbody tr');
    const distinct = new Set<string>();
    const parsedPeople = await Promise.all(
      SEEDS.map(async (name) => {
        const parsed = parseMeetingFile((importMinutesDocx(await seedDocx(name), { fileName: 'x.docx', importedAt: 0, bodyName: BODY.name }) as { text: string }).text);
        return parsed.ok ? parsed.file.roster : [];
      }),
    );
    for (const roster of parsedPeople) for (const person of roster) distinct.add(nameKey(person));
    await expect(rows).toHaveCount(distinct.size);
    const someone = parsedPeople[0]![0]!;
    const printed = attendanceName(someone, BODY.chairWord);
    const row = rows.filter({ has: page.getByRole('combobox', { name: `On the roster: ${printed}`, exact: true }) });
    await expect(row.locator('strong')).toHaveText(printed);
    await expect(row).toContainText(/\d files?/);
    // A rename shows at once as it will print.
    await row.getByRole('button', { name: 'Rename…' }).click();
    await row.getByLabel(`Surname of ${printed}`).fill(`${someone.surname}-Jones`);
    await expect(row.locator('strong')).toContainText(`${someone.surname}-Jones`);
    // Tall enough for the whole dialog (it scrolls inside itself otherwise).
    await page.setViewportSize({ width: 1280, height: 1600 });
    await review.screenshot({ path: test.info().outputPath('roster-review.png') });
    await page.setViewportSize({ width: 1280, height: 720 });

    await review.getByRole('button', { name: 'Save 3 meetings' }).click();
    const done = page.getByRole('dialog', { name: 'Word minutes imported' });
    await expect(done).toBeVisible();
    await expect(done.getByRole('list', { name: 'Files' }).getByRole('listitem').filter({ hasText: 'not-a-zip.docx' })).toContainText('skipped.');
    await expect(done.getByRole('list', { name: 'Files' })).toContainText('imported as');
    await done.getByRole('button', { name: 'Close' }).click();

    // The roster holds the reviewed people (with the rename), and the last minute number is the highest imported.
    await expect(page.getByLabel('Last minute number used')).toHaveValue(String(highest));
    await expect(page.locator('.roster-table').first()).toContainText(`${someone.surname}-Jones`);

    // The meetings are listed; one opens read-only with the numbers it had, and exports.
    const meetings = page.getByRole('navigation', { name: 'Meetings' });
    for (const file of expected) await expect(meetings).toContainText(file.title.replace(/^[^,]+, /, ''));
    await page.getByLabel('Word minutes to import', { exact: true }).setInputFiles([files[0]!]);
    await expect(page.getByRole('dialog', { name: 'Import Word minutes: review' }).getByRole('list', { name: 'Files' })).toContainText('Already in the minute book');
    await page.getByRole('dialog', { name: 'Import Word minutes: review' }).getByRole('button', { name: 'Cancel' }).click();

    await meetings.getByRole('button', { name: new RegExp(expected[0]!.title.replace(/^[^,]+, /, '')) }).first().click();
    await expect(minutesEditor(page)).toBeVisible();
    await expect(minutesEditor(page)).toHaveAttribute('contenteditable', 'false');
    const labels = await page.locator('.minute-label').allTextContents();
    for (const number of expected[0]!.numbers) expect(labels.join(' ')).toContain(String(number));
    await expect(minutesEditor(page)).toContainText(`${someone.surname}-Jones`);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to Word…' }).click();
    await page.getByRole('dialog', { name: 'Export to Word' }).getByRole('button', { name: /^Export/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const exported = await readFile((await download.path())!);
    const again = importMinutesDocx(new Uint8Array(exported), { fileName: 'again.docx', importedAt: 0 });
    expect(again.ok && again.minutes.minutes.map((minute) => minute.number)).toEqual(expected[0]!.numbers);

    // Search finds what the imported minutes say, by the minute numbers they had, and opens the meeting there.
    await page.keyboard.press('Control+Shift+F');
    await page.keyboard.type('warden model');
    const found = page.getByRole('listbox', { name: 'Minutes found' }).getByRole('option').filter({ hasText: 'Final Community Warden Model' });
    await expect(found).toHaveCount(1);
    await expect(found).toContainText(`${expected[0]!.numbers[3]}. Final Community Warden Model`);
    await found.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected[0]!.title.replace(/^[^,]+/, BODY.name));
    await expect(minutesEditor(page)).toHaveAttribute('contenteditable', 'false');
    const highlighted = () => page.evaluate(() => [...(CSS.highlights.get('minutes-search') ?? [])].map((range) => (range as Range).toString().toLowerCase()));
    await expect.poll(highlighted).not.toEqual([]);
    for (const word of await highlighted()) expect(['warden', 'model']).toContain(word);
  });
});
