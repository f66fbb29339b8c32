import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchFolders } from '../../support/scratch';
import { runImport } from '../../../scripts/import-minutes';
import { IMPORT_USAGE, parseImportArgs } from '../../../scripts/lib/import-args';
import { exportMeetingDocx } from '../../../shared/export/docx';
import { meetingExportInput, parseMeetingFile } from '../../../shared/meeting-file/meeting-file';


/** Generous: each test exports or imports whole Word files, and the suite must pass on a loaded two-core machine. */
const TIMEOUT = 60_000;
/*
 * npm run import-minutes: exit codes and the one line it prints for good and bad files. The command runs in this
 * process (runImport) with its output caught; one test runs it as npm does, through tsx, to prove the wiring.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const IMPORTED_AT = Date.parse('2024-05-01T09:30:00Z');
const scratch = scratchFolders('minute-book-import-cli');

let dir: string;
let good: string;

beforeAll(async () => {
  dir = scratch();
  const parsed = parseMeetingFile(readFileSync(join(root, 'test/fixtures/meeting-files/kcsp-2015-03-19.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  good = join(dir, 'KCSP 19 March 2015.docx');
  writeFileSync(good, await exportMeetingDocx(meetingExportInput(parsed.file), { version: 'full', draft: false }));
}, TIMEOUT);

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport(args, { out: (line) => out.push(line), err: (line) => err.push(line) }, () => IMPORTED_AT);
  return { code, out, err };
}

describe('npm run import-minutes', () => {
  it('writes the meeting file for good minutes, says what it read in one line, and exits 0', async () => {
    const target = join(mkdtempSync(join(dir, 'good-')), 'meeting.json');
    const { code, out, err } = await run(good, '--out', target);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^Wrote .*meeting\.json: Kent Community Safety Partnership, 19 March 2015, 12 minutes \(92–103\), 17 people, 0 warnings, in \d+ ms$/);
    // The export prints no start time; a meeting needs none, so none is stored and nothing is worth a warning.
    expect(err).toEqual([]);
    const parsed = parseMeetingFile(readFileSync(target, 'utf8'));
    expect(parsed.ok && parsed.file.meeting.imported).toEqual({ fileName: 'KCSP 19 March 2015.docx', importedAt: IMPORTED_AT });
    expect(parsed.ok && parsed.file.meeting.startTime).toBeNull();
    // Written through a temporary file renamed into place: nothing else is left beside it.
    expect(readdirSync(join(target, '..'))).toEqual(['meeting.json']);
  }, TIMEOUT);

  it('imports into the body named with --body, and names the council with --council', async () => {
    const target = join(dir, 'renamed.json');
    const { code, err } = await run(good, '--body', 'Community Safety Board', '--council=Wessex County Council', '--out', target);
    expect(code).toBe(0);
    expect(err).toContain('Warning: The minutes are of "Kent Community Safety Partnership"; they are imported into "Community Safety Board" as asked.');
    const parsed = parseMeetingFile(readFileSync(target, 'utf8'));
    expect(parsed.ok && [parsed.file.body.name, parsed.file.body.councilName]).toEqual(['Community Safety Board', 'Wessex County Council']);
  }, TIMEOUT);

  it('refuses a file that is not a Word document in one line, writes nothing, and exits 1', async () => {
    const bad = join(dir, 'notes.docx');
    writeFileSync(bad, 'These are not minutes.');
    const target = join(dir, 'never.json');
    expect(await run(bad, '--out', target)).toEqual({ code: 1, out: [], err: [`${bad}: The file is not a Word document (.docx): it is not a zip package.`] });
    expect(existsSync(target)).toBe(false);
  }, TIMEOUT);

  it('refuses a file too large to read before reading it, and a file that is not there', async () => {
    const huge = join(dir, 'huge.docx');
    writeFileSync(huge, '');
    // A sparse 200 MB file: its size is all the command looks at.
    spawnSync('truncate', ['-s', '200M', huge]);
    expect(await run(huge, '--out', join(dir, 'huge.json'))).toEqual({ code: 1, out: [], err: ['The file is too large to be Word minutes (200.0 MB; the limit is 50 MB).'] });
    const missing = join(dir, 'missing.docx');
    expect(await run(missing, '--out', join(dir, 'x.json'))).toEqual({ code: 1, out: [], err: [`Cannot read ${missing}: there is no such file.`] });
    const folder = join(dir, 'folder.docx');
    mkdirSync(folder);
    expect((await run(folder, '--out', join(dir, 'x.json'))).err).toEqual([`Cannot read ${folder}: it is a folder, not a Word file.`]);
  }, TIMEOUT);

  it('says plainly when the meeting file cannot be written, and exits 1', async () => {
    const target = join(dir, 'no-such-folder', 'meeting.json');
    const { code, err } = await run(good, '--out', target);
    expect(code).toBe(1);
    expect(err.at(-1)).toBe(`Cannot write ${target}: the folder ${join(dir, 'no-such-folder')} does not exist.`);
  }, TIMEOUT);

  it('prints the usage for a wrong command line, and exits 2', async () => {
    expect(await run(good)).toEqual({ code: 2, out: [], err: [`Give the meeting file to write with --out. ${IMPORT_USAGE}`] });
  }, TIMEOUT);

  it('runs as npm runs it: exit code and line', () => {
    const target = join(dir, 'spawned.json');
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/import-minutes.ts'), good, '--out', target], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^Wrote .*spawned\.json: Kent Community Safety Partnership, 19 March 2015, 12 minutes/);
    expect(parseMeetingFile(readFileSync(target, 'utf8')).ok).toBe(true);
  }, 60_000);
});

describe('parseImportArgs', () => {
  it('reads the file, --out, and the optional --body and --council, with a space or "="', () => {
    expect(parseImportArgs(['m.docx', '--out', 'm.json'])).toEqual({ docx: 'm.docx', out: 'm.json' });
    expect(parseImportArgs(['--body=Cabinet', 'm.DOCX', '--out', 'm.json', '--council', 'Wessex County Council'])).toEqual({
      docx: 'm.DOCX',
      out: 'm.json',
      body: 'Cabinet',
      council: 'Wessex County Council',
    });
  }, TIMEOUT);

  it('complains in one line about what is wrong', () => {
    expect(parseImportArgs([])).toBe('Give the Word file (.docx) to import.');
    expect(parseImportArgs(['m.docx'])).toBe('Give the meeting file to write with --out.');
    expect(parseImportArgs(['m.docx', '--out'])).toBe('Give a value after --out.');
    expect(parseImportArgs(['m.docx', '--body', '--out', 'm.json'])).toBe('Give a value after --body.');
    expect(parseImportArgs(['m.doc', '--out', 'm.json'])).toBe('The minutes must be a Word .docx file: m.doc');
    expect(parseImportArgs(['m.docx', '--out', 'm.docx'])).toBe('The meeting file to write must end in .json: m.docx');
    expect(parseImportArgs(['m.docx', 'n.docx', '--out', 'm.json'])).toBe('Give one Word file; too many arguments: n.docx.');
    expect(parseImportArgs(['m.docx', '--out', 'a.json', '--out', 'b.json'])).toBe('Give --out once.');
    expect(parseImportArgs(['m.docx', '--out', 'm.json', '--pdf'])).toBe('Unknown option --pdf.');
  }, TIMEOUT);
});
