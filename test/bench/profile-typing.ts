/**
 * npm run bench:profile — where a keystroke's time goes, for whoever next has to make typing faster. The benchmark
 * (app.bench.ts) says how long a keystroke takes; this says what it is spent on.
 *
 * Opens a generated meeting in the built app (or the same paragraphs in the bare Lexical editor or a plain
 * contenteditable, on the benchmark's page), types at about 10 a second at the end of the minutes while Chromium
 * traces and profiles, then prints per keystroke:
 * - main-thread time by trace event, self time (script, style recalculation, layout, pre-paint, paint, …);
 * - the JavaScript functions with the most self time (V8's sampling profiler).
 * With --measure open it does the same for opening the meeting: the click → the frame showing a first keystroke.
 * With --measure memory it prints the JS heap as edits made after pauses pile up (each one a step of undo).
 * It prints figures and asserts nothing; figures from a busy machine mean little.
 *
 *   tsx test/bench/profile-typing.ts [--words 100000] [--chars 60] [--target app|lexical|contenteditable]
 *                                    [--where end|middle] [--measure typing|open|memory] [--edits 150] [--top 25] [--init 'script run in the page first']
 * (expects dist/renderer and dist/bench built: `npm run bench:profile` builds both first.)
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startRendererServer } from '../../scripts/serve-renderer';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { heapMB, instrumentPage, itemsFor, placeCaret, seed, sleep, textToType, typeSteadily, type BenchState } from './bench-page';
import { generateMeeting } from './generate-meeting';

const { values: args } = parseArgs({
  options: {
    words: { type: 'string', default: '100000' },
    chars: { type: 'string', default: '60' },
    target: { type: 'string', default: 'app' },
    where: { type: 'string', default: 'end' },
    /**
     * typing: keystrokes at 10 a second; open: clicking the meeting until a first keystroke is shown (app only);
     * memory: the JS heap as edits made after pauses pile up (each is a step of undo), --edits of them.
     */
    measure: { type: 'string', default: 'typing' },
    edits: { type: 'string', default: '150' },
    top: { type: 'string', default: '25' },
    /** Script run in the page before it loads, to try a what-if (e.g. --init "CSS.highlights.set = () => CSS.highlights"). */
    init: { type: 'string' },
  },
});
const WORDS = Number(args.words);
const CHARS = Number(args.chars);
const TOP = Number(args.top);
const TARGET = args.target as 'app' | 'lexical' | 'contenteditable';
const WHERE = args.where as 'end' | 'middle';
const MEASURE = args.measure as 'typing' | 'open' | 'memory';
if (!['typing', 'open', 'memory'].includes(MEASURE)) throw new Error(`--measure is typing, open or memory, not ${MEASURE}`);
if (MEASURE !== 'typing' && TARGET !== 'app') throw new Error(`--measure ${MEASURE} is for the app only`);
if (!['app', 'lexical', 'contenteditable'].includes(TARGET)) throw new Error(`--target is app, lexical or contenteditable, not ${TARGET}`);
if (!['end', 'middle'].includes(WHERE)) throw new Error(`--where is end or middle, not ${WHERE}`);

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const round = (n: number) => Math.round(n * 100) / 100;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

/** Self time (ms) of each complete ('X') event name on the thread that ran the page's keydown handlers. */
function selfTimeByEvent(events: TraceEvent[], pid: number, tid: number): Map<string, number> {
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { event: TraceEvent; children: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= until) {
      const { event, children } = stack.pop()!;
      // An event dispatch is named with its event (keydown, beforeinput, input, selectionchange…).
      const name = event.name === 'EventDispatch' && event.args?.data?.type ? `EventDispatch ${event.args.data.type}` : event.name;
      self.set(name, (self.get(name) ?? 0) + (event.dur! - children) / 1000);
      if (stack.length > 0) stack.at(-1)!.children += event.dur!;
    }
  };
  for (const event of onThread) {
    close(event.ts);
    stack.push({ event, children: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return self;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Source maps of the built bundles, so a minified function is named by its source file and line. */
const sourceMaps = new Map<string, TraceMap | null>();
function originalLabel(frame: ProfileNode['callFrame'], builtDir: string): string | null {
  const file = frame.url.split('/').at(-1) ?? '';
  if (!file.endsWith('.js')) return null;
  if (!sourceMaps.has(file)) {
    const mapPath = `${builtDir}/assets/${file}.map`;
    sourceMaps.set(file, existsSync(mapPath) ? new TraceMap(readFileSync(mapPath, 'utf8')) : null);
  }
  const map = sourceMaps.get(file);
  if (!map) return null;
  const position = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!position.source) return null;
  const source = position.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
  return `${position.name ?? frame.functionName ?? '(anonymous)'}  ${source}:${position.line}`;
}

/** Self time (ms) per function, from V8's samples, named from the source maps where the bundle has one. */
function selfTimeByFunction(profile: CpuProfile, builtDir: string): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const labels = new Map<number, string>();
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    let label = labels.get(id);
    if (label === undefined) {
      const frame = byId.get(id)!.callFrame;
      label = originalLabel(frame, builtDir) ?? `${frame.functionName || '(anonymous)'}  ${frame.url.split('/').at(-1) ?? ''}`;
      labels.set(id, label);
    }
    self.set(label, (self.get(label) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return self;
}

/**
 * The main thread's long tasks (at least `minMs`) in order, each with the functions that took most of it: what
 * opening a meeting spends its time on, step by step.
 */
function longTasks(events: TraceEvent[], pid: number, tid: number, profile: CpuProfile, builtDir: string, minMs: number): string[] {
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && (e.dur ?? 0) >= minMs * 1000)
    .sort((a, b) => a.ts - b.ts)
    .filter((task, i, all) => i === 0 || task.ts >= all[i - 1]!.ts + all[i - 1]!.dur!); // outermost only
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const sampleTimes: number[] = [];
  let at = profile.startTime;
  for (const delta of profile.timeDeltas) sampleTimes.push((at += delta));
  const first = tasks[0]?.ts ?? 0;
  return tasks.map((task) => {
    const inTask = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const time = sampleTimes[i]!;
      if (time < task.ts || time > task.ts + task.dur!) return;
      const frame = byId.get(id)!.callFrame;
      const label = originalLabel(frame, builtDir) ?? (frame.functionName || frame.url.split('/').at(-1) || '(native)');
      inTask.set(label, (inTask.get(label) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    // A task of 100 ms or more (the minutes being built) gets its 25 costliest functions, one a line.
    const long = task.dur! >= 100_000;
    const top = [...inTask.entries()].sort((a, b) => b[1] - a[1]).slice(0, long ? 25 : 4).map(([name, ms]) => `${round(ms)} ${name.replace(/\s+/g, ' ')}`);
    return `${String(round((task.ts - first) / 1000)).padStart(8)} ms +${String(round(task.dur! / 1000)).padStart(7)} ms  ${long ? `\n${top.map((line) => `${' '.repeat(24)}${line}`).join('\n')}` : top.join(' · ')}`;
  });
}

/** Clicks the meeting in the list and waits for its minutes to be editable. */
async function openMeeting(page: Page): Promise<void> {
  await page.locator('nav[aria-label="Meetings"] button', { hasText: 'words' }).first().click();
  await page.locator('.editor-input[contenteditable="true"]').waitFor();
  await page.getByTestId('save-indicator').first().waitFor();
}

/** Runs `work` while Chromium traces and V8 samples; returns the trace's events and the CPU profile. */
async function recorded(page: Page, work: () => Promise<void>): Promise<{ events: TraceEvent[]; profile: CpuProfile }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'v8'] });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  await cdp.detach();
  return { events: trace.traceEvents, profile };
}

/** The renderer's main thread: the one that dispatched events. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const main = events.find((e) => e.name === 'EventDispatch' && e.ph === 'X');
  if (!main) throw new Error('No renderer main thread in the trace');
  return main;
}

async function openTarget(page: Page, url: string): Promise<string> {
  const meeting = generateMeeting(itemsFor(WORDS), WORDS, `profile-${WORDS}`);
  console.log(`Generated ${meeting.words} words in ${meeting.meeting.agenda.length} items, ${meeting.mentions} mentions`);
  await page.goto(url);
  if (TARGET === 'app') {
    await seed(page, meeting);
    await page.reload();
    await page.locator('nav[aria-label="Meetings"] button', { hasText: 'words' }).first().waitFor();
    if (MEASURE !== 'open') await openMeeting(page);
    return '.editor-input';
  }
  await page.waitForFunction(() => 'benchEditors' in window);
  await page.evaluate(
    ({ paragraphs, kind }) => (kind === 'lexical' ? window.benchEditors.loadLexical(paragraphs) : window.benchEditors.loadContentEditable(paragraphs)),
    { paragraphs: meeting.paragraphs, kind: TARGET },
  );
  return '#editor';
}

const print = (title: string, map: Map<string, number>, perKey: number, limit: number) => {
  const total = [...map.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${title} — ${round(total / perKey)} ms per keystroke in all`);
  for (const [name, ms] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`${String(round(ms / perKey)).padStart(8)} ms  ${name}`);
  }
};

const dir = TARGET === 'app' ? `${repoRoot}dist/renderer` : `${repoRoot}dist/bench`;
if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir} is not built: run npm run bench:profile (it builds first).`);
const server = await startRendererServer({ root: dir, port: 0 });
const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' }); // tsx's helper, absent in the page
  await page.addInitScript(instrumentPage);
  if (args.init) await page.addInitScript({ content: args.init });
  const selector = await openTarget(page, server.url);
  if (MEASURE === 'memory') {
    // A meeting is typed in bursts: every pause longer than the undo's merging (1 s) makes another step of undo,
    // and each step holds a whole editor state. The heap should level off once the undo is full.
    await page.evaluate(placeCaret, { selector, where: 'end' as const });
    await sleep(2000);
    console.log(`\napp, ${WORDS} words: JS heap ${round(await heapMB(page))} MB once open`);
    const edits = Number(args.edits);
    for (let edit = 1; edit <= edits; edit += 1) {
      await page.keyboard.type('ab ');
      await sleep(1100);
      if (edit % 25 === 0 || edit === edits) console.log(`after ${edit} edits, each after a pause: ${round(await heapMB(page))} MB`);
    }
  } else if (MEASURE === 'open') {
    // Click the meeting → the frame that shows a first keystroke typed at the end of its minutes.
    let openMs = 0;
    let firstKeyMs = 0;
    let editableMs = 0;
    let editableAt = 0;
    const { events, profile } = await recorded(page, async () => {
      const clickedAt = await page.evaluate(() => {
        (window as unknown as { __bench: BenchState }).__bench.armedFirstKey = true;
        return performance.now();
      });
      await openMeeting(page);
      editableAt = await page.evaluate(() => performance.now());
      await page.evaluate(placeCaret, { selector, where: 'end' as const });
      await page.keyboard.type('x');
      await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.firstKey?.frame);
      const firstKey = await page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.firstKey!);
      openMs = firstKey.frame - clickedAt;
      firstKeyMs = firstKey.frame - firstKey.t0;
      editableMs = editableAt - clickedAt;
    });
    console.log(`\napp, ${WORDS} words: open (click → first keystroke shown) ${round(openMs)} ms; click → minutes editable ${round(editableMs)} ms; the first keystroke itself ${round(firstKeyMs)} ms`);
    const { pid, tid } = mainThread(events);
    print('Main thread while opening, self time by trace event', selfTimeByEvent(events, pid, tid), 1, TOP);
    print('JavaScript while opening, self time by function', selfTimeByFunction(profile, dir), 1, TOP);
    console.log('\nLong tasks while opening (start, length, the functions that took most of each):');
    for (const line of longTasks(events, pid, tid, profile, dir, 8)) console.log(line);
  } else {
    await sleep(3000); // let idle work (spelling, first autosave) settle
    await page.evaluate(placeCaret, { selector, where: WHERE });
    await sleep(500);
    const { events, profile } = await recorded(page, async () => {
      await page.evaluate(() => {
        const bench = (window as unknown as { __bench: BenchState }).__bench;
        bench.keys = [];
        bench.measuring = true;
      });
      await typeSteadily(page, textToType(CHARS), 100);
      await sleep(1500); // the autosave and spelling after the last key
    });
    const keys = await page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.keys);
    const latencies = keys.map((k) => k.frame - k.t0).sort((a, b) => a - b);
    const highlighted = await page.evaluate(() => [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0));
    console.log(`\n${TARGET}, ${WORDS} words, ${keys.length} keystrokes at the ${WHERE}: latency p50 ${round(latencies[Math.floor(latencies.length / 2)]!)} ms, p95 ${round(latencies[Math.ceil(latencies.length * 0.95) - 1]!)} ms; ${highlighted} ranges in CSS highlights (spelling underlines)`);
    const { pid, tid } = mainThread(events);
    print('Main thread, self time by trace event', selfTimeByEvent(events, pid, tid), keys.length, TOP);
    print('JavaScript, self time by function', selfTimeByFunction(profile, dir), keys.length, TOP);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
