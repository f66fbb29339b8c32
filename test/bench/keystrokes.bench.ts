/**
 * npm run bench:keystrokes — how many keys an expert officer presses per character of finished minutes, with
 * suggestions on. For each seed meeting (test/fixtures/meeting-files), in a fresh browser profile of the built app:
 * - its set-up (committee, roster, phrases, agenda, attendance) is imported from its meeting file with the minutes
 *   left empty, then the committee's other seed meetings are imported whole, as the history suggestions learn from;
 * - the officer (test/support/officer.ts, with test/support/type-minutes.ts) types its minutes through the UI: the
 *   structure with the editor's keys, people by suggestion or "@", standing phrases where a paragraph is exactly
 *   one, and the words key by key, taking a suggestion whenever it is exactly the next words (Tab) or its next word
 *   is (Ctrl+Right);
 * - the minutes saved are read back from the app's own meeting file and must equal the seed's, paragraph for
 *   paragraph, or the run fails.
 * It prints keys, clicks, characters and keys per character for each meeting (the target is 0.65 or less), and
 * writes test/bench/results/keystrokes.json. Keys per character do not depend on the machine's speed; the run
 * takes some minutes, since the officer reads the suggestion after every key.
 *
 *   tsx test/bench/keystrokes.bench.ts [--meetings kcsp-2019-07-17,…] [--items N] [--out file] [--renderer dist/renderer]
 *   (expects the renderer built; --renderer types into a copy of it)
 * --items N types only each meeting's first N minutes (a quick look; the figures are then not the meeting's).
 */
import { chromium, expect, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseMeetingFile, serialiseMeetingFile, type MeetingFile } from '../../shared/meeting-file';
import { startRendererServer } from '../../scripts/serve-renderer';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { editorStateFor } from '../fixtures/meeting-files/build';
import { Officer } from '../support/officer';
import { MinutesTypist, minutesParagraphsOf } from '../support/type-minutes';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const seedsDir = join(repoRoot, 'test/fixtures/meeting-files');
const { values: args } = parseArgs({
  options: {
    meetings: { type: 'string' },
    items: { type: 'string' },
    out: { type: 'string', default: join(repoRoot, 'test/bench/results/keystrokes.json') },
    /** The built renderer to type into (a copy, so a build meanwhile cannot pull it from under the run). */
    renderer: { type: 'string', default: join(repoRoot, 'dist/renderer') },
  },
});
const TARGET = 0.65;
const ITEMS = args.items ? Number(args.items) : Infinity;

/** The minutes with only their first `count` minute items (the rest of the agenda stays empty). */
function firstItems(editorState: unknown, count: number): unknown {
  if (!Number.isFinite(count)) return editorState;
  const root = (editorState as { root: { children: unknown[] } }).root;
  return { ...(editorState as object), root: { ...root, children: root.children.slice(0, count) } };
}

function readSeed(name: string): MeetingFile {
  const parsed = parseMeetingFile(readFileSync(join(seedsDir, name), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
  return parsed.file;
}

/** The meeting file with its minutes laid out from the agenda but empty: the set-up the officer types into. */
function withEmptyMinutes(file: MeetingFile): string {
  const items = file.meeting.agenda.map((item) => ({ code: item.code, title: item.title, paragraphs: [] }));
  const editorState = editorStateFor(file.meeting.agenda, items, file.roster);
  return serialiseMeetingFile({ body: file.body, roster: file.roster, templates: file.templates, meeting: file.meeting, editorState, exportedAt: file.exportedAt });
}

/**
 * Imports a meeting file and answers what the app asks as the officer setting up would: this computer's people are
 * kept (the set-up's roster, imported first), and notes on the import are closed; until the meeting opens.
 */
async function importFile(page: Page, path: string, title: string): Promise<void> {
  await page.getByLabel('Meeting file to import').setInputFiles(path);
  const heading = page.getByRole('heading', { level: 1 }).filter({ hasText: title });
  const differs = page.getByRole('dialog', { name: 'The file and this computer describe people differently' });
  const notes = page.getByRole('dialog', { name: 'Imported, with notes' });
  for (;;) {
    // A whole meeting is checked and stored: on a loaded machine that takes more than a few seconds.
    await expect(differs.or(notes).or(heading)).toBeVisible({ timeout: 60_000 });
    if (await differs.isVisible()) {
      await differs.getByRole('button', { name: 'Import' }).click();
      await expect(differs).toBeHidden();
    } else if (await notes.isVisible()) {
      await notes.getByRole('button', { name: 'Close' }).click();
      await expect(notes).toBeHidden();
    } else {
      return;
    }
  }
}

interface MeetingResult {
  meeting: string;
  keys: number;
  clicks: number;
  characters: number;
  keysPerCharacter: number;
  suggestionsTaken: { whole: number; words: number };
  historyWords: number;
  modelBuildMs: number;
  typingSeconds: number;
}

const names = readdirSync(seedsDir).filter((name) => name.endsWith('.json')).sort();
const chosen = args.meetings ? names.filter((name) => args.meetings!.split(',').some((wanted) => name.startsWith(wanted))) : names;
if (chosen.length === 0) throw new Error(`No seed meeting matches --meetings ${args.meetings}`);
if (!existsSync(join(args.renderer!, 'index.html'))) throw new Error(`${args.renderer} is not built: run npm run bench:keystrokes (it builds first).`);

const scratch = mkdtempSync(join(tmpdir(), 'minute-book-keystrokes-'));
const server = await startRendererServer({ root: args.renderer!, port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions());
const results: MeetingResult[] = [];
try {
  for (const name of chosen) {
    const target = readSeed(name);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    try {
      const page = await context.newPage();
      // tsx names functions with a __name helper that the page does not have.
      await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      await page.goto(server.url);
      // The set-up first, so its committee settings and roster are the ones kept; then the history.
      const setUp = join(scratch, `set-up-${name}`);
      writeFileSync(setUp, withEmptyMinutes(target));
      await importFile(page, setUp, target.meeting.title);
      for (const other of names.filter((n) => n !== name)) await importFile(page, join(seedsDir, other), readSeed(other).meeting.title);
      await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: target.meeting.title }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.meeting.title);
      await page.getByRole('tab', { name: 'Minutes' }).click();
      const overlay = page.locator('.completion[data-learnt-words]');
      await overlay.waitFor({ state: 'attached', timeout: 60_000 });
      const historyWords = Number(await overlay.getAttribute('data-learnt-words'));
      const modelBuildMs = Number(await overlay.getAttribute('data-learnt-ms'));

      const officer = new Officer(page, { takesSuggestions: true });
      const started = performance.now();
      await page.locator('.mb-minute-item').first().locator(':scope > p').first().click();
      officer.clicks += 1;
      // The pointer out of the way: a pop-up list opening under it would have the option it hovers chosen.
      await page.mouse.move(0, 0);
      const toType = firstItems(target.minutes.editorState, ITEMS);
      await new MinutesTypist(officer, target).type(toType);
      const typingSeconds = (performance.now() - started) / 1000;
      await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved locally at/, { timeout: 60_000 });

      // The minutes as the app saved them must be the seed's, paragraph for paragraph.
      const saving = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save meeting file…' }).click();
      const saved = join(scratch, `typed-${name}`);
      await (await saving).saveAs(saved);
      const typed = parseMeetingFile(readFileSync(saved, 'utf8'));
      if (!typed.ok) throw new Error(`The saved meeting file could not be read: ${typed.message}`);
      const want = minutesParagraphsOf(target, toType).filter((text) => text !== '');
      const got = minutesParagraphsOf(typed.file, typed.file.minutes.editorState).filter((text) => text !== '');
      const differs = want.findIndex((text, index) => got[index] !== text);
      if (differs !== -1 || got.length !== want.length) {
        throw new Error(`${name}: the typed minutes differ from the seed at paragraph ${differs} of ${want.length}:\n  typed: ${got[differs]}\n  seed:  ${want[differs]}`);
      }
      const characters = want.reduce((sum, text) => sum + [...text].length, 0);
      const result: MeetingResult = {
        meeting: target.meeting.title,
        keys: officer.keystrokes,
        clicks: officer.clicks,
        characters,
        keysPerCharacter: Math.round((officer.keystrokes / characters) * 1000) / 1000,
        suggestionsTaken: officer.taken,
        historyWords,
        modelBuildMs,
        typingSeconds: Math.round(typingSeconds),
      };
      results.push(result);
      console.log(
        `${result.meeting}: ${result.keys} keys and ${result.clicks} click for ${characters} characters = ${result.keysPerCharacter} keys per character ` +
          `(suggestions taken: ${officer.taken.whole} whole, ${officer.taken.words} by the word; learnt from ${historyWords} words of past minutes in ${modelBuildMs} ms)`,
      );
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const rows = [['meeting', 'keys', 'clicks', 'characters', 'keys/char', `≤ ${TARGET}`], ...results.map((r) => [r.meeting, String(r.keys), String(r.clicks), String(r.characters), r.keysPerCharacter.toFixed(3), r.keysPerCharacter <= TARGET ? 'yes' : 'no'])];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
console.log('\nKeys per character of minutes, typed by an expert officer taking suggestions');
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
mkdirSync(join(repoRoot, 'test/bench/results'), { recursive: true });
writeFileSync(args.out!, `${JSON.stringify({ benchmark: 'keys per character with suggestions', target: TARGET, meetings: results, at: new Date().toISOString() }, null, 2)}\n`);
console.log(`\nWrote ${args.out!.replace(repoRoot, '')}`);
