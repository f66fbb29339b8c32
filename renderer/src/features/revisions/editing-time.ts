/** An automatic revision is made after this much time spent editing the minutes. */
export const SNAPSHOT_EVERY_MS = 10 * 60_000;
/** A pause longer than this between two changes is not editing: the officer was listening, or away. */
export const IDLE_AFTER_MS = 60_000;

export interface EditingTimeOptions {
  /** The clock (ms); a fake one in tests. */
  now: () => number;
  everyMs?: number;
  idleAfterMs?: number;
}

/**
 * Counts the time actually spent changing the minutes, not the time the meeting is open: the gap between
 * two changes counts only when it is short (IDLE_AFTER_MS), so an hour with the laptop open and nobody
 * typing adds nothing. `noteEdit` is called on every change and only does arithmetic; the caller asks
 * `takeDue` after a save (off the keystroke path) and makes a revision when it says so.
 */
export class EditingTime {
  private editingMs = 0;
  private lastEditAt: number | null = null;

  constructor(private readonly options: EditingTimeOptions) {}

  /** Records a change to the minutes now. */
  noteEdit(): void {
    const at = this.options.now();
    if (this.lastEditAt !== null) {
      const gap = at - this.lastEditAt;
      if (gap > 0 && gap <= (this.options.idleAfterMs ?? IDLE_AFTER_MS)) this.editingMs += gap;
    }
    this.lastEditAt = at;
  }

  /** The editing time counted towards the next revision (ms). */
  get sinceLastSnapshotMs(): number {
    return this.editingMs;
  }

  /** True once each time another SNAPSHOT_EVERY_MS of editing has been done; the count then starts again. */
  takeDue(): boolean {
    if (this.editingMs < (this.options.everyMs ?? SNAPSHOT_EVERY_MS)) return false;
    this.editingMs = 0;
    return true;
  }
}
