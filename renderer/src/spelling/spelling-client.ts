import type { MeetingExportInput } from '@shared/export/export-options';
import { FromSpellingWorkerSchema, type FromSpellingWorker, type ToSpellingWorker } from '@shared/spelling/worker-messages';
import type { StyleCheckResult } from '@shared/style-check/check-minutes';

/** What the editor asks of the spelling checker; the worker behind it, or a fake in a test. */
export interface SpellingChecker {
  /** Replaces the words never flagged in this meeting. */
  allow(words: readonly string[]): void;
  /** The words among these that are misspelt. */
  misspelt(words: readonly string[]): Promise<string[]>;
  /** Corrections for one word, most likely first. */
  suggest(word: string): Promise<string[]>;
  /** Stops asking (the worker behind it may serve the next meeting). */
  dispose(): void;
}

/**
 * The one spelling worker of the window, started on first use and kept: the dictionary takes a moment of CPU to
 * build, so opening another meeting must not build it again. Question ids are unique across clients.
 */
let sharedWorker: Worker | null = null;
let nextId = 1;
function spellingWorker(): Worker {
  // Vite bundles the worker as its own file on our origin (CSP worker-src 'self'; no blob: script needed).
  sharedWorker ??= new Worker(new URL('./spelling.worker.ts', import.meta.url), { type: 'module', name: 'spelling' });
  return sharedWorker;
}

/**
 * Talks to the spelling worker (spelling.worker.ts). Created only when the editor is up, so opening a meeting
 * never waits for the dictionary. `onFailure` hears, once, that the dictionary could not be loaded.
 */
export class SpellingWorkerClient implements SpellingChecker {
  private readonly worker: Worker;
  private readonly onMessage = (event: MessageEvent<unknown>) => this.receive(event.data);
  private readonly onError = (event: ErrorEvent) => this.fail(event.message || 'the spelling worker stopped');
  private readonly waiting = new Map<number, (message: FromSpellingWorker) => void>();

  constructor(private readonly onFailure: (message: string) => void) {
    this.worker = spellingWorker();
    this.worker.addEventListener('message', this.onMessage);
    this.worker.addEventListener('error', this.onError);
  }

  allow(words: readonly string[]): void {
    this.send({ kind: 'allow', words: [...words] });
  }

  async misspelt(words: readonly string[]): Promise<string[]> {
    const answer = await this.ask((id) => ({ kind: 'check', id, words: [...words] }));
    return answer.kind === 'checked' ? answer.misspelt : [];
  }

  async suggest(word: string): Promise<string[]> {
    const answer = await this.ask((id) => ({ kind: 'suggest', id, word }));
    return answer.kind === 'suggested' ? answer.suggestions : [];
  }

  /** The house-style check of a meeting's minutes, run in the worker (it needs the dictionary); throws when it could not run. */
  async checkStyle(input: MeetingExportInput, dismissed: readonly string[]): Promise<StyleCheckResult> {
    const { body, roster, meeting, editorState } = input;
    const answer = await this.ask((id) => ({ kind: 'style-check', id, input: { body, roster: [...roster], meeting, editorState }, dismissed: [...dismissed] }));
    if (answer.kind === 'failed') throw new Error(`The minutes could not be checked: ${answer.message}`);
    if (answer.kind !== 'style-checked') throw new Error('The minutes could not be checked: the check gave no answer.');
    if (!answer.outcome.ok) throw new Error(`The minutes could not be checked: ${answer.outcome.message}`);
    const { findings, dismissed: stillDismissed, wordCount, offers } = answer.outcome;
    return { findings, dismissed: stillDismissed, wordCount, offers };
  }

  /** Stops listening; the worker stays for the next meeting opened. */
  dispose(): void {
    this.worker.removeEventListener('message', this.onMessage);
    this.worker.removeEventListener('error', this.onError);
    this.waiting.clear();
  }

  private ask(message: (id: number) => ToSpellingWorker): Promise<FromSpellingWorker> {
    const id = nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.send(message(id));
    });
  }

  private send(message: ToSpellingWorker): void {
    this.worker.postMessage(message);
  }

  private receive(data: unknown): void {
    const parsed = FromSpellingWorkerSchema.safeParse(data);
    if (!parsed.success) return this.fail('the spelling worker sent a message the editor does not understand');
    const message = parsed.data;
    if (message.kind === 'failed') return this.fail(message.message);
    // Answers to another client's questions (a meeting closed a moment ago) are not ours.
    const resolve = this.waiting.get(message.id);
    this.waiting.delete(message.id);
    resolve?.(message);
  }

  private fail(message: string): void {
    this.onFailure(`Spelling is off for now: ${message}`);
    // Nothing more will come: settle every question with "no answer" rather than leave it hanging.
    for (const resolve of this.waiting.values()) resolve({ kind: 'failed', message });
    this.waiting.clear();
  }
}

/**
 * Checks a meeting's minutes against its body's house style in the spelling worker, which has the dictionary the
 * check needs (so it is never built twice). For the panel and for circulating; throws when the check could not run.
 */
export async function checkMinutesStyle(input: MeetingExportInput, dismissed: readonly string[]): Promise<StyleCheckResult> {
  let failure: string | null = null;
  const client = new SpellingWorkerClient((message) => (failure = message));
  try {
    const result = await client.checkStyle(input, dismissed);
    if (failure !== null) throw new Error(failure);
    return result;
  } finally {
    client.dispose();
  }
}
