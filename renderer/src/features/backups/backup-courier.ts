import { parseMeetingFile, type MeetingFile } from '@shared/meeting-file';
import type { DraftSaver } from '../save/draft-saver';
import { whenIdle } from '../../ui/when-idle';

/**
 * How often, at most, a changed meeting's file is handed to the shell for its
 * disk backups. Measured at 100,000 words (npx vitest run … backup-hand-over):
 * the file is about 1.35 MB; building it costs a string join (the minutes are
 * already JSON text from the autosave's snapshotter), the copy into the shell a
 * few milliseconds, and the shell's check of it (parseMeetingFile) about 27 ms
 * there, not here. Once a minute keeps the shell's copy at most a minute behind
 * for an emergency backup, while costing the typing thread almost nothing.
 */
export const BACKUP_HAND_OVER_MS = 60_000;

/** What the courier follows of a saver: the state of its saves. */
export type SaveFollower = Pick<DraftSaver, 'subscribe' | 'current'>;

export interface BackupCourierOptions {
  /** The meeting file as it is now, or null when there is nothing to hand over (the editor is gone). */
  compose: () => string | null;
  /** Gives the file to the shell; rejects with the shell's reason when it refuses. */
  handOver: (meetingFile: string) => Promise<void>;
  intervalMs?: number;
  /** Runs work when the page is idle, so a hand-over never lands between two keystrokes; requestIdleCallback in the app. */
  whenIdle?: (work: () => void) => void;
  now?: () => number;
  /**
   * 'every-save': also hand over after every save of the minutes (see followSaves), for copies that are the only
   * ones outside IndexedDB and must never lag behind it (a plain browser's). 'throttled' (the desktop app,
   * whose shell holds the copy and writes on its own schedule): at most once per interval.
   */
  cadence?: 'every-save' | 'throttled';
}

/** When the page is next idle, or within two seconds on a busy page. */
function idle(work: () => void): void {
  whenIdle(() => work(), 2000);
}

/**
 * Hands the shell the latest meeting file of the open meeting, throttled: the
 * first change is handed over at once (when the page is next idle), later ones at
 * most every BACKUP_HAND_OVER_MS, and `handOverNow()` hands over whatever changed
 * when the officer leaves the meeting or quits. Only changes made since the last
 * hand-over cause one; a meeting that is only read costs nothing.
 */
export class BackupCourier {
  private changed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastHandedOverAt: number | null = null;
  private disposed = false;
  private readonly intervalMs: number;
  private readonly whenIdle: (work: () => void) => void;
  private readonly now: () => number;
  /** One hand-over at a time, in order: an older copy must never land after a newer one. */
  private handingOver: Promise<void> = Promise.resolve();
  /** A hand-over is queued behind the running one: another request joins it rather than queueing its own. */
  private queued = false;
  private changes = 0;

  constructor(private readonly options: BackupCourierOptions) {
    this.intervalMs = options.intervalMs ?? BACKUP_HAND_OVER_MS;
    this.whenIdle = options.whenIdle ?? idle;
    this.now = options.now ?? Date.now;
  }

  /** Records a change; a hand-over follows within the interval. Cheap: called on every change of the minutes. */
  markChanged(): void {
    if (this.disposed) return;
    this.changes += 1;
    this.changed = true;
    if (this.timer !== null) return;
    const wait = this.lastHandedOverAt === null ? 0 : Math.max(0, this.lastHandedOverAt + this.intervalMs - this.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.whenIdle(() => void this.handOverNow());
    }, wait);
  }

  /**
   * Hands over at once if anything changed since the last hand-over, after any hand-over still running. Never
   * rejects: a refusal is logged, and the next change tries again.
   */
  handOverNow(): Promise<void> {
    if (this.queued) return this.handingOver;
    this.queued = true;
    this.handingOver = this.handingOver.then(() => {
      this.queued = false;
      return this.handOverIfChanged();
    });
    return this.handingOver;
  }

  /** How many changes have been marked so far: tells whether anything changed between two moments. */
  get changeCount(): number {
    return this.changes;
  }

  /** The meeting file as it is on screen now, or null before everything it needs has loaded. */
  compose(): string | null {
    return this.options.compose();
  }

  /** The meeting as it is on screen, checked whole as an imported file would be; null when there is none yet or it does not check. */
  currentFile(): MeetingFile | null {
    const text = this.options.compose();
    if (text === null) return null;
    const parsed = parseMeetingFile(text);
    return parsed.ok ? parsed.file : null;
  }

  /**
   * With the 'every-save' cadence, hands over after every save of the minutes (when anything changed), so the
   * copy outside IndexedDB is never behind it. Returns the function that stops following.
   */
  followSaves(saver: SaveFollower): () => void {
    if ((this.options.cadence ?? 'throttled') !== 'every-save') return () => undefined;
    return saver.subscribe(() => {
      if (saver.current.kind === 'saved' && this.changed && !this.disposed) this.whenIdle(() => void this.handOverNow());
    });
  }

  private async handOverIfChanged(): Promise<void> {
    if (!this.changed) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const meetingFile = this.options.compose();
    if (meetingFile === null) return;
    this.changed = false;
    this.lastHandedOverAt = this.now();
    try {
      await this.options.handOver(meetingFile);
    } catch (error) {
      // The IndexedDB draft is unaffected; only the copy outside it is missing, and the next change brings another.
      this.changed = true;
      console.warn('The copy of this meeting outside the database was not kept:', error);
    }
  }

  /** Stops the timer; call handOverNow() first so the last change is not left behind. */
  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
