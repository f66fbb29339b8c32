/**
 * npm run bench:import [-- --words 10000,100000 --runs 5] — how long importing Word minutes takes, per file:
 * the three seed meetings and generated meetings of the given sizes (made by the editor's own nodes, as the export
 * benchmark's are), each exported to .docx by Minute Book and imported back; and hostile files, which must be refused
 * quickly (a part stating 20 MB, a 64 MB zip bomb lying about its size, a part of more than a million elements), and
 * a crowd: 5,000 people on the PRESENT line named through 100,000 words. After one
 * warm-up, each file is imported `runs` times; prints the median and slowest time, the outcome and the heap after,
 * and (for the default sizes) writes the figures to test/bench/results/import-docx.json. A figure to watch, not a
 * timed assertion: damaged files must be refused within 3 seconds.
 */
import { deflateSync, strToU8, zipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { exportMeetingDocx } from '../../shared/export/docx';
import { importMinutesDocx } from '../../shared/import-docx';
import { meetingExportInput, parseMeetingFile } from '../../shared/meeting-file/meeting-file';
import { WORD_NAMESPACE, minutesDocx, para, run, withDirectoryEntry } from '../support/minimal-docx';
import { generateMeeting } from './generate-meeting';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const DEFAULT_WORDS = '10000,100000';
const sizes = option('words', DEFAULT_WORDS).split(',').map(Number).filter((n) => Number.isFinite(n) && n > 0);
const runs = Math.max(1, Number(option('runs', '5')));
const round = (ms: number) => Math.round(ms * 10) / 10;
const MB = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

const files: { name: string; bytes: Uint8Array }[] = [];

for (const seed of ['kcsp-2015-03-19', 'kcsp-2023-03-21', 'kcsp-2019-07-17']) {
  const parsed = parseMeetingFile(readFileSync(new URL(`../fixtures/meeting-files/${seed}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  files.push({ name: `seed ${seed}`, bytes: await exportMeetingDocx(meetingExportInput(parsed.file), { version: 'full', draft: false }) });
}
for (const words of sizes) {
  const meeting = generateMeeting(Math.max(5, Math.round(words / 300)), words);
  const bytes = await exportMeetingDocx({ body: meeting.body, roster: meeting.roster, meeting: meeting.meeting, editorState: meeting.editorState }, { version: 'full', draft: false });
  files.push({ name: `generated ${meeting.words} words`, bytes });
}

// Hostile files.
const withStatedSize = (bytes: Uint8Array, size: number) => withDirectoryEntry(bytes, (view, entry) => view.setUint32(entry + 24, size, true));
const small = files[0]!.bytes;
files.push({ name: 'hostile: states 20 MB', bytes: withStatedSize(small, 20 * 1024 * 1024) });
// 64 MB of zeros deflates to about 64 KB; it says it is 15 MB, inside the cap, and is stopped when it passes that.
const bombData = deflateSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
files.push({ name: `hostile: zip bomb (${Math.round(bombData.length / 1024)} KB → 64 MB)`, bytes: bombWith(bombData, 15 * 1024 * 1024) });
const elements = strToU8(`<w:document xmlns:w="${WORD_NAMESPACE}"><w:body>${'<w:p/>'.repeat(1_000_001)}</w:body></w:document>`);
files.push({ name: 'hostile: 1,000,001 paragraphs', bytes: zipSync({ 'word/document.xml': elements }) });
// 5,000 people on the PRESENT line and 100,000 words naming them: the mention matching must stay quick.
const surname = (n: number) => `S${n.toString(26).replace(/\d/g, (digit) => 'qrstuvwxyz'[Number(digit)]!)}`;
const crowd = Array.from({ length: 5000 }, (_, n) => `Mr A ${surname(n)}`);
const named = Array.from({ length: 2000 }, (_, n) => para(`${n + 1}. Mr ${surname(n * 7 % 5000)} said that ${'the report was noted and '.repeat(8)}that was all, Mr ${surname(n % 5000)}.`));
files.push({
  name: 'hostile: 5,000 people, 100,000 words',
  bytes: minutesDocx(para('MINUTES of a meeting of the Big Committee held at the Hall on 1 May 2024.'), para(`PRESENT: ${crowd.join(', ')}`), para(run('1.\tThe only item', { bold: true })), ...named),
});

/** A zip whose word/document.xml is `deflated`, stating `stated` bytes. */
function bombWith(deflated: Uint8Array, stated: number): Uint8Array {
  const name = strToU8('word/document.xml');
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, deflated.length, true);
  lv.setUint32(22, stated, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, deflated.length, true);
  cv.setUint32(24, stated, true);
  cv.setUint16(28, name.length, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + deflated.length, true);
  const out = new Uint8Array(local.length + deflated.length + central.length + end.length);
  out.set(local, 0);
  out.set(deflated, local.length);
  out.set(central, local.length + deflated.length);
  out.set(end, local.length + deflated.length + central.length);
  return out;
}

const results = [];
console.log(`Import of Word minutes: ${runs} run${runs === 1 ? '' : 's'} per file after one warm-up (Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown cpu'})`);
for (const file of files) {
  const times: number[] = [];
  let outcome = '';
  for (let run = 0; run <= runs; run += 1) {
    const started = performance.now();
    const result = importMinutesDocx(file.bytes, { fileName: 'bench.docx', importedAt: 0 });
    const took = performance.now() - started;
    if (run > 0) times.push(took);
    outcome = result.ok ? `imported: ${result.minutes.minutes.length} minutes, ${result.minutes.people.length} people` : `refused: ${result.message}`;
  }
  times.sort((a, b) => a - b);
  const row = { file: file.name, docxKB: Math.round(file.bytes.length / 1024), medianMs: round(times[Math.floor(times.length / 2)]!), maxMs: round(times.at(-1)!), heapMB: MB(process.memoryUsage().heapUsed), outcome };
  results.push(row);
  console.log(`${row.file.padEnd(44)} ${String(row.docxKB).padStart(6)} KB  median ${String(row.medianMs).padStart(8)} ms  slowest ${String(row.maxMs).padStart(8)} ms  heap ${row.heapMB} MB  ${outcome.slice(0, 90)}`);
}

if (option('words', DEFAULT_WORDS) === DEFAULT_WORDS) {
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}import-docx.json`, `${JSON.stringify({ benchmark: 'importMinutesDocx per file', runs, results, machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length }, at: new Date().toISOString() }, null, 2)}\n`);
  console.log('Wrote test/bench/results/import-docx.json');
}
