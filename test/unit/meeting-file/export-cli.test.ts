import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scratchFolders } from '../../support/scratch';
import { exportTargets, parseExportArgs } from '../../../scripts/lib/export-args';

/*
 * The command-line export, run as `npm run export` runs it (tsx scripts/export.ts), checked by exit code and the
 * exact line it prints.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => join(root, 'test/fixtures/meeting-files', name);
const goodText = readFileSync(fixture('kcsp-2015-03-19.json'), 'utf8');
const USAGE = 'Usage: npm run export -- <meeting file> <out.docx> [--public|--full|--both] [--draft|--final]';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/export.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout.trim(), err: result.stderr.trim() };
}

const tempDir = scratchFolders('minute-book-cli');

function withFile(text: string): string {
  const path = join(tempDir(), 'meeting.json');
  writeFileSync(path, text);
  return path;
}

describe('npm run export', () => {
  it('writes the full final copy of a good file and says so in one line', () => {
    const out = join(tempDir(), 'minutes.docx');
    const { code, out: stdout, err } = run(fixture('kcsp-2015-03-19.json'), out);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(full, final, \\d+\\.\\d KB\\) in \\d+ ms$`));
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    // Nothing left beside it: the temporary file was renamed over the target.
    expect(readdirSync(join(out, '..'))).toEqual(['minutes.docx']);
  }, 60_000);

  it('writes public and full copies with --both, and a draft with --draft', () => {
    const dir = tempDir();
    const { code, out } = run(fixture('kcsp-2023-03-21.json'), join(dir, 'notes.docx'), '--both', '--draft');
    expect(code).toBe(0);
    expect(out.split('\n').map((line) => line.replace(/ \(.*$/, ''))).toEqual([`Wrote ${join(dir, 'notes-public.docx')}`, `Wrote ${join(dir, 'notes-full.docx')}`]);
    expect(out).toContain('(public, draft,');
    expect(statSync(join(dir, 'notes-full.docx')).size).toBeGreaterThan(1000);
  }, 60_000);

  it('refuses a truncated file with the parse message', () => {
    const out = join(tempDir(), 'minutes.docx');
    const { code, out: stdout, err } = run(withFile(goodText.slice(0, 200)), out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(err).toBe('The file is not a Minute Book meeting file: it is not JSON (it ends early, at line 8, column 32: the file looks cut short).');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses a file from a newer Minute Book', () => {
    const { code, err } = run(withFile(goodText.replace('"version": 1', '"version": 2')), join(tempDir(), 'm.docx'));
    expect(code).toBe(1);
    expect(err).toBe('The meeting file was made by a newer Minute Book (version 2); this one reads version 1. Update Minute Book to open it.');
  }, 60_000);

  it('refuses a wrong-typed field, naming it', () => {
    const { code, err } = run(withFile(goodText.replace('"lastMinuteNumber": 91', '"lastMinuteNumber": "91"')), join(tempDir(), 'm.docx'));
    expect(code).toBe(1);
    expect(err).toBe("The meeting file cannot be used: the committee's settings, last minute number: should be a number, not the text “91”.");
  }, 60_000);

  it('reads a file that begins with a byte-order mark, as the app does, and says it was left out', () => {
    const out = join(tempDir(), 'minutes.docx');
    const { code, err } = run(withFile(`\uFEFF${goodText}`), out);
    expect(code).toBe(0);
    expect(err).toBe('Note: The file began with an invisible byte-order mark (as Notepad saves), which was left out.');
    expect(statSync(out).size).toBeGreaterThan(1000);
  }, 60_000);

  it('prints the usage when an argument is missing', () => {
    const { code, out, err } = run(fixture('kcsp-2015-03-19.json'));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`Give the .docx to write after the meeting file. ${USAGE}`);
  }, 60_000);

  it('says plainly when the target cannot be written or the file is not there', () => {
    const dir = tempDir();
    expect(run(fixture('kcsp-2015-03-19.json'), join(dir, 'missing', 'm.docx')).err).toBe(
      `Cannot write ${join(dir, 'missing', 'm.docx')}: the folder ${join(dir, 'missing')} does not exist.`,
    );
    expect(run(join(dir, 'nope.json'), join(dir, 'm.docx'))).toEqual({ code: 1, out: '', err: `Cannot read ${join(dir, 'nope.json')}: there is no such file.` });
  }, 60_000);
});

describe('parseExportArgs', () => {
  it('defaults to the full final copy', () => {
    expect(parseExportArgs(['m.json', 'o.docx'])).toEqual({ meetingFile: 'm.json', out: 'o.docx', version: 'full', draft: false });
    expect(parseExportArgs(['--draft', 'm.json', '--public', 'o.docx'])).toEqual({ meetingFile: 'm.json', out: 'o.docx', version: 'public', draft: true });
  });

  it('complains in one line about what is wrong', () => {
    expect(parseExportArgs([])).toBe('Give the meeting file and the .docx to write.');
    expect(parseExportArgs(['m.json', 'o.docx', '--public', '--full'])).toBe('Choose one of --public, --full and --both (not --public and --full).');
    expect(parseExportArgs(['m.json', 'o.docx', '--draft', '--final'])).toBe('Choose --draft or --final, not both.');
    expect(parseExportArgs(['m.json', 'o.pdf'])).toBe('The output must be a .docx file: o.pdf');
    expect(parseExportArgs(['m.json', 'o.docx', '--pdf'])).toBe('Unknown option --pdf.');
    expect(parseExportArgs(['m.json', 'o.docx', 'x'])).toBe('Too many arguments: x.');
  });

  it('names the two copies of --both after the target', () => {
    const request = parseExportArgs(['m.json', 'out/Minutes.DOCX', '--both']);
    if (typeof request === 'string') throw new Error(request);
    expect(exportTargets(request)).toEqual([
      { path: 'out/Minutes-public.docx', version: 'public' },
      { path: 'out/Minutes-full.docx', version: 'full' },
    ]);
  });
});
