/**
 * What the app benchmark (app.bench.ts) and the typing profiler (profile-typing.ts) share: the script added to the
 * page (keystroke and draft-write records), placing the caret the way a click would, typing at a steady rate,
 * seeding the app's database with a generated meeting, and reading the JS heap. Benchmark only: nothing of it is
 * in the app.
 */
import type { Page } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import type { GeneratedMeeting } from './generate-meeting';

/** Agenda items per size: a long meeting has more items, not only longer ones. */
export const ITEMS_FOR: Record<number, number> = { 1000: 5, 10000: 25, 100000: 150 };
export const itemsFor = (words: number) => ITEMS_FOR[words] ?? Math.max(3, Math.round(words / 700));

export const TYPED = 'The Committee noted the report and asked officers to bring a further update on progress to the next meeting, including the figures for the quarter and the views of partners. ';
export const textToType = (n: number) => TYPED.repeat(Math.ceil(n / TYPED.length)).slice(0, n);

// In the page (added as an init script).

export interface KeyRecord {
  t0: number;
  handled: number;
  frame: number;
}
export interface PutRecord {
  at: number;
  committed: number;
  chars: number;
}
/** Prediction answering for the text as it stands (data-prediction turning "ready"), and the frame that shows it. */
export interface AnswerRecord {
  at: number;
  frame: number;
  /** Whether a suggestion was shown with the answer (data-completion present). */
  shown: boolean;
}
export interface BenchState {
  measuring: boolean;
  keys: KeyRecord[];
  puts: PutRecord[];
  answers: AnswerRecord[];
  firstKey: KeyRecord | null;
  armedFirstKey: boolean;
}

export function instrumentPage(): void {
  const w = window as unknown as { __bench: BenchState };
  w.__bench = { measuring: false, keys: [], puts: [], answers: [], firstKey: null, armedFirstKey: false };
  addEventListener(
    'keydown',
    (event) => {
      const bench = w.__bench;
      if (!bench.measuring && !bench.armedFirstKey) return;
      const record: KeyRecord = { t0: event.timeStamp, handled: performance.now(), frame: 0 };
      if (bench.armedFirstKey) {
        bench.armedFirstKey = false;
        bench.firstKey = record;
      } else bench.keys.push(record);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          record.frame = performance.now();
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  // Each answer of prediction (the suggestion overlay's data-prediction turning "ready"), and the frame after it.
  new MutationObserver((mutations) => {
    if (!w.__bench.measuring) return;
    for (const mutation of mutations) {
      const element = mutation.target as HTMLElement;
      if (element.dataset.prediction !== 'ready' || mutation.oldValue === 'ready') continue;
      const record: AnswerRecord = { at: performance.now(), frame: 0, shown: element.hasAttribute('data-completion') };
      w.__bench.answers.push(record);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          record.frame = performance.now();
        };
        channel.port2.postMessage(null);
      });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-prediction'], attributeOldValue: true });
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...rest: Parameters<IDBObjectStore['put']>) {
    if (this.name === 'drafts') {
      const value = rest[0] as { editorState?: unknown };
      const record: PutRecord = { at: performance.now(), committed: 0, chars: typeof value?.editorState === 'string' ? value.editorState.length : 0 };
      w.__bench.puts.push(record);
      performance.mark('bench:draft-put');
      this.transaction.addEventListener('complete', () => {
        record.committed = performance.now();
        performance.mark('bench:draft-committed');
      });
    }
    return put.apply(this, rest);
  };
}

/** Puts the caret at the end of the last paragraph, or of one in the middle, the way a click there would. */
export function placeCaret({ selector, where }: { selector: string; where: 'end' | 'middle' }): string {
  const root = document.querySelector<HTMLElement>(selector);
  if (!root) throw new Error(`No ${selector}`);
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.parentElement?.closest('[contenteditable="false"]')) continue; // headings and mentions
    if (text.data.trim().length < 20) continue;
    texts.push(text);
  }
  const target = where === 'end' ? texts.at(-1) : texts[Math.floor(texts.length / 2)];
  if (!target) throw new Error('No text to type into');
  root.focus();
  target.parentElement?.scrollIntoView({ block: 'center' });
  getSelection()?.collapse(target, target.length);
  return target.data.slice(-40);
}


// In Node.

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types `text` one key at a time, one every `intervalMs` (from the start, so a slow key does not slow the rest). */
export async function typeSteadily(page: Page, text: string, intervalMs: number): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < text.length; i += 1) {
    const wait = start + i * intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
    await page.keyboard.type(text[i]!);
  }
}

/** The JS heap in MB after a forced garbage collection. */
export async function heapMB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize / 2 ** 20;
}

export async function seed(page: Page, meeting: GeneratedMeeting): Promise<void> {
  // The app creates its database (Dexie, version 3 = IndexedDB version 30) on start; fill it as the app would.
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'minute-book' && (d.version ?? 0) >= 30));
  await page.evaluate(
    async ({ body, roster, meetingRow, editorState }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('minute-book');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['bodies', 'people', 'meetings', 'drafts'], 'readwrite');
      tx.objectStore('bodies').put(body);
      roster.forEach((person, order) => tx.objectStore('people').put({ ...person, order }));
      tx.objectStore('meetings').put(meetingRow);
      tx.objectStore('drafts').put({ meetingId: meetingRow.id, editorState, savedAt: meetingRow.updatedAt });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      localStorage.setItem('minute-book.last-meeting', 'home'); // open on the home screen, not in the meeting
    },
    { body: meeting.body, roster: meeting.roster, meetingRow: meeting.meeting, editorState: JSON.stringify(meeting.editorState) },
  );
}
