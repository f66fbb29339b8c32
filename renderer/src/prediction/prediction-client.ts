import type { PredictionPerson, Suggestion } from '@shared/prediction/predictor';
import { FromPredictionWorkerSchema, type FromPredictionWorker, type PredictionHistory, type ToPredictionWorker } from '@shared/prediction/worker-messages';

/** What the editor asks of prediction: the worker behind it, or a fake in a test. */
export interface Predictions {
  /** Builds the model from the committee's records and this meeting's agenda; resolves with its size and time. */
  learn(history: PredictionHistory, agenda: readonly string[]): Promise<{ words: number; ms: number } | null>;
  setPeople(people: readonly PredictionPerson[]): void;
  /** Paragraphs of the minutes changed (text, mentions as personMark) or went (null). */
  setParagraphs(changes: readonly { key: string; text: string | null }[]): void;
  /** What to offer after `before`; null for nothing. */
  suggest(before: string, fromParagraphStart: boolean): Promise<Suggestion | null>;
  /** Stops asking; the worker stays for the next meeting. */
  dispose(): void;
}

/**
 * The one prediction worker of the window, started when first needed and kept: another meeting opened builds its
 * own model in the same worker. Question ids are unique across clients, so a closed meeting's late answers are
 * told apart.
 */
let sharedWorker: Worker | null = null;
let nextId = 1;
function predictionWorker(): Worker {
  // Vite bundles the worker as its own file on our origin (CSP worker-src 'self'; no blob: script needed).
  sharedWorker ??= new Worker(new URL('./prediction.worker.ts', import.meta.url), { type: 'module', name: 'prediction' });
  return sharedWorker;
}

/** Talks to the prediction worker (prediction.worker.ts). `onFailure` hears, once, that prediction stopped. */
export class PredictionWorkerClient implements Predictions {
  private readonly worker: Worker;
  private readonly onMessage = (event: MessageEvent<unknown>) => this.receive(event.data);
  private readonly onError = (event: ErrorEvent) => this.fail(event.message || 'the prediction worker stopped');
  private readonly waiting = new Map<number, (message: FromPredictionWorker | null) => void>();
  private failed = false;

  constructor(private readonly onFailure: (message: string) => void) {
    this.worker = predictionWorker();
    this.worker.addEventListener('message', this.onMessage);
    this.worker.addEventListener('error', this.onError);
    // Whatever the last meeting taught it about its own minutes is not this one's.
    this.send({ kind: 'forget' });
  }

  async learn(history: PredictionHistory, agenda: readonly string[]): Promise<{ words: number; ms: number } | null> {
    const answer = await this.ask((generation) => ({ kind: 'learn', generation, history, agenda: [...agenda] }));
    return answer?.kind === 'learnt' ? { words: answer.words, ms: answer.ms } : null;
  }

  setPeople(people: readonly PredictionPerson[]): void {
    this.send({ kind: 'people', people: [...people] });
  }

  setParagraphs(changes: readonly { key: string; text: string | null }[]): void {
    if (changes.length > 0) this.send({ kind: 'paragraphs', changes: [...changes] });
  }

  async suggest(before: string, fromParagraphStart: boolean): Promise<Suggestion | null> {
    const answer = await this.ask((id) => ({ kind: 'suggest', id, before, fromParagraphStart }));
    return answer?.kind === 'suggestion' ? answer.suggestion : null;
  }

  dispose(): void {
    this.worker.removeEventListener('message', this.onMessage);
    this.worker.removeEventListener('error', this.onError);
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }

  private ask(message: (id: number) => ToPredictionWorker): Promise<FromPredictionWorker | null> {
    if (this.failed) return Promise.resolve(null);
    const id = nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.send(message(id));
    });
  }

  private send(message: ToPredictionWorker): void {
    if (!this.failed) this.worker.postMessage(message);
  }

  private receive(data: unknown): void {
    const parsed = FromPredictionWorkerSchema.safeParse(data);
    if (!parsed.success) return this.fail('the prediction worker sent a message the editor does not understand');
    const message = parsed.data;
    if (message.kind === 'failed') return this.fail(message.message);
    const id = message.kind === 'learnt' ? message.generation : message.id;
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    resolve?.(message);
  }

  private fail(message: string): void {
    if (this.failed) return;
    this.failed = true;
    this.onFailure(`Suggestions are off for now: ${message}`);
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }
}
