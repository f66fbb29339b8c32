import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { expectAccessible } from './support/accessibility';
import { createMeeting, expectSaved, MARCH_2015, minutesEditor } from './support/minutes-app';
import { meetingTab, openTab } from './support/setup-app';

const status = (page: Page) => page.getByTestId('minutes-status');
const revisionRows = (page: Page) => page.locator('.revisions-table tbody tr');

/** Types the minutes into an empty editor and waits until they are saved. */
async function typeMinutes(page: Page, text: string): Promise<void> {
  await minutesEditor(page).click();
  await page.keyboard.type(text);
  await expectSaved(page);
}

/** Header → the next status step, confirmed. */
async function circulate(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Circulate…' }).click();
  await page.getByRole('dialog', { name: 'Mark the minutes circulated?' }).getByRole('button', { name: 'Mark circulated' }).click();
  await expect(status(page)).toHaveText('Status: Circulated');
}

test.describe('revisions and sign-off', () => {
  test('draft → circulated → approved → signed: read-only after signing, the saved .docx checks as the signed record and a changed copy does not, and a correction is recorded with who and why', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await expect(status(page)).toHaveText('Status: Draft');
    await typeMinutes(page, 'The Chairman welcomed everyone to the meeting.');

    await circulate(page);

    await page.getByRole('button', { name: 'Mark approved…' }).click();
    const approve = page.getByRole('dialog', { name: 'Mark the minutes approved' });
    await expectAccessible(page, 'Mark the minutes approved');
    await approve.getByRole('button', { name: 'Mark approved' }).click();
    await expect(approve.getByText('Give the date of the meeting that approved the minutes')).toBeVisible();
    await approve.getByLabel('Date of the meeting that approved them').fill('2015-06-18');
    await approve.getByRole('button', { name: 'Mark approved' }).click();
    await expect(status(page)).toHaveText('Status: Approved at the meeting of Thursday, 18 June 2015');

    await page.getByRole('button', { name: 'Sign…' }).click();
    const sign = page.getByRole('dialog', { name: 'Sign the minutes?' });
    await expectAccessible(page, 'Sign the minutes');
    const downloading = page.waitForEvent('download');
    await sign.getByRole('button', { name: 'Save the signed copy and sign' }).click();
    const download = await downloading;
    const signedFile = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(signedFile);
    expect(download.suggestedFilename()).not.toMatch(/draft/i);
    // The final copy: the minutes' text, and no DRAFT marking at the head of its pages.
    const wordXml = docxParts(signedFile);
    expect(wordXml.document).toContain('The Chairman welcomed everyone to the meeting.');
    expect(wordXml.headers).not.toContain('DRAFT');
    await expect(status(page)).toHaveText(/^Status: Signed on Thursday|^Status: Signed on \w+day, \d+ \w+ \d{4}, \d+\.\d{2} [ap]m$/);
    await expect(page.getByRole('status').filter({ hasText: 'Signed. The signed copy was downloaded as' })).toBeVisible();

    // Read-only everywhere, and the screen says why.
    await expect(minutesEditor(page)).toHaveAttribute('contenteditable', 'false');
    await expect(page.locator('.signed-notice')).toContainText('they are the record');
    await minutesEditor(page).click();
    await page.keyboard.type(' Typed after signing.');
    await expect(minutesEditor(page)).toHaveText('The Chairman welcomed everyone to the meeting.');
    await expect(page.getByRole('button', { name: 'Rename' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit details' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete meeting…' })).toHaveCount(0);
    await openTab(page, 'Agenda');
    await expect(page.getByRole('button', { name: 'Paste agenda…' })).toBeDisabled();
    await openTab(page, 'Attendance');
    const attendance = page.getByRole('tabpanel', { name: 'Attendance' });
    await expect(attendance.getByRole('button').first()).toBeVisible();
    // Every control in the tab is disabled (a disabled fieldset around it).
    expect(await attendance.locator('button, input, select, textarea').evaluateAll((controls) => controls.filter((c) => !(c as HTMLInputElement).matches(':disabled')).length)).toBe(0);

    // The signed record: both fingerprints in full; the Word file's is the SHA-256 of the bytes saved.
    await openTab(page, 'Revisions');
    const record = page.locator('.signed-record');
    const docxFingerprint = record.getByLabel('Fingerprint of the signed Word file (SHA-256)');
    const bytes = await readFile(signedFile);
    await expect(docxFingerprint).toHaveValue(createHash('sha256').update(bytes).digest('hex'));
    await expect(record.getByLabel('Fingerprint of the signed minutes’ content (SHA-256)')).toHaveValue(/^[0-9a-f]{64}$/);
    await expect(record.getByTestId('unchanged-since-signing')).toHaveText('Minutes unchanged since signing: yes');
    await expectAccessible(page, 'Revisions with the signed record');
    await page.screenshot({ path: testInfo.outputPath('signed-record.png'), fullPage: true });

    const checkFile = record.getByLabel('Check a Word file against the signed record');
    await checkFile.setInputFiles(signedFile);
    await expect(record.getByTestId('file-check')).toHaveText(
      new RegExp(`^“${escape(download.suggestedFilename())}” is the signed record of ${escape(MARCH_2015.title)}, signed on \\w+day, `),
    );
    const changedCopy = testInfo.outputPath('changed copy.docx');
    const changed = Buffer.from(bytes);
    const middle = Math.floor(changed.length / 2);
    changed[middle] = changed[middle]! ^ 0x01;
    await writeFile(changedCopy, changed);
    await checkFile.setInputFiles(changedCopy);
    await expect(record.getByTestId('file-check')).toHaveText(`“changed copy.docx” is not the signed record of ${MARCH_2015.title}: its contents differ from the file that was signed.`);

    // Still signed and read-only after a reload.
    await page.reload();
    await expect(status(page)).toHaveText(/^Status: Signed on /);
    await expect(minutesEditor(page)).toHaveAttribute('contenteditable', 'false');
    await expect(minutesEditor(page)).toHaveText('The Chairman welcomed everyone to the meeting.');

    // A correction: who and why are both required; the text can change until it is recorded.
    await page.getByRole('button', { name: 'Correct the signed minutes…' }).click();
    const correct = page.getByRole('dialog', { name: 'Correct the signed minutes' });
    await correct.getByRole('button', { name: 'Start the correction' }).click();
    await expect(correct.getByText('Say who made the correction')).toBeVisible();
    await expect(correct.getByText('Say why the minutes were corrected')).toBeVisible();
    await expectAccessible(page, 'Correct the signed minutes');
    await correct.getByLabel('Who is making the correction').fill('Ann Hunter');
    await correct.getByLabel('Why the minutes are being corrected').fill('The Chairman asked for the welcome to name the Vice-Chairman');
    await correct.getByRole('button', { name: 'Start the correction' }).click();
    await expect(status(page)).toHaveText('Status: Signed · correction under way by Ann Hunter');
    await meetingTab(page, 'Minutes').click();
    await expect(minutesEditor(page)).toHaveAttribute('contenteditable', 'true');
    await minutesEditor(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' The Vice-Chairman was present.');
    await expectSaved(page);
    await page.getByRole('button', { name: 'Record the correction…' }).click();
    await page.getByRole('dialog', { name: 'Record the correction?' }).getByRole('button', { name: 'Record the correction' }).click();
    await expect(status(page)).toHaveText(/^Status: Signed on /);
    await expect(minutesEditor(page)).toHaveAttribute('contenteditable', 'false');
    await expect(minutesEditor(page)).toHaveText('The Chairman welcomed everyone to the meeting. The Vice-Chairman was present.');

    // A correction started by mistake is abandoned: the text goes back to the record, and no amendment is recorded.
    await page.getByRole('button', { name: 'Correct the signed minutes…' }).click();
    const again = page.getByRole('dialog', { name: 'Correct the signed minutes' });
    await again.getByLabel('Who is making the correction').fill('Ann Hunter');
    await again.getByLabel('Why the minutes are being corrected').fill('Started by mistake');
    await again.getByRole('button', { name: 'Start the correction' }).click();
    await minutesEditor(page).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Typed by mistake.');
    await expectSaved(page);
    await page.getByRole('button', { name: 'Abandon the correction…' }).click();
    await page.getByRole('dialog', { name: 'Abandon the correction?' }).getByRole('button', { name: 'Abandon the correction' }).click();
    await expect(status(page)).toHaveText(/^Status: Signed on /);
    await expect(minutesEditor(page)).toHaveText('The Chairman welcomed everyone to the meeting. The Vice-Chairman was present.');
    await expect(minutesEditor(page)).toHaveAttribute('contenteditable', 'false');

    await openTab(page, 'Revisions');
    await expect(revisionRows(page).locator('td:nth-child(3)')).toHaveText([
      'Restored from revision 4',
      'Kept before a restore',
      'Correction by Ann Hunter: The Chairman asked for the welcome to name the Vice-Chairman',
      'Signed: the signed record',
      'Approved at the meeting of Thursday, 18 June 2015',
      'Circulated',
    ]);
    // The signed record and its fingerprints are as they were; the minutes now differ from them.
    await expect(record.getByTestId('unchanged-since-signing')).toHaveText(/^Minutes unchanged since signing: no/);
    await expect(docxFingerprint).toHaveValue(createHash('sha256').update(bytes).digest('hex'));
    await checkFile.setInputFiles(signedFile);
    await expect(record.getByTestId('file-check')).toContainText('is the signed record of');
  });

  test('revisions are listed with time, kind and words; one is viewed read-only and restored into the open editor, and the restore survives a reload', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await typeMinutes(page, 'First version of the minutes.');
    await circulate(page); // a status change keeps a revision

    await minutesEditor(page).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Second version, typed after circulating.');
    await expectSaved(page);

    await page.keyboard.press('Alt+4');
    await expect(meetingTab(page, 'Revisions')).toHaveAttribute('aria-selected', 'true');
    await expect(revisionRows(page)).toHaveCount(1);
    await expect(revisionRows(page).first().locator('th')).toHaveText('1');
    await expect(revisionRows(page).first().locator('td').nth(0)).toHaveText(/^\w+day, \d{1,2} \w+ \d{4}, \d{1,2}\.\d{2} [ap]m$/);
    await expect(revisionRows(page).first().locator('td').nth(1)).toHaveText('Circulated');
    await expect(revisionRows(page).first().locator('td').nth(2)).toHaveText('5');
    await expectAccessible(page, 'Revisions');

    await page.getByRole('button', { name: 'View revision 1' }).click();
    const view = page.getByRole('dialog', { name: /^Revision 1: / });
    await expect(view.getByRole('article', { name: 'Minutes of revision 1' })).toHaveText('First version of the minutes.');
    await expect(view.locator('[contenteditable="true"], input, textarea')).toHaveCount(0);
    await expectAccessible(page, 'Revision view');
    await page.screenshot({ path: testInfo.outputPath('revision-view.png') });

    await view.getByRole('button', { name: 'Restore this revision…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore revision 1?' });
    await expect(confirm).toContainText('kept as a revision first');
    await confirm.getByRole('button', { name: 'Restore' }).click();

    // Back on the minutes, which show the restored text; typing goes on from there and is saved.
    await expect(meetingTab(page, 'Minutes')).toHaveAttribute('aria-selected', 'true');
    await expect(minutesEditor(page)).toHaveText('First version of the minutes.');
    await minutesEditor(page).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Continued.');
    await expectSaved(page);

    await page.reload();
    await expect(minutesEditor(page)).toHaveText('First version of the minutes. Continued.');
    await openTab(page, 'Revisions');
    await expect(revisionRows(page).locator('td:nth-child(3)')).toHaveText(['Restored from revision 1', 'Kept before a restore', 'Circulated']);
    await page.getByRole('button', { name: 'View revision 2' }).click();
    await expect(page.getByRole('article', { name: 'Minutes of revision 2' })).toHaveText('Second version, typed after circulating.');
  });

  test('ten minutes spent typing keep an automatic revision; an hour open with nobody typing keeps none', async ({ page }) => {
    await page.clock.install(); // the page's clock, moved on by hand below (it also runs on by itself)
    await page.goto('/');
    await createMeeting(page, MARCH_2015);
    await typeMinutes(page, 'Apologies');
    await page.clock.fastForward(60 * 60_000); // an hour of presentations, nobody typing
    await page.keyboard.type(' were received.');
    await expectSaved(page);
    await openTab(page, 'Revisions');
    await expect(page.getByText('No revisions yet')).toBeVisible();

    // Now ten minutes of typing: a few words every 50 seconds (pauses that short still count as editing).
    await openTab(page, 'Minutes');
    await minutesEditor(page).click();
    await page.keyboard.press('ControlOrMeta+End');
    for (let minute = 0; minute < 13; minute++) {
      await page.keyboard.type(` Point ${minute + 1}.`);
      await page.clock.runFor(50_000);
      await expectSaved(page);
    }
    await openTab(page, 'Revisions');
    await expect(revisionRows(page)).toHaveCount(1);
    await expect(revisionRows(page).first().locator('td').nth(1)).toHaveText('Automatic (every 10 minutes of editing)');
    await page.getByRole('button', { name: 'View revision 1' }).click();
    await expect(page.getByRole('article', { name: 'Minutes of revision 1' })).toContainText('Apologies were received. Point 1. Point 2.');
  });
});

/** The text of a .docx's main document and of its page headers (the XML, read by Python's zipfile). */
function docxParts(file: string): { document: string; headers: string } {
  const read = (prefix: string) =>
    execFileSync('/usr/bin/python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print("".join(z.read(n).decode() for n in z.namelist() if n.startswith(sys.argv[2])))', file, prefix], {
      encoding: 'utf8',
    });
  return { document: read('word/document'), headers: read('word/header') };
}

/** A string as a literal part of a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
