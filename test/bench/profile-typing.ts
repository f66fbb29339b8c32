/**
 * npm run bench:profile — where a keystroke's time goes, for whoever next has to make typing faster. The benchmark
 * (app.bench.ts) says how long a keystroke takes; this says what it is spent on.
 *
 * Opens a generated meeting in the built app (or the same paragraphs in the bare Lexical editor or a plain
 * contenteditable, on the benchmark's page), types at about 10 a second at the end of the minutes while Chromium
 * traces and profiles, then prints per keystroke:
 * - main-thread time by trace event, self time (script, style recalculation, layout, pre-paint, paint, …);
 * - the JavaScript functions with the most self time (V8's sampling profiler).
 * It prints figures and asserts nothing; figures from a busy machine mean little.
 *
 *   tsx test/bench/profile-typing.ts [--words 100000] [--chars 60] [--target app|lexical|contenteditable]
 *                                    [--where end|middle] [--top 25] [--init 'script run in the page first']
 * (expects dist/renderer and dist/bench built: `npm run bench:profile` builds both first.)
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startRendererServer } from '../../scripts/serve-renderer';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { instrumentPage, itemsFor, placeCaret, seed, sleep, textToType, typeSteadily, type BenchState } from './bench-page';
import { generateMeeting } from './generate-meeting';

const { values: args } = parseArgs({
  options: {
    words: { type: 'string', default: '100000' },
    chars: { type: 'string', default: '60' },
    target: { type: 'string', default: 'app' },
    where: { type: 'string', default: 'end' },
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
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) per function, from V8's samples. */
function selfTimeByFunction(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').at(-1) ?? '';
    const label = `${frame.functionName || '(anonymous)'}  ${file}${file ? `:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : ''}`;
    self.set(label, (self.get(label) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return self;
}

async function openTarget(page: Page, url: string): Promise<string> {
  const meeting = generateMeeting(itemsFor(WORDS), WORDS, `profile-${WORDS}`);
  console.log(`Generated ${meeting.words} words in ${meeting.meeting.agenda.length} items, ${meeting.mentions} mentions`);
  await page.goto(url);
  if (TARGET === 'app') {
    await seed(page, meeting);
    await page.reload();
    await page.locator('nav[aria-label="Meetings"] button', { hasText: 'words' }).first().click();
    await page.locator('.editor-input[contenteditable="true"]').waitFor();
    await page.getByTestId('save-indicator').first().waitFor();
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
  await sleep(3000); // let idle work (spelling, first autosave) settle
  await page.evaluate(placeCaret, { selector, where: WHERE });
  await sleep(500);

  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'v8'] });
  await cdp.send('Profiler.start');
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: BenchState }).__bench;
    bench.keys = [];
    bench.measuring = true;
  });
  await typeSteadily(page, textToType(CHARS), 100);
  await sleep(1500); // the autosave and spelling after the last key
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const keys = await page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.keys);
  const latencies = keys.map((k) => k.frame - k.t0).sort((a, b) => a - b);
  const highlighted = await page.evaluate(() => [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0));
  console.log(`\n${TARGET}, ${WORDS} words, ${keys.length} keystrokes at the ${WHERE}: latency p50 ${round(latencies[Math.floor(latencies.length / 2)]!)} ms, p95 ${round(latencies[Math.ceil(latencies.length * 0.95) - 1]!)} ms; ${highlighted} ranges in CSS highlights (spelling underlines)`);

  // The renderer's main thread: the one that dispatched the keydowns.
  const keydown = trace.traceEvents.find((e) => e.name === 'EventDispatch' && e.ph === 'X');
  const main = keydown ?? trace.traceEvents.find((e) => e.name === 'CrRendererMain' || e.name === 'thread_name');
  if (!main) throw new Error('No renderer main thread in the trace');
  print('Main thread, self time by trace event', selfTimeByEvent(trace.traceEvents, main.pid, main.tid), keys.length, TOP);
  print('JavaScript, self time by function', selfTimeByFunction(profile), keys.length, TOP);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
