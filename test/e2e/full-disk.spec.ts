/**
 * A real full disk: Chromium's profile on a 96 MB tmpfs, filled until writes fail, as an outside tester did
 * (issue 13). Needs root on Linux (mount -t tmpfs); elsewhere it reports itself skipped with the reason.
 *
 * What Chromium does on a full disk varies from run to run (seen over many runs): the failed commit aborts with
 * QuotaExceededError and Chromium closes the database; reopening it fails ("Internal error opening backing
 * store") until there is room; sometimes the LevelDB is damaged ("Corruption: checksum mismatch") and Chromium
 * deletes the whole database when it next opens it. Every cycle here must end with nothing typed before the
 * disk filled lost, and saving resumed; the log line says which of those things happened in each cycle.
 */
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumLaunchOptions } from './support/browser';
import { createMeeting, MARCH_2015, minutesEditor } from './support/minutes-app';
import { skipAllUnless } from './support/skip-with-reason';
import { browserCopies } from './support/browser-copies';

/** Saving must be back within this long of space coming back (the retries' longest wait is 5 s). */
const RESUMES_WITHIN_MS = 20_000;
/** One cycle each in the suite; MINUTE_BOOK_FULL_DISK_CYCLES=4 repeats them, as the outside run does. */
const CYCLES = Math.max(1, Number(process.env.MINUTE_BOOK_FULL_DISK_CYCLES ?? 1) || 1);

/** Whether this machine can mount a tmpfs, and if not, why. */
function tmpfsProbe(): { ok: true } | { ok: false; reason: string } {
  if (process.platform !== 'linux') return { ok: false, reason: `Full-disk test skipped: it mounts a tmpfs, which needs Linux (this is ${process.platform}).` };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'Full-disk test skipped: mounting a tmpfs needs root, and this runs as another user.' };
  const probe = mkdtempSync(path.join(tmpdir(), 'minute-book-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe], { stdio: 'pipe' });
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `Full-disk test skipped: mount -t tmpfs failed here (${String((error as Error).message).split('\n')[0]}).` };
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const probe = tmpfsProbe();
skipAllUnless(probe.ok, probe.ok ? '' : probe.reason);

interface SmallDisk {
  folder: string;
  fill(): void;
  free(): void;
  unmount(): void;
}

/** A 96 MB tmpfs for Chromium's profile, with a file that fills it to the last byte and can be deleted again. */
function mountSmallDisk(): SmallDisk {
  const folder = mkdtempSync(path.join(tmpdir(), 'minute-book-full-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', folder]);
  const filler = path.join(folder, 'filler');
  return {
    folder,
    fill() {
      const handle = openSync(filler, 'a');
      try {
        for (const size of [1024 * 1024, 4096, 512, 1]) {
          const chunk = Buffer.alloc(size);
          for (;;) {
            try {
              writeSync(handle, chunk);
            } catch {
              break; // ENOSPC: on to smaller pieces, down to the last byte
            }
          }
        }
      } finally {
        closeSync(handle);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    unmount() {
      try {
        execFileSync('umount', [folder], { stdio: 'pipe' });
      } catch {
        execFileSync('umount', ['-l', folder], { stdio: 'pipe' });
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function launch(disk: SmallDisk): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(path.join(disk.folder, 'profile'), { ...chromiumLaunchOptions(), headless: true });
  const page = context.pages()[0] ?? (await context.newPage());
  // Notes every message the failure banner shows, however briefly, for the log line.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { savingStopped: string[] }).savingStopped = seen;
    new MutationObserver(() => {
      const shown = document.querySelector('.save-failure-banner p')?.textContent;
      if (shown && !seen.includes(shown)) seen.push(shown);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return { context, page };
}

/** What the failure banner said during this page's life, first message first. */
const savingStopped = (page: Page) => page.evaluate(() => (window as unknown as { savingStopped: string[] }).savingStopped);

const text = async (page: Page) => ((await minutesEditor(page).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Whether the browser's own copy of the meeting (outside IndexedDB) holds `words`. */
const copied = async (page: Page, words: string): Promise<boolean> => (await browserCopies(page)).some((copy) => copy.includes(words));

/** Types at about the pace of speech, a sentence at a time. */
async function typeSentences(page: Page, label: string, count: number): Promise<string> {
  let typed = '';
  for (let n = 1; n <= count; n += 1) {
    const sentence = ` ${label} ${n}: the committee noted the report.`;
    await page.keyboard.type(sentence);
    typed += sentence;
  }
  return typed;
}

/** Opens the meeting after a start, restoring it from the browser's copy when the app offers to (the database was thrown away). */
async function openTheMeeting(page: Page): Promise<string> {
  const offer = page.getByRole('region', { name: 'Restore meetings from their copies' });
  const editor = minutesEditor(page);
  await expect(editor.or(offer)).toBeVisible();
  if (await offer.isVisible()) {
    await offer.getByRole('button', { name: 'Restore every meeting' }).click();
    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: new RegExp(MARCH_2015.title) }).click();
    await expect(editor).toBeVisible();
    return 'database thrown away at start, restored from the browser’s copy';
  }
  return 'database intact';
}

/**
 * Runs `cycle` CYCLES times, each on a fresh small disk with a fresh browser, the meeting made and three sentences
 * typed and saved (in the database and the browser's copy) before the disk fills. Each cycle says what it saw.
 */
async function overCycles(baseURL: string, cycle: (page: Page, disk: SmallDisk, before: string, number: number) => Promise<string>): Promise<string[]> {
  const seen: string[] = [];
  for (let number = 1; number <= CYCLES; number += 1) {
    const disk = mountSmallDisk();
    let context: BrowserContext | undefined;
    try {
      const launched = await launch(disk);
      context = launched.context;
      const { page } = launched;
      await page.goto(baseURL);
      await createMeeting(page, MARCH_2015);
      await minutesEditor(page).click();
      const before = await typeSentences(page, 'Before', 3);
      await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved locally/);
      await expect.poll(() => copied(page, before.trim())).toBe(true);
      seen.push(`cycle ${number}: ${await cycle(page, disk, before, number)}`);
    } finally {
      await context?.close().catch(() => undefined);
      disk.unmount();
    }
  }
  return seen;
}

test.describe('a real full disk (tmpfs)', () => {
  test(`saving resumes by itself after space is freed, and nothing typed is lost, over ${CYCLES} cycles`, async ({ baseURL }) => {
    test.setTimeout(CYCLES * 600_000);
    const seen = await overCycles(baseURL!, async (page, disk, before) => {
      disk.fill();
      const whileFull = await typeSentences(page, 'While full', 6);
      // Give the saver the time it takes to find out (a save starts within half a second of typing).
      await expect(page.getByTestId('save-indicator')).not.toHaveText('Saving…');
      const failed = (await savingStopped(page))[0] ?? null;
      disk.free();

      const after = await typeSentences(page, 'After freeing', 1);
      await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved locally/, { timeout: RESUMES_WITHIN_MS });
      const lost = await page.getByText('The browser threw away Minute Book’s database while you were working').isVisible();
      expect(await text(page)).toBe(`${before}${whileFull}${after}`.trim());

      await page.reload();
      const how = await openTheMeeting(page);
      expect(await text(page)).toBe(`${before}${whileFull}${after}`.trim());
      return (
        `${failed ? `saving stopped (“${failed.replace('Saving has stopped. ', '').slice(0, 70)}…”)` : 'no save failed'}, ` +
        `${lost ? 'database thrown away and the meeting on screen written back' : 'database kept'}, ${how} after reload`
      );
    });
    console.log(`Full disk, saving resumed: ${seen.join('; ')}.`);
  });

  test(`a reload while the disk is full loses nothing saved before it filled, over ${CYCLES} cycles`, async ({ baseURL }) => {
    test.setTimeout(CYCLES * 600_000);
    const seen = await overCycles(baseURL!, async (page, disk, before, cycle) => {
      disk.fill();
      await typeSentences(page, 'While full', 6);
      // The officer reloads anyway (the browser asks first when anything is unsaved; they say leave).
      page.on('dialog', (dialog) => void dialog.accept());
      await page.reload();
      disk.free();
      await page.reload();
      const how = await openTheMeeting(page);
      expect((await text(page)).startsWith(before.trim()), `cycle ${cycle}: the minutes reopened as “${(await text(page)).slice(0, 120)}”`).toBe(true);

      // And saving works again.
      await minutesEditor(page).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' After the reload.');
      await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved locally/, { timeout: RESUMES_WITHIN_MS });
      return how;
    });
    console.log(`Full disk, reload while full: ${seen.join('; ')}.`);
  });
});
