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

export interface BackupCourierOptions {
  /** The meeting file as it is now, or null when there is nothing to hand over (the editor is gone). */
  compose: () => string | null;
  /** Gives the file to the shell; rejects with the shell's reason when it refuses. */
  handOver: (meetingFile: string) => Promise<void>;
  intervalMs?: number;
  /** Runs work when the page is idle, so a hand-over never lands between two keystrokes; requestIdleCallback in the app. */
  whenIdle?: (work: () => void) => void;
  now?: () => number;
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

  constructor(private readonly options: BackupCourierOptions) {
    this.intervalMs = options.intervalMs ?? BACKUP_HAND_OVER_MS;
    this.whenIdle = options.whenIdle ?? idle;
    this.now = options.now ?? Date.now;
  }

  /** Records a change; a hand-over follows within the interval. Cheap: called on every change of the minutes. */
  markChanged(): void {
    if (this.disposed) return;
    this.changed = true;
    if (this.timer !== null) return;
    const wait = this.lastHandedOverAt === null ? 0 : Math.max(0, this.lastHandedOverAt + this.intervalMs - this.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.whenIdle(() => void this.handOverNow());
    }, wait);
  }

  /** Hands over at once if anything changed since the last hand-over. Never rejects: a refusal is logged, and the next change tries again. */
  async handOverNow(): Promise<void> {
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
      // The IndexedDB draft is unaffected; only the disk copy is missing, and the next change brings another.
      this.changed = true;
      console.warn('The desktop app refused this meeting’s backup copy:', error);
    }
  }

  /** Stops the timer; call handOverNow() first so the last change is not left behind. */
  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
