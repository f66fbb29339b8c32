import type { EmergencyBackupResult } from '@shared/ipc/contract';
import { describeError } from '../../ui/plain-errors';
import type { SaveFollower } from './backup-courier';

/**
 * While saves keep failing, a newer emergency copy at most this often, and only when something changed since
 * the last one: the first failure is copied at once; typing on through a full disk is copied twice a minute.
 */
export const EMERGENCY_REFRESH_MS = 30_000;

/** What the banner says about the emergency copy. */
export type EmergencyCopyState =
  | { kind: 'none' }
  | { kind: 'writing' }
  | { kind: 'done'; result: EmergencyBackupResult; at: number };

export interface EmergencyCopiesOptions {
  /** The meeting file as it is on screen, saved or not; null when there is nothing to copy yet. */
  compose: () => string | null;
  /** Counts changes on screen (BackupCourier.changeCount): a copy is written again only after a change. */
  changeCount: () => number;
  /** Writes the copy outside IndexedDB at once and says where it went. */
  write: (meetingFile: string) => Promise<EmergencyBackupResult>;
  /** Asks the officer for a folder for the copy (the disk is full); null where the host cannot ask. */
  chooseFolder: (() => Promise<EmergencyBackupResult>) | null;
  now?: () => number;
  refreshMs?: number;
}

/**
 * The emergency copy of a meeting whose saves fail: the moment a save fails, everything on screen goes outside
 * IndexedDB (the desktop app writes it to disk at once, not at the next periodic backup), and again while the
 * failures go on and the officer types. It says where each copy went, for the banner: never silently nowhere.
 */
export class EmergencyCopies {
  private state: EmergencyCopyState = { kind: 'none' };
  private readonly listeners = new Set<() => void>();
  private inTrouble = false;
  private lastCopiedAt: number | null = null;
  private changesAtLastCopy = -1;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  private readonly now: () => number;

  constructor(private readonly options: EmergencyCopiesOptions) {
    this.now = options.now ?? Date.now;
  }

  get current(): EmergencyCopyState {
    return this.state;
  }

  /** Whether the officer can be asked for a folder (the desktop app). */
  get canChooseFolder(): boolean {
    return this.options.chooseFolder !== null;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Copies at the first failure of each run of failures, and again while they go on. Returns the function that stops following. */
  follow(saver: SaveFollower): () => void {
    const stop = saver.subscribe(() => {
      const kind = saver.current.kind;
      if (kind === 'failed') this.failed();
      else if (kind === 'saved') this.recovered();
    });
    return () => {
      stop();
      this.clearTimer();
    };
  }

  /** Asks the officer for a folder and writes the copy there; the banner shows where it went. */
  async chooseFolder(): Promise<void> {
    const choose = this.options.chooseFolder;
    if (!choose) return;
    this.setState({ kind: 'writing' });
    let result: EmergencyBackupResult;
    try {
      result = await choose();
    } catch (error) {
      result = { status: 'failed', message: describeError(error) };
    }
    this.setState({ kind: 'done', result, at: this.now() });
  }

  private failed(): void {
    if (this.writing) return;
    const first = !this.inTrouble;
    this.inTrouble = true;
    const due = this.lastCopiedAt === null ? 0 : this.lastCopiedAt + (this.options.refreshMs ?? EMERGENCY_REFRESH_MS) - this.now();
    if (first || due <= 0) void this.copy();
    else if (this.timer === null) this.timer = setTimeout(() => {
      this.timer = null;
      if (this.inTrouble) void this.copy();
    }, due);
  }

  private recovered(): void {
    this.inTrouble = false;
    this.clearTimer();
  }

  private copy(): Promise<void> {
    const changes = this.options.changeCount();
    if (this.lastCopiedAt !== null && changes === this.changesAtLastCopy) return Promise.resolve();
    const meetingFile = this.options.compose();
    if (meetingFile === null) return Promise.resolve();
    this.changesAtLastCopy = changes;
    this.lastCopiedAt = this.now();
    this.setState({ kind: 'writing' });
    this.writing = this.options
      .write(meetingFile)
      .catch((error: unknown): EmergencyBackupResult => ({ status: 'failed', message: describeError(error) }))
      .then((result) => {
        if (result.status !== 'written') console.error('The emergency copy of the minutes was not written:', result);
        this.setState({ kind: 'done', result, at: this.now() });
      })
      .finally(() => {
        this.writing = null;
      });
    return this.writing;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private setState(state: EmergencyCopyState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
