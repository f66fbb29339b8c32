import type { SearchFilters, SearchResults } from '@shared/search/search-results';
import type { SearchIndexRepository } from '../../db/search-index-repository';
import type { SearchEngine } from '../../search/search-client';
import { whenIdle } from '../../ui/when-idle';

/** Where the index stands, as the search screen says it. */
export type IndexState =
  | { kind: 'loading' }
  | { kind: 'indexing'; done: number; total: number }
  /** Up to date; `round` counts the catch-ups that changed anything, so a search can be asked again after one. */
  | { kind: 'ready'; meetings: number; round: number }
  | { kind: 'failed'; message: string };

/** How the indexer waits: for idle time (whenIdle), or at once in a test. */
export type Scheduler = (work: () => void, timeoutMs: number) => void;

/** How many meetings go to the worker at once while catching up: a batch is read and indexed between keystrokes. */
const BATCH = 8;
/**
 * How long after a change the index is saved: saving a big index is work, so changes in the meantime (a draft
 * saved every few seconds while the officer types) are saved together, at most once in this time.
 */
const SAVE_AFTER_MS = 10_000;
/**
 * How long the meetings must stay unchanged before a catch-up starts. While the officer types, the draft is saved
 * every few hundred milliseconds; reading the open meeting back and indexing it again each time took the cores
 * typing needs (at 100,000 words a keystroke's p95 went from about 11 ms to 50). So a catch-up waits for a pause.
 */
const QUIET_MS = 5_000;
/** The longest a change waits for that pause: in a long stretch of typing, results are at most this far behind. */
const LONGEST_WAIT_MS = 60_000;

/**
 * Keeps the minute book's search index up to date and answers searches. On start it loads the saved index and
 * catches up with every meeting changed, added or deleted since it was saved; from then on it is told when the
 * meetings or their minutes change (by `changed`, from the database's live fingerprints) and catches up in idle
 * time, a few meetings at a time, so typing never waits on it. The index itself lives in the search worker.
 */
export class SearchIndexer {
  private indexed = new Map<string, string>();
  private state: IndexState = { kind: 'loading' };
  private readonly listeners = new Set<() => void>();
  private loaded: Promise<void> | null = null;
  /** The catch-ups, one after another; `queued` while one is waiting to start, so more changes join it. */
  private work: Promise<void> = Promise.resolve();
  private queued = false;
  private unsaved = false;
  private round = 0;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** Waiting for a pause in the changes, and since when changes have been waiting. */
  private quietTimer: ReturnType<typeof setTimeout> | null = null;
  private waitingSince: number | null = null;

  constructor(
    private readonly repository: SearchIndexRepository,
    private readonly engine: SearchEngine,
    private readonly schedule: Scheduler = (work, timeoutMs) => void whenIdle(work, timeoutMs),
    private readonly saveAfterMs = SAVE_AFTER_MS,
    /** QUIET_MS; 0 in tests: the catch-up is scheduled at once. */
    private readonly quietMs = QUIET_MS,
  ) {}

  /** Loads the saved index and catches up; resolves when it is up to date. */
  start(): Promise<void> {
    if (!this.loaded) {
      this.loaded = this.repository
        .loadSaved()
        .then((saved) => this.engine.load(saved))
        .then((indexed) => {
          this.indexed = indexed;
        });
      void this.queueCatchUp(true);
    }
    return this.settled();
  }

  /** The meetings or their minutes changed: catch up once they stop changing for a moment, when the page is idle. */
  changed(): void {
    const catchUp = () => this.schedule(() => void this.queueCatchUp(false), 2000);
    if (this.quietMs === 0) return catchUp();
    const now = Date.now();
    this.waitingSince ??= now;
    if (this.quietTimer !== null) clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(
      () => {
        this.quietTimer = null;
        this.waitingSince = null;
        catchUp();
      },
      Math.max(0, Math.min(this.quietMs, this.waitingSince + LONGEST_WAIT_MS - now)),
    );
  }

  /** Resolves once every catch-up asked for so far is done. */
  settled(): Promise<void> {
    return this.work;
  }

  /**
   * Searches what is indexed now: once the saved index is loaded it answers at once, between the batches of a
   * catch-up (the worker takes messages in turn), and the screen asks again when the catch-up is done.
   */
  async search(text: string, filters: SearchFilters): Promise<{ results: SearchResults; ms: number }> {
    void this.start();
    // Someone is searching: changes waiting for a pause are caught up now (the screen asks again once they are).
    if (this.stopWaiting()) void this.queueCatchUp(false);
    await this.loaded;
    return this.engine.search(text, filters);
  }

  get current(): IndexState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Saves the index now if anything is waiting to be saved (tests, and the app before it closes). */
  async flush(): Promise<void> {
    // Changes still waiting for a pause are indexed first, so what is saved has them.
    if (this.stopWaiting()) await this.queueCatchUp(false);
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.save();
  }

  /** Stops waiting for a pause in the changes; true when changes were waiting. */
  private stopWaiting(): boolean {
    if (this.quietTimer === null) return false;
    clearTimeout(this.quietTimer);
    this.quietTimer = null;
    this.waitingSince = null;
    return true;
  }

  private queueCatchUp(first: boolean): Promise<void> {
    if (this.queued) return this.work;
    this.queued = true;
    this.work = this.work
      .then(() => {
        this.queued = false;
        return this.catchUp(first);
      })
      .catch((error: unknown) => this.fail(error));
    return this.work;
  }

  /** Indexes every meeting whose fingerprint differs from what was indexed, and drops the deleted ones. */
  private async catchUp(first: boolean): Promise<void> {
    await this.loaded;
    const current = await this.repository.fingerprints();
    const stale = [...current].filter(([id, fingerprint]) => this.indexed.get(id) !== fingerprint).map(([id]) => id);
    const removed = [...this.indexed.keys()].filter((id) => !current.has(id));
    if (stale.length > 0 || removed.length > 0) {
      await this.engine.update([], removed);
      for (const id of removed) this.indexed.delete(id);
      for (let done = 0; done < stale.length; done += BATCH) {
        if (stale.length > BATCH) this.setState({ kind: 'indexing', done, total: stale.length });
        const meetings = await this.repository.indexable(stale.slice(done, done + BATCH));
        await this.engine.update(meetings, []);
        for (const meeting of meetings) this.indexed.set(meeting.meetingId, meeting.fingerprint);
      }
      this.unsaved = true;
      this.round++;
      this.saveSoon(first);
    }
    this.setState({ kind: 'ready', meetings: this.indexed.size, round: this.round });
  }

  /** Saves within `saveAfterMs` of a change (at start, once caught up, at once), in idle time; a restart finds the rest stale. */
  private saveSoon(now: boolean): void {
    if (this.saveTimer !== null && !now) return;
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(
      () => {
        this.saveTimer = null;
        this.schedule(() => void this.save().catch((error: unknown) => this.fail(error)), 5000);
      },
      now ? 0 : this.saveAfterMs,
    );
  }

  private async save(): Promise<void> {
    if (!this.unsaved) return;
    this.unsaved = false;
    try {
      await this.repository.save(await this.engine.save());
    } catch (error) {
      this.unsaved = true;
      throw error;
    }
  }

  private fail(error: unknown): void {
    this.setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }

  private setState(state: IndexState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
