/**
 * npm run bench:meeting-file [-- --mb 45] — what the one meeting-file check (shared/meeting-file) costs on the
 * worst files up to the size limit: a good file padded to the size with white space, the minutes swollen to the
 * size, the size in nothing but empty lists, a 10 MB string, 100,000 levels of nesting, and a real 100,000-word
 * meeting. Each is checked in a fresh Node process of its own, so its figures are its own: wall clock, processor
 * time, and the most memory the process held while checking beyond what it held with the file read (the peak
 * resident set, from process.resourceUsage), also as a multiple of the file's size. Issue 12's bound is 3 s and
 * under 4× the file's size on a 2-core machine. Figures to read, not assertions; run it on a quiet machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkMeetingFile, composeMeetingFileText } from '../../shared/meeting-file';
import { generateMeeting } from './generate-meeting';

const MB = 1024 * 1024;

/** In the child: check one file and print what it cost. */
function child(path: string): void {
  const bytes = new Uint8Array(readFileSync(path));
  const before = process.resourceUsage().maxRSS * 1024;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = checkMeetingFile(bytes);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ ok: result.ok, message: result.ok ? '' : result.message, wall, cpu: (used.user + used.system) / 1000, extra: peak - before }));
}

function files(sizeMb: number): { name: string; text: string }[] {
  const folder = fileURLToPath(new URL('../fixtures/meeting-files/', import.meta.url));
  const good = readFileSync(join(folder, readdirSync(folder).find((name) => name.endsWith('.json'))!), 'utf8');
  const target = Math.floor(sizeMb * MB);
  const swollen = JSON.parse(good) as { minutes: { editorState: { root: { children: unknown[] } } } };
  const paragraph = { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'The committee noted the report. '.repeat(30) }] };
  swollen.minutes.editorState.root.children.unshift(...Array.from({ length: Math.floor(target / JSON.stringify(paragraph).length) }, () => paragraph));
  const long = JSON.parse(good) as { body: { id: string } };
  long.body.id = 'k'.repeat(Math.min(10 * MB, target));
  const meeting = generateMeeting(100, 100_000);
  return [
    { name: 'white space around a good file', text: good.replace('{', `{${' '.repeat(Math.max(0, target - good.length))}`) },
    { name: 'minutes swollen to the size', text: JSON.stringify(swollen) },
    { name: 'nothing but empty lists', text: `[${'[],'.repeat(Math.floor(target / 3) - 1)}[]]` },
    { name: 'a 10 MB id', text: JSON.stringify(long) },
    { name: '100,000 levels of nesting', text: good.replace('"templates": [', `"templates": [${'['.repeat(100_000)}${']'.repeat(100_000)},`) },
    {
      name: 'a real 100,000-word meeting',
      text: composeMeetingFileText({ body: meeting.body, roster: meeting.roster, templates: [], meeting: meeting.meeting }, JSON.stringify(meeting.editorState)),
    },
  ];
}

function main(): void {
  const at = process.argv.indexOf('--mb');
  const sizeMb = at === -1 ? 45 : Number(process.argv[at + 1]);
  const dir = mkdtempSync(join(tmpdir(), 'minute-book-check-bench-'));
  console.log(`One meeting-file check per process (files of about ${sizeMb} MB; bound: 3 s, under 4× the file's size)`);
  for (const { name, text } of files(sizeMb)) {
    const path = join(dir, 'file.json');
    writeFileSync(path, text);
    const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', path], { encoding: 'utf8', maxBuffer: 16 * MB });
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    if (run.status !== 0 || !line.startsWith('{')) {
      console.log(`  ${name}: the check's process failed (${run.stderr.trim().split('\n').at(-1) ?? run.status})`);
      continue;
    }
    const figures = JSON.parse(line) as { ok: boolean; message: string; wall: number; cpu: number; extra: number };
    const size = Buffer.byteLength(text);
    console.log(
      `  ${name} (${(size / MB).toFixed(1)} MB): ${figures.ok ? 'accepted' : 'refused'} in ${Math.round(figures.wall)} ms ` +
        `(${Math.round(figures.cpu)} ms of processor), ${(figures.extra / MB).toFixed(0)} MB more memory = ${(figures.extra / size).toFixed(2)}× the file`,
    );
  }
}

if (process.argv[2] === '--child') child(process.argv[3]!);
else main();
