/**
 * npm run bench — what an officer feels, measured in the built app in headless Chromium (Playwright), over generated
 * meetings of 1,000, 10,000 and 100,000 words (test/bench/generate-meeting.ts: minute items, numbered paragraphs,
 * sub-points, bullets, mentions, resolutions, made by the editor's own nodes).
 *
 * For each size and each run (a fresh browser context, so a fresh IndexedDB):
 * - seeds the app's database through the page (raw IndexedDB, the app's own schema) and reloads;
 * - open: clicks the meeting in the list, then places the caret at the end and types one key; open time is the
 *   click → the frame that shows that first keystroke (and, apart, click → editor shown with every minute heading);
 * - keystroke latency: 300 characters at about 10 a second at the end of the minutes, then in the middle, with
 *   autosave on; a keystroke's latency is its keydown's timestamp → the end of the next animation frame after it
 *   (a message posted from the first requestAnimationFrame callback, so the frame's style, layout and paint count);
 * - autosave: every draft written to IndexedDB is seen (IDBObjectStore.put on 'drafts' is wrapped in the page, by
 *   the benchmark only); data at risk for a keystroke is its keydown → the commit ('complete', strict durability)
 *   of the first draft written after it. Main-thread time per save is read from a Chromium trace of a further
 *   100 keystrokes: the main-thread task in which the draft is handed to IndexedDB (the minutes are serialised in
 *   it) plus the task in which its commit is handled;
 * - export: Export to Word… → Export, click → the status line that the file was saved, twice (the first loads the
 *   Word writer), and the .docx size;
 * - memory: JS heap (after a forced GC) once the meeting is open and after the typing;
 * - suggestions (predictive completion, on by default): the same typing again in a fresh context with suggestions
 *   turned off, and the app's p95 with them on as a ratio to off; and the time to a suggestion: 40 more characters
 *   at one every 400 ms, each keydown → the frame after prediction has answered for it (a suggestion shown, or
 *   none), p50/p95 over every key and over the keys that got a suggestion.
 * The same typing is measured on a bare Lexical editor (no plugins, no React, the same paragraphs) and a plain
 * contenteditable, on a page built only for the benchmark (test/bench/page → dist/bench), and the app's p95 is
 * reported as a ratio to each. Figures are medians over the runs. It prints a table and writes
 * test/bench/results/latest.json (with the Node export benchmark's figures from results/export.json when present).
 * It reports; it never fails on time.
 *
 *   tsx test/bench/app.bench.ts [--runs 3] [--sizes 1000,10000,100000] [--chars 300] [--no-baselines] [--out file]
 *                               [--renderer dist/renderer]   (another build to measure, for a before/after)
 * (expects dist/renderer and dist/bench built: `npm run bench` builds both first.)
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startRendererServer } from '../../scripts/serve-renderer';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { heapMB, instrumentPage, itemsFor, placeCaret, seed, sleep, textToType, typeSteadily, type BenchState, type PutRecord } from './bench-page';
import { generateMeeting, type GeneratedMeeting } from './generate-meeting';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    chars: { type: 'string', default: '300' },
    interval: { type: 'string', default: '100' },
    'no-baselines': { type: 'boolean', default: false },
    /** Another build of the renderer to measure (e.g. an older commit's, for a before/after). */
    renderer: { type: 'string', default: 'dist/renderer' },
    out: { type: 'string', default: fileURLToPath(new URL('./results/latest.json', import.meta.url)) },
  },
});
const RUNS = Number(args.runs);
const SIZES = args.sizes.split(',').map(Number);
const CHARS = Number(args.chars);
const INTERVAL_MS = Number(args.interval);
const SAVE_TRACE_CHARS = Math.min(100, CHARS);
const BASELINES = !args['no-baselines'];
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const round = (n: number) => Math.round(n * 10) / 10;
const median = (values: readonly number[]) => percentile(values.filter((v) => Number.isFinite(v)), 50);

interface Stats {
  p50: number;
  p95: number;
  max: number;
  n: number;
}
const stats = (values: readonly number[]): Stats => ({ p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), max: round(Math.max(...values)), n: values.length });

/** Types at 10/s where told and returns the latencies, plus the drafts written meanwhile. */
async function measureTyping(page: Page, selector: string, where: 'end' | 'middle', chars: number, waitForSave: boolean): Promise<{ latencies: number[]; risks: number[]; puts: PutRecord[] }> {
  await page.evaluate(placeCaret, { selector, where });
  await sleep(500);
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: BenchState }).__bench;
    bench.keys = [];
    bench.puts = [];
    bench.answers = [];
    bench.measuring = true;
  });
  const before = await page.evaluate((s) => document.querySelector(s)!.textContent!.length, selector);
  const text = textToType(chars);
  await typeSteadily(page, text, INTERVAL_MS);
  await sleep(700);
  if (waitForSave) await page.getByTestId('save-indicator').first().filter({ hasText: /^Saved/ }).waitFor({ timeout: 60_000 });
  await sleep(300);
  const { keys, puts } = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: BenchState }).__bench;
    bench.measuring = false;
    return { keys: bench.keys, puts: bench.puts };
  });
  const after = await page.evaluate((s) => document.querySelector(s)!.textContent!.length, selector);
  if (after - before !== chars) throw new Error(`Typed ${chars} characters ${where} but the editor grew by ${after - before}`);
  if (keys.length !== chars || keys.some((k) => k.frame === 0)) throw new Error(`Saw ${keys.length} of ${chars} keystrokes, some without a frame`);
  const latencies = keys.map((k) => k.frame - k.t0);
  const risks: number[] = [];
  if (waitForSave) {
    for (const key of keys) {
      const carrying = puts.find((put) => put.at > key.handled && put.committed > 0);
      if (!carrying) throw new Error('A keystroke never reached IndexedDB');
      risks.push(carrying.committed - key.t0);
    }
  }
  return { latencies, risks, puts };
}

const SUGGESTION_CHARS = 40;
const SUGGESTION_INTERVAL_MS = 400;

/**
 * Time to a suggestion: characters typed slowly at the end of the minutes, each keydown → the frame after
 * prediction answered for the text it left (a suggestion shown, or none). Slowly, so no key is cut short by the next.
 */
async function measureSuggestions(page: Page): Promise<{ all: number[]; shown: number[] }> {
  await page.evaluate(placeCaret, { selector: '.editor-input', where: 'end' as const });
  await sleep(1000);
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: BenchState }).__bench;
    bench.keys = [];
    bench.answers = [];
    bench.measuring = true;
  });
  await typeSteadily(page, textToType(SUGGESTION_CHARS), SUGGESTION_INTERVAL_MS);
  await sleep(1000);
  const { keys, answers } = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: BenchState }).__bench;
    bench.measuring = false;
    return { keys: bench.keys, answers: bench.answers };
  });
  const all: number[] = [];
  const shown: number[] = [];
  keys.forEach((key, index) => {
    const next = keys[index + 1]?.t0 ?? Infinity;
    const answer = answers.find((a) => a.at > key.t0 && a.at < next && a.frame > 0);
    if (!answer) return;
    all.push(answer.frame - key.t0);
    if (answer.shown) shown.push(answer.frame - key.t0);
  });
  if (all.length < keys.length / 2) throw new Error(`Prediction answered only ${all.length} of ${keys.length} keys`);
  return { all, shown };
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Main-thread time of each save: the task that hands the draft to IndexedDB plus the task that handles its commit. */
function saveCostsFromTrace(trace: Buffer): number[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const marks = events.filter((e) => e.name === 'bench:draft-put' || e.name === 'bench:draft-committed');
  if (marks.length === 0) return [];
  const { pid, tid } = marks[0]!;
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const taskAt = (ts: number) => tasks.filter((t) => t.ts <= ts && ts <= t.ts + t.dur!).reduce<TraceEvent | null>((outer, t) => (outer === null || t.dur! > outer.dur! ? t : outer), null);
  const costs: number[] = [];
  let pending = 0;
  for (const mark of marks.sort((a, b) => a.ts - b.ts)) {
    const task = taskAt(mark.ts);
    const ms = task ? task.dur! / 1000 : 0;
    if (mark.name === 'bench:draft-put') pending = ms;
    else {
      costs.push(pending + ms);
      pending = 0;
    }
  }
  return costs;
}

interface AppRun {
  editorShownMs: number;
  openMs: number;
  heapAfterLoadMB: number;
  heapAfterTypingMB: number;
  end: { latencies: number[]; risks: number[] };
  middle: { latencies: number[]; risks: number[] };
  saves: number;
  saveChars: number;
  saveMainThreadMs: number[];
  exportFirstMs: number;
  exportAgainMs: number;
  docxKB: number;
  suggestionMs: { all: number[]; shown: number[] };
  /** How long the worker took to build the model when the meeting opened. */
  modelBuildMs: number;
}

/** Keystroke latency with suggestions turned off, for the on/off ratio. */
interface OffRun {
  end: number[];
  middle: number[];
}

async function runApp(browser: Browser, appUrl: string, meeting: GeneratedMeeting): Promise<AppRun> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    // tsx names functions with a __name helper that the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.addInitScript(instrumentPage);
    await page.goto(appUrl);
    await seed(page, meeting);
    await page.reload();
    const entry = page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: new RegExp(meeting.meeting.title) });
    await entry.waitFor();
    await sleep(1000);

    // Open: click → every heading shown, and click → the first keystroke's frame.
    const headings = meeting.meeting.agenda.length;
    const editorShown = page.evaluate(
      (count) =>
        new Promise<number>((resolve) => {
          const check = () => {
            if (document.querySelectorAll('.editor-input .minute-heading').length >= count) resolve(performance.now());
            else requestAnimationFrame(check);
          };
          check();
        }),
      headings,
    );
    const clickedAt = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: BenchState }).__bench;
      bench.armedFirstKey = true;
      const at = performance.now();
      const button = [...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Meetings"] button')].find((b) => b.textContent?.includes('words'));
      button!.click();
      return at;
    });
    await page.locator('.editor-input[contenteditable="true"]').waitFor();
    await page.evaluate(placeCaret, { selector: '.editor-input', where: 'end' as const });
    await page.keyboard.type('x');
    await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.firstKey?.frame);
    const firstKey = await page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.firstKey!);
    const shownAt = await editorShown;
    await page.keyboard.press('Backspace');
    await page.getByTestId('save-indicator').first().filter({ hasText: /^Saved/ }).waitFor({ timeout: 60_000 });
    await sleep(1500);
    const heapAfterLoadMB = round(await heapMB(page));

    const end = await measureTyping(page, '.editor-input', 'end', CHARS, true);
    const middle = await measureTyping(page, '.editor-input', 'middle', CHARS, true);

    // Main-thread time per save, from a trace of a further burst of typing.
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'] });
    const traced = await measureTyping(page, '.editor-input', 'end', SAVE_TRACE_CHARS, true);
    const trace = await browser.stopTracing();
    const saveMainThreadMs = saveCostsFromTrace(trace);
    const allPuts = [...end.puts, ...middle.puts, ...traced.puts];

    const heapAfterTypingMB = round(await heapMB(page));

    // Export to Word, twice: the first loads the Word writer.
    const exportOnce = async () => {
      await page.getByRole('button', { name: 'Export to Word…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export to Word' });
      await dialog.waitFor();
      await page.locator('.export-message').first().waitFor({ state: 'detached' });
      const download = page.waitForEvent('download', { timeout: 120_000 });
      download.catch(() => undefined); // awaited below
      const done = page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const check = () => (document.querySelector('.export-message') ? resolve(performance.now()) : requestAnimationFrame(check));
            check();
          }),
      );
      done.catch(() => undefined); // awaited below
      const at = await page.evaluate(() => performance.now());
      await dialog.locator('button[type="submit"]').click();
      const ms = (await done) - at;
      const file = await (await download).path();
      await page.locator('.export-message').first().waitFor();
      return { ms, bytes: statSync(file).size };
    };
    const first = await exportOnce();
    await sleep(500);
    const again = await exportOnce();
    const modelBuildMs = Number((await page.locator('.completion').getAttribute('data-learnt-ms')) ?? NaN);
    const suggestionMs = await measureSuggestions(page);

    return {
      editorShownMs: shownAt - clickedAt,
      openMs: firstKey.frame - clickedAt,
      heapAfterLoadMB,
      heapAfterTypingMB,
      end: { latencies: end.latencies, risks: end.risks },
      middle: { latencies: middle.latencies, risks: middle.risks },
      saves: allPuts.length,
      saveChars: Math.max(...allPuts.map((p) => p.chars)),
      saveMainThreadMs,
      exportFirstMs: first.ms,
      exportAgainMs: again.ms,
      docxKB: round(again.bytes / 1024),
      suggestionMs,
      modelBuildMs,
    };
  } finally {
    await context.close();
  }
}

/** The app with suggestions turned off (as the officer can in the toolbar): keystroke latency only. */
async function runAppWithoutSuggestions(browser: Browser, appUrl: string, meeting: GeneratedMeeting): Promise<OffRun> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.addInitScript(instrumentPage);
    await page.addInitScript({ content: "localStorage.setItem('minute-book.suggestions', 'off');" });
    await page.goto(appUrl);
    await seed(page, meeting);
    await page.reload();
    await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: new RegExp(meeting.meeting.title) }).click();
    await page.locator('.editor-input[contenteditable="true"]').waitFor();
    await sleep(1500);
    if ((await page.locator('.completion').count()) !== 0) throw new Error('Suggestions were meant to be off');
    const end = await measureTyping(page, '.editor-input', 'end', CHARS, true);
    const middle = await measureTyping(page, '.editor-input', 'middle', CHARS, true);
    return { end: end.latencies, middle: middle.latencies };
  } finally {
    await context.close();
  }
}

async function runBaseline(browser: Browser, benchUrl: string, meeting: GeneratedMeeting, kind: 'lexical' | 'contenteditable'): Promise<{ loadMs: number; end: number[]; middle: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // tsx names functions with a __name helper that the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.addInitScript(instrumentPage);
    await page.goto(benchUrl);
    await page.waitForFunction(() => 'benchEditors' in window);
    const loadMs = await page.evaluate(
      ({ paragraphs, kind }) => {
        const started = performance.now();
        if (kind === 'lexical') window.benchEditors.loadLexical(paragraphs);
        else window.benchEditors.loadContentEditable(paragraphs);
        return performance.now() - started;
      },
      { paragraphs: meeting.paragraphs, kind },
    );
    await sleep(1000);
    const end = await measureTyping(page, '#editor', 'end', CHARS, false);
    const middle = await measureTyping(page, '#editor', 'middle', CHARS, false);
    return { loadMs, end: end.latencies, middle: middle.latencies };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------

const rendererDir = args.renderer.startsWith('/') ? args.renderer : `${repoRoot}${args.renderer}`;
for (const dir of [rendererDir, `${repoRoot}dist/bench`]) {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir} is not built: run npm run bench (it builds first).`);
}
const app = await startRendererServer({ root: rendererDir, port: 0 });
const benchPage = await startRendererServer({ root: `${repoRoot}dist/bench`, port: 0 });
const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });

interface SizeResult {
  meeting: GeneratedMeeting;
  app: AppRun[];
  off: OffRun[];
  lexical: Awaited<ReturnType<typeof runBaseline>>[];
  contentEditable: Awaited<ReturnType<typeof runBaseline>>[];
}
const results: SizeResult[] = [];
try {
  for (const words of SIZES) {
    const started = performance.now();
    const meeting = generateMeeting(itemsFor(words), words, `bench-${words}`);
    console.log(`Generated ${meeting.words} words in ${meeting.meeting.agenda.length} items, ${meeting.mentions} mentions (${round((performance.now() - started) / 1000)} s)`);
    results.push({ meeting, app: [], off: [], lexical: [], contentEditable: [] });
  }
  for (let run = 1; run <= RUNS; run += 1) {
    for (const result of results) {
      const label = `run ${run}/${RUNS}, ${result.meeting.words} words`;
      console.log(`${label}: the app…`);
      result.app.push(await runApp(browser, app.url, result.meeting));
      console.log(`${label}: the app with suggestions off…`);
      result.off.push(await runAppWithoutSuggestions(browser, app.url, result.meeting));
      if (BASELINES) {
        console.log(`${label}: bare Lexical…`);
        result.lexical.push(await runBaseline(browser, benchPage.url, result.meeting, 'lexical'));
        console.log(`${label}: plain contenteditable…`);
        result.contentEditable.push(await runBaseline(browser, benchPage.url, result.meeting, 'contenteditable'));
      }
    }
  }
} finally {
  await browser.close();
  await app.close();
  await benchPage.close();
}

/** Per-run stats, then the median of each figure over the runs. */
function medianStats(perRun: readonly number[][]): Stats | null {
  if (perRun.length === 0) return null;
  const each = perRun.map(stats);
  return { p50: round(median(each.map((s) => s.p50))), p95: round(median(each.map((s) => s.p95))), max: round(median(each.map((s) => s.max))), n: each[0]!.n };
}
const ratio = (a: Stats | null, b: Stats | null) => (a && b ? Math.round((a.p95 / b.p95) * 100) / 100 : null);

const sizes = results.map(({ meeting, app: runs, off, lexical, contentEditable }) => {
  const position = (where: 'end' | 'middle') => {
    const appStats = medianStats(runs.map((r) => r[where].latencies));
    const bare = medianStats(lexical.map((r) => r[where]));
    const plain = medianStats(contentEditable.map((r) => r[where]));
    return { app: appStats, bareLexical: bare, contentEditable: plain, ratioToBareLexicalP95: ratio(appStats, bare), ratioToContentEditableP95: ratio(appStats, plain) };
  };
  return {
    words: meeting.words,
    items: meeting.meeting.agenda.length,
    paragraphs: meeting.paragraphs.length - meeting.items.length,
    mentions: meeting.mentions,
    editorStateKB: round(JSON.stringify(meeting.editorState).length / 1024),
    keystrokeMs: { end: position('end'), middle: position('middle') },
    autosave: {
      savesPerRun: median(runs.map((r) => r.saves)),
      draftKB: round(median(runs.map((r) => r.saveChars)) / 1024),
      mainThreadMs: medianStats(runs.map((r) => r.saveMainThreadMs)),
      dataAtRiskMs: medianStats(runs.map((r) => [...r.end.risks, ...r.middle.risks])),
    },
    openMs: { firstKeystroke: round(median(runs.map((r) => r.openMs))), editorShown: round(median(runs.map((r) => r.editorShownMs))) },
    baselineLoadMs: { bareLexical: round(median(lexical.map((r) => r.loadMs))), contentEditable: round(median(contentEditable.map((r) => r.loadMs))) },
    export: { firstMs: round(median(runs.map((r) => r.exportFirstMs))), againMs: round(median(runs.map((r) => r.exportAgainMs))), docxKB: round(median(runs.map((r) => r.docxKB))) },
    heapMB: { afterLoad: round(median(runs.map((r) => r.heapAfterLoadMB))), afterTyping: round(median(runs.map((r) => r.heapAfterTypingMB))) },
    suggestions: (() => {
      const offStats = { end: medianStats(off.map((r) => r.end)), middle: medianStats(off.map((r) => r.middle)) };
      const onStats = { end: medianStats(runs.map((r) => r.end.latencies)), middle: medianStats(runs.map((r) => r.middle.latencies)) };
      return {
        keystrokeMsOff: offStats,
        ratioOnToOffP95: { end: ratio(onStats.end, offStats.end), middle: ratio(onStats.middle, offStats.middle) },
        timeToAnswerMs: medianStats(runs.map((r) => r.suggestionMs.all)),
        timeToSuggestionShownMs: medianStats(runs.map((r) => r.suggestionMs.shown).filter((shown) => shown.length > 0)),
        modelBuildMs: round(median(runs.map((r) => r.modelBuildMs))),
      };
    })(),
    perRun: runs.map((r, i) => ({
      keystrokeP95: { end: stats(r.end.latencies).p95, middle: stats(r.middle.latencies).p95 },
      bareLexicalP95: lexical[i] ? { end: stats(lexical[i].end).p95, middle: stats(lexical[i].middle).p95 } : null,
      contentEditableP95: contentEditable[i] ? { end: stats(contentEditable[i].end).p95, middle: stats(contentEditable[i].middle).p95 } : null,
      saveMainThreadP95: stats(r.saveMainThreadMs).p95,
      dataAtRiskP95: stats([...r.end.risks, ...r.middle.risks]).p95,
      openMs: round(r.openMs),
      exportMs: round(r.exportAgainMs),
    })),
  };
});

const exportJson = fileURLToPath(new URL('./results/export.json', import.meta.url));
const latest = {
  benchmark: 'Minute Book in headless Chromium: keystroke latency, autosave, open, export, memory, suggestions',
  settings: { renderer: args.renderer, runs: RUNS, sizes: SIZES, chars: CHARS, intervalMs: INTERVAL_MS, saveTraceChars: SAVE_TRACE_CHARS, baselines: BASELINES },
  targets: {
    keystrokeP95At10kMs: 16,
    keystrokeP95RatioToBareLexicalAt100k: 1.2,
    openAt100kMs: 500,
    exportAt100kMs: 1000,
    dataAtRiskP95Ms: 500,
    suggestionsOnToOffP95Ratio: 1.05,
    timeToSuggestionP95Ms: 100,
  },
  sizes,
  exportNode: existsSync(exportJson) ? (JSON.parse(readFileSync(exportJson, 'utf8')) as unknown) : null,
  machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length, chromium: browser.version() },
  at: new Date().toISOString(),
};

// The table.
const f = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? '–' : String(n));
const triple = (s: Stats | null) => (s ? `${f(s.p50)} / ${f(s.p95)} / ${f(s.max)}` : '–');
const rows: string[][] = [['words', 'where', 'app p50/p95/max', 'bare Lexical', 'contenteditable', '×bare', '×ce']];
for (const size of sizes) {
  for (const where of ['end', 'middle'] as const) {
    const k = size.keystrokeMs[where];
    rows.push([String(size.words), where, triple(k.app), triple(k.bareLexical), triple(k.contentEditable), f(k.ratioToBareLexicalP95), f(k.ratioToContentEditableP95)]);
  }
}
const rows2: string[][] = [['words', 'save main p95', 'at risk p95', 'open', 'shown', 'export', 'docx KB', 'heap load/typed MB']];
for (const size of sizes) {
  rows2.push([
    String(size.words),
    f(size.autosave.mainThreadMs?.p95),
    f(size.autosave.dataAtRiskMs?.p95),
    f(size.openMs.firstKeystroke),
    f(size.openMs.editorShown),
    `${f(size.export.againMs)} (first ${f(size.export.firstMs)})`,
    f(size.export.docxKB),
    `${f(size.heapMB.afterLoad)} / ${f(size.heapMB.afterTyping)}`,
  ]);
}
const print = (table: string[][]) => {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
};
console.log(`\nKeystroke latency, ms (keydown → next frame; ${CHARS} characters at ${1000 / INTERVAL_MS}/s; median of ${RUNS} run(s))`);
print(rows);
console.log('\nAutosave, open, export (ms), memory');
print(rows2);
const rows3: string[][] = [['words', 'p95 on end/middle', 'p95 off end/middle', 'on÷off', 'to answer p50/p95', 'to suggestion p50/p95 (n)', 'model built']];
for (const size of sizes) {
  const on = size.keystrokeMs;
  const off = size.suggestions.keystrokeMsOff;
  const shown = size.suggestions.timeToSuggestionShownMs;
  rows3.push([
    String(size.words),
    `${f(on.end.app?.p95)} / ${f(on.middle.app?.p95)}`,
    `${f(off.end?.p95)} / ${f(off.middle?.p95)}`,
    `${f(size.suggestions.ratioOnToOffP95.end)} / ${f(size.suggestions.ratioOnToOffP95.middle)}`,
    `${f(size.suggestions.timeToAnswerMs?.p50)} / ${f(size.suggestions.timeToAnswerMs?.p95)}`,
    shown ? `${f(shown.p50)} / ${f(shown.p95)} (${shown.n})` : '–',
    `${f(size.suggestions.modelBuildMs)} ms`,
  ]);
}
console.log(`\nSuggestions: keystroke p95 on and off (ms), and keydown → the frame after prediction answered (${SUGGESTION_CHARS} keys, one every ${SUGGESTION_INTERVAL_MS} ms)`);
print(rows3);

mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
writeFileSync(args.out, `${JSON.stringify(latest, null, 2)}\n`);
console.log(`\nWrote ${args.out.replace(repoRoot, '')}`);
