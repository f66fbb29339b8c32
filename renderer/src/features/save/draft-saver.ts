import { whenIdle } from '../../ui/when-idle';
import { describeSaveError } from './describe-save-error';
import type { SaveState } from './save-state';

/** At most this long between a keystroke and the start of the save that carries it. */
export const SAVE_DELAY_MS = 300;
/** After a failed save, try again this often even if nothing new is typed. */
export const RETRY_DELAY_MS = 5000;
/** The longest a due save waits for a quiet moment (see `whenQuiet`). */
export const QUIET_WAIT_MS = 100;

/** Starts a due save when the window is next idle (after the frame showing the latest keystroke), or within QUIET_WAIT_MS at most. */
function whenQuiet(start: () => void): void {
  whenIdle(() => start(), QUIET_WAIT_MS);
}

export interface DraftSaverOptions {
  /** Serialises the minutes as they are now. Called only when a save starts, never per keystroke. */
  snapshot: () => string;
  /** Writes a snapshot durably; resolves with the time it was committed. */
  write: (snapshot: string) => Promise<number>;
  /** Told every time the save state changes (screens may `subscribe` instead). */
  onStateChange?: (state: SaveState) => void;
  delayMs?: number;
  retryDelayMs?: number;
  /**
   * Where a save that is due waits for a quiet moment. Handing a long draft to IndexedDB takes the main thread
   * for several milliseconds; started by the timer alone, it lands next to a keystroke about as often as not (at
   * ten keys a second the timer runs out just as the next key arrives) and that keystroke shows late. Started
   * when the window is idle, it runs in the gap after a keystroke's frame. `flush()` never waits.
   */
  whenQuiet?: (start: () => void) => void;
}

/**
 * Saves one meeting's minutes in the background while the officer types.
 * A change starts a short timer that further typing does not reset (a throttle,
 * not a debounce), so even non-stop typing is saved every few hundred ms and at
 * most SAVE_DELAY_MS plus one write is ever at risk. `flush()` saves at once,
 * for blur, switching meetings and quitting.
 */
export class DraftSaver {
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private lastSavedAt: number | null;
  private state: SaveState;
  private disposed = false;
  private readOnly = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: DraftSaverOptions, lastSavedAt: number | null = null) {
    this.lastSavedAt = lastSavedAt;
    this.state = lastSavedAt === null ? { kind: 'unchanged' } : { kind: 'saved', at: lastSavedAt };
  }

  /**
   * Calls `listener` on every change of state (for useSyncExternalStore), so a
   * small badge can follow the saves without re-rendering the editor around it.
   */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The state as it is now. */
  get current(): SaveState {
    return this.state;
  }

  /** True while something typed has not yet reached IndexedDB. */
  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /**
   * Stops (or resumes) saving: signed minutes are the record, and nothing typed or changed in the
   * editor may reach storage while they are. Changes noted before are dropped: the editor shows the
   * stored minutes again, and there is nothing to save.
   */
  setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
    if (!readOnly) return;
    this.dirty = false;
    this.clearTimer();
    if (this.state.kind === 'pending' || this.state.kind === 'failed') {
      this.setState(this.lastSavedAt === null ? { kind: 'unchanged' } : { kind: 'saved', at: this.lastSavedAt });
    }
  }

  /** True while saving is stopped (signed minutes). */
  get isReadOnly(): boolean {
    return this.readOnly;
  }

  /** Records that the minutes changed; a save follows within the delay. Ignored while read-only. */
  markChanged(): void {
    if (this.disposed || this.readOnly) return;
    this.dirty = true;
    if (this.state.kind !== 'failed' && this.state.kind !== 'saving') this.setState({ kind: 'pending' });
    this.schedule(this.options.delayMs ?? SAVE_DELAY_MS);
  }

  /**
   * Saves everything typed so far, now. Resolves true once it is all durable,
   * false if the write failed (the text stays on screen and in memory).
   */
  async flush(): Promise<boolean> {
    this.clearTimer();
    // A save already running may carry an older snapshot: wait, then save again if needed.
    while (this.inFlight) await this.inFlight;
    if (this.dirty) await this.runSave();
    return !this.dirty && this.state.kind !== 'failed';
  }

  /** Stops the timers. Call flush() first if the text matters (it always does). */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  /**
   * Abandons unsaved changes for good: used only when the meeting itself is being
   * deleted, so that a late save cannot bring its minutes back.
   */
  async discard(): Promise<void> {
    this.dispose();
    this.dirty = false;
    while (this.inFlight) await this.inFlight;
  }

  private schedule(delay: number): void {
    if (this.timer !== null || this.disposed) return;
    const timer = setTimeout(() => {
      (this.options.whenQuiet ?? whenQuiet)(() => {
        if (this.timer !== timer) return; // saved, flushed or disposed meanwhile
        this.timer = null;
        if (this.inFlight) return; // the running save reschedules itself when it finds more to do
        void this.runSave();
      });
    }, delay);
    this.timer = timer;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private runSave(): Promise<void> {
    this.clearTimer();
    if ((this.disposed && !this.dirty) || this.readOnly) return Promise.resolve();
    const save = (async () => {
      this.dirty = false;
      this.setState({ kind: 'saving' });
      try {
        const snapshot = this.options.snapshot();
        this.lastSavedAt = await this.options.write(snapshot);
        if (!this.dirty) this.setState({ kind: 'saved', at: this.lastSavedAt });
        else this.setState({ kind: 'pending' });
      } catch (error) {
        this.dirty = true;
        this.setState({ kind: 'failed', message: describeSaveError(error), lastSavedAt: this.lastSavedAt });
      }
    })();
    this.inFlight = save;
    void save.finally(() => {
      if (this.inFlight === save) this.inFlight = null;
      if (this.dirty && !this.disposed) {
        const retrying = this.state.kind === 'failed';
        this.schedule(retrying ? (this.options.retryDelayMs ?? RETRY_DELAY_MS) : (this.options.delayMs ?? SAVE_DELAY_MS));
      }
    });
    return save;
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onStateChange?.(state);
    for (const listener of this.listeners) listener();
  }
}
