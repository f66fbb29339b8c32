/**
 * npm run bench:prediction — building the suggestions' model from a million words of past minutes, in Node, with
 * the same code the worker runs (shared/prediction: PredictionEngine.learn, from meeting editor JSON). Prints the
 * time, the memory it keeps (JS heap and typed arrays, after a forced garbage collection) and the time to answer
 * one suggestion, for two bodies of text:
 * - minutes: generated meetings (test/bench/generate-meeting.ts) saved as the app saves them, a million words;
 * - varied: a million words drawn at random from 30,000 (Zipf's law), far more distinct word sequences than real
 *   minutes have: the worst case for size.
 * The targets are under 2 s and under 60 MB. It reports; it never fails on time.
 *
 *   node --expose-gc --import tsx test/bench/prediction.bench.ts [--words 1000000]
 */
import { parseArgs } from 'node:util';
import { PredictionEngine } from '../../shared/prediction/prediction-engine';
import { generateMeeting } from './generate-meeting';
import { itemsFor } from './bench-page';

const { values: args } = parseArgs({ options: { words: { type: 'string', default: '1000000' } } });
const WORDS = Number(args.words);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc (npm run bench:prediction does).');

/** Past minutes as the workspace hands them over: a meeting's saved editor JSON, again and again to a million words. */
function minutesHistory(): { minutes: { editorState: string; weight: number }[]; phrases: string[] } {
  const meeting = generateMeeting(itemsFor(100_000), Math.min(100_000, WORDS), 'history');
  const editorState = JSON.stringify(meeting.editorState);
  const copies = Math.max(1, Math.round(WORDS / meeting.words));
  return { minutes: Array.from({ length: copies }, () => ({ editorState, weight: 1 })), phrases: [] };
}

/** A million words at random (Zipf) from 30,000, in paragraphs of 20–80 words, as one meeting's editor JSON. */
function variedHistory(): { minutes: { editorState: string; weight: number }[]; phrases: string[] } {
  let seed = 7;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const vocabulary = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}x`);
  let total = 0;
  const cumulative = vocabulary.map((_, i) => (total += 1 / (i + 1)));
  const draw = () => {
    const target = next() * total;
    let low = 0;
    let high = vocabulary.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low]!;
  };
  const paragraphs: unknown[] = [];
  for (let words = 0; words < WORDS; ) {
    const length = 20 + Math.floor(next() * 60);
    const text = Array.from({ length }, () => draw() + (next() < 0.08 ? ',' : '')).join(' ') + '.';
    paragraphs.push({ type: 'paragraph', children: [{ type: 'text', text }] });
    words += length;
  }
  return { minutes: [{ editorState: JSON.stringify({ root: { type: 'root', children: paragraphs } }), weight: 1 }], phrases: [] };
}

const round = (n: number) => Math.round(n * 10) / 10;
const rows: string[][] = [['text', 'words', 'build ms', 'kept MB (heap + arrays)', 'table MB', 'answer ms']];
for (const [name, history] of [
  ['minutes', minutesHistory()],
  ['varied', variedHistory()],
] as const) {
  gc();
  const before = process.memoryUsage();
  const engine = new PredictionEngine();
  const started = performance.now();
  const built = engine.learn(history, []);
  const ms = performance.now() - started;
  gc();
  const after = process.memoryUsage();
  const keptMB = (after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers) / 2 ** 20;
  const answerStarted = performance.now();
  for (let i = 0; i < 200; i += 1) engine.suggest('The Committee noted the rep', true);
  const answerMs = (performance.now() - answerStarted) / 200;
  rows.push([name, String(built.words), String(Math.round(ms)), String(round(keptMB)), String(round(built.tableBytes / 2 ** 20)), String(round(answerMs))]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
console.log(`\nBuilding the suggestions' model (targets: under 2,000 ms and 60 MB for a million words)`);
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
