import type { MeetingFile } from '@shared/meeting-file';
import { openMinuteBookDatabase, type MinuteBookDatabase } from './database';
import { observedIndexedDB } from './observed-indexeddb';
import { classifyStorageFailure, type StorageFailureKind } from './storage-failure';

/**
 * What the shell does around an open of the database. The desktop app copies the database's files aside
 * before an open that follows trouble (Chromium deletes a damaged database the moment it opens it), and
 * deletes that copy again once the open finds everything there. A plain browser cannot reach the files.
 */
export interface DatabaseFilesGuard {
  /** Before an open. Rejects when the files could not be set aside yet (no room): the open waits. */
  beforeOpen(reason: 'start' | 'reopen'): Promise<void>;
  /** After an open: whether the data was all there. Resolves with where the old files were kept, when they were. */
  afterOpen(intact: boolean): Promise<string | null>;
}

/** How the database opened when the app started. */
export type StartReport =
  | {
      kind: 'opened';
      /** The database did not exist: a first start, or the browser threw it away (see `dataLoss`). */
      createdNow: boolean;
      /** The browser's own words when it deleted a damaged database ("… checksum mismatch"), else null. */
      dataLoss: string | null;
      /** Where the desktop app kept the old database's files, when it set them aside. */
      setAsideAt: string | null;
    }
  | { kind: 'failed'; error: unknown };

/** The browser threw the database away while the app was running (Chromium does, when a full disk damaged it). */
export interface DatabaseLoss {
  at: number;
  /** The browser's words, when it gave any. */
  dataLoss: string | null;
  /** Where the desktop app kept the old files, when it could. */
  setAsideAt: string | null;
  /** The titles of the meetings open on screen, written back from memory. */
  keptFromScreen: string[];
}

export interface StorageKeeperOptions {
  name: string;
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
  /** Writes a meeting kept in memory into the new, empty database, replacing (the meeting-file importer). */
  restore: (file: MeetingFile) => Promise<unknown>;
  guard?: DatabaseFilesGuard | null;
  now?: () => number;
  /** Waits between attempts to reopen after the browser closed the database (the last one repeats). */
  reopenDelaysMs?: readonly number[];
}

/** 1 s, 2 s, 4 s, then every 5 s: saving resumes within 5 s of the officer freeing space. */
export const REOPEN_DELAYS_MS = [1000, 2000, 4000, 5000] as const;
/** How long a failure that does not name its cause waits for the transaction's abort, which may. */
const ABORT_WAIT_MS = 500;
/** How long after a transaction aborted for a full disk a bare abort or a closed database is taken to mean the same. */
const DISK_FULL_MEMORY_MS = 2 * 60_000;

/**
 * Owns the opening of the app's database, and its reopening after trouble. Chromium closes the database after a
 * write fails (a full disk) and Dexie, left alone, then fails every later call until the page is reloaded; the
 * keeper reopens it, with back-off, by itself and whenever a save asks (`recover`). When an open finds the
 * database gone (Chromium deletes a damaged one as it opens it), the meetings open on screen are written back
 * from memory inside the same upgrade that creates the empty database, before any screen can see it empty,
 * and the loss is reported so the app can offer the rest from the backups.
 */
export class StorageKeeper {
  readonly db: MinuteBookDatabase;
  private readonly now: () => number;
  private readonly delays: readonly number[];
  private readonly onScreen = new Set<() => MeetingFile | null>();
  private readonly listeners = new Set<() => void>();
  private readonly abortListeners = new Set<() => void>();
  private lastUpgrade: { oldVersion: number; dataLossMessage: string | null } | null = null;
  private diskFullAt: number | null = null;
  private openedOnce = false;
  private closingOnPurpose = false;
  private recovering: Promise<void> | null = null;
  private reopenTimer: ReturnType<typeof setTimeout> | null = null;
  private reopenAttempts = 0;
  private keptFromScreen: string[] = [];
  private currentLoss: DatabaseLoss | null = null;

  constructor(private readonly options: StorageKeeperOptions) {
    this.now = options.now ?? Date.now;
    this.delays = options.reopenDelaysMs ?? REOPEN_DELAYS_MS;
    const indexedDB = observedIndexedDB(options.indexedDB, {
      upgrading: ({ oldVersion, dataLossMessage }) => {
        this.lastUpgrade = { oldVersion, dataLossMessage };
      },
      aborted: (reason) => {
        // QuotaExceededError, or (seen too) UnknownError "… IO error: …/000003.log: FILE_ERROR_NO_SPACE".
        if (reason && classifyStorageFailure(reason) === 'disk-full') this.diskFullAt = this.now();
        for (const heard of this.abortListeners) heard();
      },
    });
    this.db = openMinuteBookDatabase(options.name, { indexedDB, IDBKeyRange: options.IDBKeyRange, autoOpen: false });
    // Runs inside the upgrade that creates the database: only a reopen that found it gone has anything to write back.
    this.db.on('populate', () => (this.openedOnce ? this.writeBackFromScreen() : undefined));
    this.db.on('close', () => {
      if (!this.closingOnPurpose && this.openedOnce) this.scheduleReopen();
    });
  }

  /** Opens the database as the app starts. Never rejects: a failure is reported, for the start screen to explain. */
  async open(): Promise<StartReport> {
    await this.options.guard?.beforeOpen('start').catch((error: unknown) => console.warn('The database files could not be set aside before opening:', error));
    this.lastUpgrade = null;
    try {
      await this.db.open();
      // Read something from every table the screens start with: a database that opens but cannot be read is damaged.
      await Promise.all([this.db.meetings.count(), this.db.bodies.count()]);
    } catch (error) {
      return { kind: 'failed', error };
    }
    this.openedOnce = true;
    const createdNow = this.foundNothing();
    const setAsideAt = await this.afterOpen(!createdNow);
    return { kind: 'opened', createdNow, dataLoss: createdNow ? this.dataLossMessage() : null, setAsideAt };
  }

  /**
   * Reopens the database if the browser closed it or an open failed; a no-op while it is open. Rejects with the
   * reason when it cannot be opened yet (the disk is still full). Every caller shares one attempt.
   */
  recover(): Promise<void> {
    if (this.db.isOpen() && !this.db.hasFailed()) return Promise.resolve();
    this.recovering ??= this.reopen().finally(() => {
      this.recovering = null;
    });
    return this.recovering;
  }

  /**
   * Keeps a meeting open on screen safe from the browser throwing the database away: if a reopen finds the
   * database gone, `current()` (the meeting as it is on screen, or null) is written back before anything else.
   * Returns the function that stops it.
   */
  keepOnScreen(current: () => MeetingFile | null): () => void {
    this.onScreen.add(current);
    return () => this.onScreen.delete(current);
  }

  /**
   * The kind of a storage failure, knowing what the raw error hides: an abort or a closed database just after a
   * full-disk abort is the full disk. IndexedDB rejects the request the app awaited before it fires the
   * transaction's abort, which carries the reason (in Chromium the two come from the browser process apart, by
   * a task or more), so a failure that does not name its cause waits for the next abort, briefly.
   */
  async classifySettled(error: unknown): Promise<StorageFailureKind> {
    const kind = this.classify(error);
    if (kind !== 'aborted' && kind !== 'closed' && kind !== 'unavailable') return kind;
    await new Promise<void>((resolve) => {
      const heard = () => {
        clearTimeout(timer);
        this.abortListeners.delete(heard);
        setTimeout(resolve, 0);
      };
      const timer = setTimeout(heard, ABORT_WAIT_MS);
      this.abortListeners.add(heard);
    });
    return this.classify(error);
  }

  /** As classifySettled, with what the keeper knows now. */
  classify(error: unknown): StorageFailureKind {
    const kind = classifyStorageFailure(error);
    const diskFullLately = this.diskFullAt !== null && this.now() - this.diskFullAt < DISK_FULL_MEMORY_MS;
    return diskFullLately && (kind === 'aborted' || kind === 'closed' || kind === 'unavailable') ? 'disk-full' : kind;
  }

  /** The loss of the database while the app ran, or null. */
  get loss(): DatabaseLoss | null {
    return this.currentLoss;
  }

  /** Calls `listener` when a loss is reported. Returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stops reopening by itself (for tests and teardown). */
  dispose(): void {
    if (this.reopenTimer !== null) clearTimeout(this.reopenTimer);
    this.reopenTimer = null;
  }

  private async reopen(): Promise<void> {
    await this.options.guard?.beforeOpen('reopen');
    this.closingOnPurpose = true;
    try {
      this.db.close({ disableAutoOpen: false });
    } finally {
      this.closingOnPurpose = false;
    }
    this.lastUpgrade = null;
    this.keptFromScreen = [];
    await this.db.open();
    this.reopenAttempts = 0;
    const lost = this.foundNothing();
    const setAsideAt = await this.afterOpen(!lost);
    if (lost) {
      this.currentLoss = { at: this.now(), dataLoss: this.dataLossMessage(), setAsideAt, keptFromScreen: this.keptFromScreen };
      for (const listener of this.listeners) listener();
    }
  }

  /** Whether the last open had to create the database (it was not there). */
  private foundNothing(): boolean {
    return this.lastUpgrade?.oldVersion === 0;
  }

  private dataLossMessage(): string | null {
    return this.lastUpgrade?.dataLossMessage ?? null;
  }

  private async afterOpen(intact: boolean): Promise<string | null> {
    try {
      return (await this.options.guard?.afterOpen(intact)) ?? null;
    } catch (error) {
      console.warn('The desktop app could not say where the old database files are:', error);
      return null;
    }
  }

  /** Writes each meeting on screen into the database being created (inside its upgrade). One that fails does not stop the rest. */
  private async writeBackFromScreen(): Promise<void> {
    for (const current of this.onScreen) {
      let file: MeetingFile | null = null;
      try {
        file = current();
        if (file) {
          await this.options.restore(file);
          this.keptFromScreen.push(file.meeting.title);
        }
      } catch (error) {
        console.error(`The meeting on screen${file ? ` (${file.meeting.title})` : ''} could not be written back:`, error);
      }
    }
  }

  /** After the browser closed the database: try to reopen it, waiting longer each time, until it opens. */
  private scheduleReopen(): void {
    if (this.reopenTimer !== null) return;
    const wait = this.delays[Math.min(this.reopenAttempts, this.delays.length - 1)] ?? 5000;
    this.reopenAttempts += 1;
    this.reopenTimer = setTimeout(() => {
      this.reopenTimer = null;
      this.recover().catch(() => this.scheduleReopen());
    }, wait);
  }
}
