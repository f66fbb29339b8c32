import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scratchFolders } from '../../support/scratch';
import { serialiseMeetingFile } from '../../../shared/meeting-file/meeting-file';
import { parseCheckArgs } from '../../../scripts/check-minutes';
import { meetingInput, person } from './meeting-builder';

/*
 * npm run check-minutes, run as npm runs it (tsx scripts/check-minutes.ts): exit codes 0 (nothing found), 1
 * (findings), 2 (bad file or arguments), the readable report, and --json printing exactly one array of
 * { rule, minute, paragraph, text, message } and nothing else on stdout.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = scratchFolders('minute-book-check');
const USAGE = 'Usage: npm run check-minutes -- <meeting file> [--json]';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/check-minutes.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr.trim() };
}

function meetingFile(minutes: Parameters<typeof meetingInput>[0]['minutes']): string {
  const input = meetingInput({ roster: [person('p-hill', 'Mr', 'P', 'Hill')], minutes });
  const text = serialiseMeetingFile({ ...input, templates: [], exportedAt: '2024-06-04T12:00:00.000Z' });
  const path = join(scratch(), 'meeting.json');
  writeFileSync(path, text);
  return path;
}

const CLEAN = meetingFile([{ title: 'Budget', blocks: ['Mr Hill introduced the report, which was welcomed.', { resolution: 'that the report be noted.' }] }]);
const FAULTY = meetingFile([
  { title: 'Budget', blocks: ['Mr Hill said that we will review it.', { resolution: 'that the report be noted.' }] },
  { title: 'Waste', blocks: ['Mr Hil introduced the report.'] },
]);

describe('npm run check-minutes', () => {
  it('says so and exits 0 when the minutes keep to the house style', () => {
    const { code, out, err } = run(CLEAN);
    expect(err).toBe('');
    expect(out).toBe(`${CLEAN}: no house-style findings in 14 words.\n`);
    expect(code).toBe(0);
  }, 120_000);

  it('prints the findings by place, with their fixes, and exits 1', () => {
    const { code, out } = run(FAULTY);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      `${FAULTY}: 4 findings in 19 words.`,
      '',
      '11. Budget, paragraph 1',
      '  [first-person] “we”: First person (“we”): minutes are written in the third person. Name who spoke or acted (“the Committee”, “Members”, “Mr Smith”).',
      '  [tense] “will”: Present or future tense (“will”) in reported speech: minutes are written in the past tense (“would”).',
      '      fix: Replace “will” with “would”',
      '',
      '12. Waste, paragraph 1',
      '  [name] “Hil”: “Hil” is not on the roster. Add the person to the roster (visitors too) so the attendance lists them, or check the spelling.',
      '',
      '12. Waste',
      '  [resolution] “Waste”: This minute records no decision: add the resolution (“RESOLVED that …”).',
      '',
      'By rule: first-person 1, tense 1, name 1, resolution 1.',
      '',
    ]);
  }, 120_000);

  it('--json prints one array of { rule, minute, paragraph, text, message } and nothing else', () => {
    const { code, out, err } = run(FAULTY, '--json');
    expect(code).toBe(1);
    expect(err).toBe('');
    const parsed: unknown = JSON.parse(out);
    expect(parsed).toEqual([
      { rule: 'first-person', minute: '11. Budget', paragraph: 1, text: 'we', message: expect.stringContaining('third person') },
      { rule: 'tense', minute: '11. Budget', paragraph: 1, text: 'will', message: expect.stringContaining('past tense') },
      { rule: 'name', minute: '12. Waste', paragraph: 1, text: 'Hil', message: expect.stringContaining('not on the roster') },
      { rule: 'resolution', minute: '12. Waste', paragraph: null, text: 'Waste', message: expect.stringContaining('no decision') },
    ]);
    for (const finding of parsed as Record<string, unknown>[]) expect(Object.keys(finding)).toEqual(['rule', 'minute', 'paragraph', 'text', 'message']);
  }, 120_000);

  it('--json prints an empty array and exits 0 for clean minutes', () => {
    const { code, out } = run('--json', CLEAN);
    expect(out).toBe('[]\n');
    expect(code).toBe(0);
  }, 120_000);

  it('exits 2 with one plain line for a file that is not a meeting file, or missing', () => {
    const bad = join(scratch(), 'bad.json');
    writeFileSync(bad, readFileSync(CLEAN, 'utf8').slice(0, 100));
    const cut = run(bad, '--json');
    expect(cut.code).toBe(2);
    expect(cut.out).toBe('');
    expect(cut.err).toMatch(/^The file is not a Minute Book meeting file: it is not JSON \(it ends early, at line \d+, column \d+: the file looks cut short\)\.$/);
    const missing = run(join(root, 'no-such-meeting.json'));
    expect(missing).toMatchObject({ code: 2, out: '', err: `Cannot read ${join(root, 'no-such-meeting.json')}: there is no such file.` });
  }, 120_000);

  it('reads a file that begins with a byte-order mark, as the app and npm run export do, and says the mark was left out', () => {
    const withBom = join(scratch(), 'bom.json');
    writeFileSync(withBom, `\uFEFF${readFileSync(CLEAN, 'utf8')}`);
    const { code, out, err } = run(withBom, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([]);
    expect(err).toMatch(/^Warning: .*byte-order mark/);
  }, 120_000);

  it('exits 2 with the usage for bad arguments', () => {
    expect(run()).toMatchObject({ code: 2, out: '', err: `Give the meeting file to check. ${USAGE}` });
    expect(run(CLEAN, '--jsn')).toMatchObject({ code: 2, out: '', err: `Unknown option --jsn. ${USAGE}` });
  }, 120_000);

  it('reads its arguments in any order', () => {
    expect(parseCheckArgs(['--json', 'm.json'])).toEqual({ meetingFile: 'm.json', json: true });
    expect(parseCheckArgs(['a.json', 'b.json'])).toBe('Too many arguments: b.json.');
  });
});
