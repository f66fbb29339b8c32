/**
 * The real desktop app: dist/electron/main.cjs in Electron. Where the electron
 * package could not download its binary (offline build machines) every test
 * here reports itself skipped with that reason; it never downloads from inside
 * a test. Each test gets a fresh user-data folder through MINUTE_BOOK_USER_DATA,
 * so no test sees another's drafts or the developer's own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronExecutable } from '../../scripts/lib/electron-runtime';
import { parseMeetingFile } from '../../shared/meeting-file';
import { skipAllUnless } from './support/skip-with-reason';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainScript = path.join(repoRoot, 'dist', 'electron', 'main.cjs');
const electronBinary = electronExecutable(path.join(repoRoot, 'node_modules', 'electron'));

const NO_ELECTRON =
  'No Electron runtime on this machine: the electron package could not download its binary (offline build machine). This spec runs where Electron is installed.';

let userData = '';

skipAllUnless(electronBinary !== null, `Electron tests skipped. ${NO_ELECTRON}`);

test.beforeEach(() => {
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'minute-book-e2e-'));
});

test.afterEach(() => {
  if (userData) fs.rmSync(userData, { recursive: true, force: true });
  userData = '';
});

/** Starts the app on this test's user-data folder and waits for its window. */
async function launch(): Promise<{ app: ElectronApplication; window: Page }> {
  expect(fs.existsSync(mainScript), `${mainScript} is missing: run npm run build`).toBe(true);
  const env: Record<string, string> = { MINUTE_BOOK_USER_DATA: userData };
  for (const [name, value] of Object.entries(process.env)) {
    // ELECTRON_RUN_AS_NODE (set by some IDEs) would start a bare Node, not the app.
    if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE' && name !== 'MINUTE_BOOK_USER_DATA') env[name] = value;
  }
  const app = await electron.launch({ args: [mainScript], cwd: repoRoot, env });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window };
}

test('loads the renderer from app://minutes/', async () => {
  const { app, window } = await launch();
  try {
    expect(window.url()).toMatch(/^app:\/\/minutes\/index\.html([?#].*)?$/);
  } finally {
    await app.close();
  }
});

test('gives the page only the narrow bridge: no require, no process', async () => {
  const { app, window } = await launch();
  try {
    const bridge = await window.evaluate(() => {
      const minuteBook = (window as unknown as { minuteBook?: Record<string, unknown> }).minuteBook;
      return {
        keys: minuteBook ? Object.keys(minuteBook).sort() : null,
        types: minuteBook ? Object.values(minuteBook).map((value) => typeof value) : null,
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      };
    });
    expect(bridge.keys).toEqual(['backupMeeting', 'listBackups', 'onFlushBeforeQuit', 'readBackup', 'saveFile']);
    expect(bridge.types).toEqual(['function', 'function', 'function', 'function', 'function']);
    expect(bridge.require).toBe('undefined');
    expect(bridge.process).toBe('undefined');
  } finally {
    await app.close();
  }
});

test('a new meeting and its minutes survive quitting and reopening the app', async () => {
  const committee = 'Planning Committee';
  const text = 'The minutes of the meeting held on 4 February were agreed as a correct record.';

  const first = await launch();
  try {
    const { window } = first;
    await window.getByRole('button', { name: 'New meeting' }).click();
    await window.getByLabel('Committee or partnership').fill(committee);
    await window.getByLabel('Date').fill('2026-03-05');
    await window.getByLabel('Start time').fill('19:00');
    await window.getByLabel('Venue').fill('Council Chamber, County Hall');
    await window.getByRole('button', { name: 'Create meeting' }).click();
    const editor = window.getByRole('textbox', { name: 'Minutes' });
    await editor.click();
    await window.keyboard.type(text);
    await expect(editor).toContainText(text);
  } finally {
    // Quits the app the normal way: main asks the renderer to flush unsaved
    // text before it lets the app go, so no waiting for the debounce here.
    await first.app.close();
  }

  const second = await launch();
  try {
    const { window } = second;
    const editor = window.getByRole('textbox', { name: 'Minutes' });
    if (!(await editor.isVisible())) await window.getByText(committee).first().click();
    await expect(editor).toContainText(text);
  } finally {
    await second.app.close();
  }
});

/** The backups main has written under this test's user-data folder: [meeting id, file name], oldest first. */
function backupFiles(): [string, string][] {
  const folder = path.join(userData, 'backups');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .flatMap((meetingId) => fs.readdirSync(path.join(folder, meetingId)).filter((name) => /^\d{8}T\d{9}Z-\w+\.json$/.test(name)).map((name): [string, string] => [meetingId, name]))
    .sort((a, b) => a[1].localeCompare(b[1]));
}

/** The minutes' text in one backup file, read as a meeting file. */
function minutesInBackup([meetingId, name]: [string, string]): string {
  const parsed = parseMeetingFile(fs.readFileSync(path.join(userData, 'backups', meetingId, name), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return JSON.stringify(parsed.file.minutes.editorState);
}

test('writes disk backups of a changed meeting to the user-data folder, lists them on the Restore screen, and one more on quit', async () => {
  const first = 'Apologies were received from Mr Hill.';
  const later = 'The meeting closed at 12.15 pm.';
  const { app, window } = await launch();
  try {
    await window.getByRole('button', { name: 'New meeting' }).click();
    await window.getByLabel('Committee or partnership').fill('Planning Committee');
    await window.getByLabel('Date').fill('2026-03-05');
    await window.getByLabel('Venue').fill('Council Chamber, County Hall');
    await window.getByRole('button', { name: 'Create meeting' }).click();
    const editor = window.getByRole('textbox', { name: 'Minutes' });
    await editor.click();
    await window.keyboard.type(first);

    // The first change is handed to main at once and written at once; later copies at most every three minutes.
    await expect.poll(() => backupFiles().length).toBe(1);
    expect(backupFiles()[0]![1]).toMatch(/-periodic\.json$/);
    await window.getByRole('button', { name: 'Backups…' }).click();
    const rows = window.getByRole('table', { name: 'Backups, newest first' }).getByRole('row');
    await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('Every few minutes');
    await expect(rows).toHaveCount(2);

    await window.getByRole('button', { name: 'Back to the meeting' }).click();
    await editor.click();
    await window.keyboard.press('End');
    await window.keyboard.type(` ${later}`);
  } finally {
    // Quitting: the window flushes and hands over its last copy, and main writes it as the backup on quit.
    await app.close();
  }
  const quitBackups = backupFiles().filter(([, name]) => name.endsWith('-quit.json'));
  expect(quitBackups).toHaveLength(1);
  expect(minutesInBackup(quitBackups[0]!)).toContain(`${first} ${later}`);
});
