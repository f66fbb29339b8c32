/**
 * npm run bench:export — how long the Word export takes on a big meeting: 100 agenda items, about 30,000 words
 * of minutes (numbered paragraphs, (a) sub-points, bullets, mentions of the roster, a resolution per item), made
 * by the editor's own nodes (test/fixtures/meeting-files/build.ts). Exports it, full and final, after two warm-up
 * runs, ten times; prints the median and 95th percentile, the walker's time on its own and the .docx size, and
 * writes the figures to test/bench/results/export.json. A figure to watch, not a timed assertion; the aim is
 * under one second.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { exportMeetingDocx } from '../../shared/export/docx';
import type { MeetingExportInput } from '../../shared/export/export-options';
import { minutesFacts } from '../../shared/minutes/minutes-facts';
import { minutesFromEditorState } from '../../shared/minutes/from-editor-state';
import { minutesHeading } from '../../shared/model/minutes-heading';
import { generateMeeting } from './generate-meeting';

const ITEMS = 100;
const TARGET_WORDS = 30_000;
const WARM_UP = 2;
const RUNS = 10;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

// The same generated meeting the app benchmark loads (generate-meeting.ts), exported as the CLI would.
const { body, roster, meeting, editorState, items, words, mentions } = generateMeeting(ITEMS, TARGET_WORDS);
const input: MeetingExportInput = { body, roster, meeting, editorState };
const stateJson = JSON.stringify(editorState);

const exportTimes: number[] = [];
const walkerTimes: number[] = [];
let size = 0;
for (let run = 0; run < WARM_UP + RUNS; run += 1) {
  const walkStarted = performance.now();
  minutesFromEditorState(minutesHeading(input.body, input.meeting), editorState, minutesFacts(input.meeting, input.body, input.roster));
  const walked = performance.now() - walkStarted;
  const started = performance.now();
  const bytes = await exportMeetingDocx(input, { version: 'full', draft: false });
  const took = performance.now() - started;
  size = bytes.byteLength;
  if (run >= WARM_UP) {
    exportTimes.push(took);
    walkerTimes.push(walked);
  }
}
exportTimes.sort((a, b) => a - b);
walkerTimes.sort((a, b) => a - b);

const results = {
  benchmark: 'exportMeetingDocx, full final copy',
  meeting: { items: ITEMS, words, paragraphs: items.reduce((sum, item) => sum + item.paragraphs.length, 0), mentions, editorStateKB: round(stateJson.length / 1024) },
  runs: RUNS,
  warmUp: WARM_UP,
  exportMs: { median: round(percentile(exportTimes, 50)), p95: round(percentile(exportTimes, 95)), min: round(exportTimes[0]!), max: round(exportTimes.at(-1)!) },
  walkerMs: { median: round(percentile(walkerTimes, 50)), p95: round(percentile(walkerTimes, 95)) },
  docxKB: round(size / 1024),
  targetMs: 1000,
  machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length },
  at: new Date().toISOString(),
};

console.log(`Meeting: ${ITEMS} items, ${words} words, ${results.meeting.paragraphs} paragraphs, ${mentions} mentions (editor state ${results.meeting.editorStateKB} KB)`);
console.log(`Export (full, final), ${RUNS} runs after ${WARM_UP} warm-up: median ${results.exportMs.median} ms, p95 ${results.exportMs.p95} ms (target under ${results.targetMs} ms)`);
console.log(`  the walker alone (editor JSON → minutes, also inside the export): median ${results.walkerMs.median} ms, p95 ${results.walkerMs.p95} ms`);
console.log(`  .docx size: ${results.docxKB} KB`);

const dir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}export.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote test/bench/results/export.json');
