import type { IndexableMeeting } from '@shared/search/minute-documents';
import type { SearchFilters, SearchResults } from '@shared/search/search-results';
import { FromSearchWorkerSchema, type FromSearchWorker, type ToSearchWorker } from '@shared/search/worker-messages';

/** What the minute book's search asks of its index: the worker behind it, or the index itself in a test. */
export interface SearchEngine {
  /** Starts from a saved index (null: none); resolves with what it holds (meeting id → fingerprint). */
  load(saved: string | null): Promise<Map<string, string>>;
  /** Puts meetings in (replacing what was indexed of them) and takes others out. */
  update(put: readonly IndexableMeeting[], remove: readonly string[]): Promise<void>;
  search(text: string, filters: SearchFilters): Promise<{ results: SearchResults; ms: number }>;
  /** The index as one text, to keep in the database. */
  save(): Promise<string>;
}

/** The search worker, started on first use and kept for the life of the window. */
export class SearchWorkerClient implements SearchEngine {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (message: FromSearchWorker) => void; reject: (error: Error) => void }>();

  async load(saved: string | null): Promise<Map<string, string>> {
    const answer = await this.ask('loaded', (id) => ({ kind: 'load', id, saved }));
    return new Map(answer.fingerprints);
  }

  async update(put: readonly IndexableMeeting[], remove: readonly string[]): Promise<void> {
    await this.ask('updated', (id) => ({ kind: 'update', id, put: [...put], remove: [...remove] }));
  }

  async search(text: string, filters: SearchFilters): Promise<{ results: SearchResults; ms: number }> {
    const { results, ms } = await this.ask('results', (id) => ({ kind: 'search', id, text, filters }));
    return { results, ms };
  }

  async save(): Promise<string> {
    return (await this.ask('saved', (id) => ({ kind: 'save', id }))).text;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // Vite bundles the worker as its own file on our origin (CSP worker-src 'self'; no blob: script needed).
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => this.receive(event.data));
    worker.addEventListener('error', (event) => this.failAll(event.message || 'the search worker stopped'));
    this.worker = worker;
    return worker;
  }

  private ask<K extends FromSearchWorker['kind']>(kind: K, message: (id: number) => ToSearchWorker): Promise<Extract<FromSearchWorker, { kind: K }>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {
        resolve: (answer) => (answer.kind === kind ? resolve(answer as Extract<FromSearchWorker, { kind: K }>) : reject(new Error(`Search answered ${answer.kind}, not ${kind}`))),
        reject,
      });
      this.start().postMessage(message(id));
    });
  }

  private receive(data: unknown): void {
    const parsed = FromSearchWorkerSchema.safeParse(data);
    if (!parsed.success) return this.failAll('the search worker sent a message the window does not understand');
    const message = parsed.data;
    if (message.kind === 'failed' && message.id === null) return this.failAll(message.message);
    const waiter = this.waiting.get(message.id!);
    this.waiting.delete(message.id!);
    if (message.kind === 'failed') waiter?.reject(new Error(message.message));
    else waiter?.resolve(message);
  }

  private failAll(message: string): void {
    for (const waiter of this.waiting.values()) waiter.reject(new Error(message));
    this.waiting.clear();
  }
}
