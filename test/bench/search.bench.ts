/**
 * npm run bench:search [-- --meetings 200 --words 10000 --items 12 --runs 20] — search across the minute book at
 * size: builds the index of `meetings` generated meetings of about `words` words each (generate-meeting.ts, the
 * editor's own nodes, each meeting's text given words of its own so meetings differ), exactly as the search worker
 * does (MinuteBookIndex, in this process), then times a set of queries an officer would type: common words, a
 * phrase, a rare word, a word still being typed, and the same with a committee and date filter. Prints the index
 * build time, p50 and p95 query time (each query `runs` times after a warm-up), the saved index's size, the time to
 * load it back (a restart) and the heap. Figures to watch, not timed assertions; the goal is under 100 ms a query
 * at 200 × 10,000 words. Run it on a quiet machine.
 */
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import { MinuteBookIndex } from '../../shared/search/minute-book-index';
import type { IndexableMeeting } from '../../shared/search/minute-documents';
import { NO_FILTERS, type SearchFilters } from '../../shared/search/search-results';
import { generateMeeting } from './generate-meeting';

function option(name: string, fallback: string): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = Number(index >= 0 ? process.argv[index + 1] : fallback);
  return Number.isFinite(value) && value > 0 ? value : Number(fallback);
}

const meetingCount = option('meetings', '200');
const words = option('words', '10000');
const items = option('items', '12');
const runs = option('runs', '20');
const round = (ms: number) => Math.round(ms * 100) / 100;
const MB = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** Words of a meeting's own (a few thousand made-up surnames and places across the book), so meetings differ. */
const SYLLABLES = ['ash', 'ford', 'bry', 'den', 'wick', 'ham', 'ton', 'mer', 'sey', 'caul', 'ly', 'thorn', 'gate', 'well', 'by', 'stone'];
function ownWord(n: number): string {
  return `${SYLLABLES[n % 16]}${SYLLABLES[Math.floor(n / 16) % 16]}${SYLLABLES[Math.floor(n / 256) % 16]}`;
}

/** The generated minutes with every fifth text run given one word of this meeting's own. */
function varied(editorState: unknown, meeting: number): string {
  let run = 0;
  const visit = (node: { type?: string; text?: string; children?: unknown[] }) => {
    if (node.type === 'text' && typeof node.text === 'string' && run++ % 5 === 0) node.text = `${node.text} ${ownWord(meeting * 7 + run)}`;
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  const copy = structuredClone(editorState) as { root: { children: unknown[] } };
  visit(copy.root as never);
  return JSON.stringify(copy);
}

const base = generateMeeting(items, words);
const meetings: IndexableMeeting[] = Array.from({ length: meetingCount }, (_, i) => {
  const date = new Date(Date.UTC(2010, 0, 1) + i * 14 * 86_400_000).toISOString().slice(0, 10);
  return {
    meetingId: `m-${i}`,
    bodyId: i % 4 === 0 ? 'cabinet' : 'kcsp',
    title: `Meeting ${i + 1}, ${date}`,
    date,
    agenda: base.meeting.agenda.map(({ id, code, title }) => ({ id, code, title })),
    minuteNumbers: null,
    editorState: varied(base.editorState, i),
    fingerprint: `${i}/1`,
  };
});

const heapBefore = process.memoryUsage().heapUsed;
const buildStarted = performance.now();
const index = MinuteBookIndex.empty();
for (const meeting of meetings) index.putMeeting(meeting);
const buildMs = performance.now() - buildStarted;

const saveStarted = performance.now();
const saved = index.save();
const saveMs = performance.now() - saveStarted;
const loadStarted = performance.now();
const loaded = MinuteBookIndex.load(saved);
const loadMs = performance.now() - loadStarted;
if (loaded.meetingCount !== meetingCount) throw new Error(`The saved index loaded ${loaded.meetingCount} meetings, not ${meetingCount}`);

const lastYear: SearchFilters = { bodyId: 'kcsp', from: meetings[Math.floor(meetingCount / 2)]!.date, to: meetings[meetingCount - 1]!.date };
const QUERIES: { label: string; text: string; filters: SearchFilters }[] = [
  { label: 'common words', text: 'community safety ', filters: NO_FILTERS },
  { label: 'phrase', text: '"community safety agreement"', filters: NO_FILTERS },
  { label: 'rare word (one meeting)', text: `${ownWord(1)} `, filters: NO_FILTERS },
  { label: 'word being typed', text: 'partner', filters: NO_FILTERS },
  { label: 'three words', text: 'police crime commissioner ', filters: NO_FILTERS },
  { label: 'common words, committee and dates', text: 'community safety ', filters: lastYear },
];

console.log(`Search: ${meetingCount} meetings × ~${base.words} words (${items} minutes each), ${cpus().length} CPUs, Node ${process.version}`);
console.log(`  index build        ${round(buildMs)} ms (${round(buildMs / meetingCount)} ms a meeting), ${index.minuteCount} minutes`);
console.log(`  saved index        ${MB(saved.length * 2)} MB in memory as text (${MB(Buffer.byteLength(saved))} MB UTF-8); save ${round(saveMs)} ms, load ${round(loadMs)} ms`);
const all: number[] = [];
for (const query of QUERIES) {
  const times: number[] = [];
  const found = index.query(query.text, query.filters); // warm-up
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    index.query(query.text, query.filters);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  all.push(...times);
  const p = (q: number) => round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!);
  console.log(`  ${query.label.padEnd(36)} p50 ${p(0.5)} ms, p95 ${p(0.95)} ms; ${found.matchedMinutes} minutes matched, ${found.shownMinutes} shown`);
}
all.sort((a, b) => a - b);
const overall = (q: number) => round(all[Math.min(all.length - 1, Math.floor(q * all.length))]!);
console.log(`  all queries                          p50 ${overall(0.5)} ms, p95 ${overall(0.95)} ms (goal: under 100 ms)`);
console.log(`  heap after indexing ${MB(process.memoryUsage().heapUsed - heapBefore)} MB more than before`);
