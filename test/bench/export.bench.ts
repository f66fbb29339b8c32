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
import { laterMention, firstMention } from '../../shared/domain/person-names';
import { exportMeetingDocx } from '../../shared/export/docx';
import type { MeetingExportInput } from '../../shared/export/export-options';
import { minutesFacts } from '../../shared/minutes/minutes-facts';
import { minutesFromEditorState } from '../../shared/minutes/from-editor-state';
import type { AgendaItem } from '../../shared/model/agenda';
import { minutesHeading } from '../../shared/model/minutes-heading';
import { KCSP_2015_ATTENDANCE, KCSP_2015_ROSTER, KCSP_2015_SETTINGS } from '../fixtures/kcsp-2015';
import { editorStateFor } from '../fixtures/meeting-files/build';
import { SEED_001_ITEMS, type SeedItem } from '../fixtures/meeting-files/transcriptions';

const ITEMS = 100;
const TARGET_WORDS = 30_000;
const WARM_UP = 2;
const RUNS = 10;

/** A small deterministic generator, so every run benchmarks the same meeting. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Real minute-taking words: the 2015 seed's sentences, reused. */
const SENTENCES = SEED_001_ITEMS.flatMap((item) => item.paragraphs)
  .map((paragraph) => paragraph.replace(/^(\d+\.|\([a-z]\)|-) /, ''))
  .filter((paragraph) => !paragraph.startsWith('RESOLVED'))
  .flatMap((paragraph) => paragraph.split(/(?<=\.) /))
  .filter((sentence) => sentence.split(' ').length >= 6);

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

function bigMeeting(): { agenda: AgendaItem[]; items: SeedItem[]; words: number } {
  const next = random(19_03_2015);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const people = KCSP_2015_ROSTER;
  const agenda: AgendaItem[] = [];
  const items: SeedItem[] = [];
  let words = 0;
  for (let n = 0; n < ITEMS; n += 1) {
    const code = `${'ABCD'[Math.min(3, Math.floor(n / 25))]}${(n % 25) + 1}`;
    agenda.push({ id: `item-${n + 1}`, code, title: `${pick(['Update on', 'Report on', 'Review of', 'Proposals for'])} ${pick(SENTENCES).split(' ').slice(0, 5).join(' ')}`, part: 'unrestricted' });
    const paragraphs: string[] = [];
    const named = new Set<string>();
    /** A sentence that starts by naming someone the way the house style would (so the builder makes a mention). */
    const naming = () => {
      const person = pick(people);
      const name = named.has(person.id) ? laterMention(person) : firstMention(person);
      named.add(person.id);
      return `${name} ${pick(['explained that', 'said that', 'noted that', 'confirmed that'])} ${pick(SENTENCES).replace(/^\w/, (c) => c.toLowerCase())}`;
    };
    let number = 0;
    while (words < ((n + 1) * TARGET_WORDS) / ITEMS - 25) {
      number += 1;
      const sentences = [naming(), pick(SENTENCES), pick(SENTENCES)].slice(0, 1 + Math.floor(next() * 3));
      const paragraph = `${number}. ${sentences.join(' ')}`;
      paragraphs.push(paragraph);
      words += countWords(paragraph) - 1;
      const extra = next();
      if (extra < 0.2) {
        for (const letter of ['a', 'b', 'c'].slice(0, 2 + Math.floor(next() * 2))) {
          const sub = `(${letter}) ${naming()}`;
          paragraphs.push(sub);
          words += countWords(sub) - 1;
        }
      } else if (extra < 0.3) {
        for (let b = 0; b < 3; b += 1) {
          const bullet = `- ${pick(SENTENCES)}`;
          paragraphs.push(bullet);
          words += countWords(bullet) - 1;
        }
      }
    }
    const resolution = `RESOLVED that ${pick(['the report be noted.', 'the verbal update be noted.', 'the Committee note the report and request an update at the next meeting.'])}`;
    paragraphs.push(resolution);
    words += countWords(resolution);
    items.push({ code, title: agenda[n]!.title, paragraphs });
  }
  return { agenda, items, words };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

const { agenda, items, words } = bigMeeting();
const editorState = editorStateFor(agenda, items, KCSP_2015_ROSTER);
const at = Date.parse('2015-03-19T09:00:00Z');
const input: MeetingExportInput = {
  body: { id: 'kcsp', ...KCSP_2015_SETTINGS, createdAt: at, updatedAt: at },
  roster: KCSP_2015_ROSTER,
  meeting: {
    id: 'bench',
    bodyId: 'kcsp',
    title: 'Kent Community Safety Partnership, 19 March 2015',
    date: '2015-03-19',
    startTime: '10:00',
    venue: 'Darent Room, Sessions House, County Hall, Maidstone',
    agenda,
    attendance: KCSP_2015_ATTENDANCE,
    movements: [],
    itemTimes: {},
    status: 'draft',
    minuteNumbers: null,
    createdAt: at,
    updatedAt: at,
  },
  editorState,
};
const stateJson = JSON.stringify(editorState);
const mentions = (stateJson.match(/"type":"mention"/g) ?? []).length;

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
