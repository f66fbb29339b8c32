import type { BackupKind, BackupSummary } from '../../../shared/ipc/contract';
import { parseMeetingFile } from '../../../shared/meeting-file/meeting-file';
import type { BackupStore, MeetingDetails } from './backup-store';

/**
 * At most one periodic backup per meeting this often while it changes. The
 * renderer hands over a newer copy about once a minute (BACKUP_HAND_OVER_MS in
 * the renderer), so main always holds a copy at most a minute old for an
 * emergency, while the disk sees one write every few minutes.
 */
export const BACKUP_INTERVAL_MS = 3 * 60_000;

/** The latest meeting file handed over for one meeting, and whether it is on disk yet. */
export interface HeldMeeting {
  meetingFile: string;
  details: MeetingDetails;
  written: boolean;
  lastWrittenAt: number | null;
  timer: ReturnType<typeof setTimeout> | null;
}

export interface MeetingBackupsOptions {
  store: BackupStore;
  intervalMs?: number;
  now?: () => number;
}

/**
 * Main's side of the disk backups. Holds the latest meeting file the renderer
 * handed over for each changed meeting and writes it as a periodic backup at
 * most every BACKUP_INTERVAL_MS; on quit writes whatever is not yet on disk, as
 * 'quit' when the window confirmed its last save and 'emergency' when it did not.
 * Writes go one at a time, so rotation never races a write.
 */
export class MeetingBackups {
  private readonly held = new Map<string, HeldMeeting>();
  private readonly intervalMs: number;
  private readonly now: () => number;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: MeetingBackupsOptions) {
    this.intervalMs = options.intervalMs ?? BACKUP_INTERVAL_MS;
    this.now = options.now ?? Date.now;
  }

  /**
   * Keeps a meeting's latest file for the next backup. Throws, with the reason
   * in one sentence, when it is not a whole meeting file of that meeting: a
   * damaged copy must never push a good backup out of the rotation.
   */
  handOver(meetingId: string, meetingFile: string): void {
    this.schedule(meetingId, this.keepLatest(meetingId, meetingFile));
  }

  /**
   * Checks a meeting file whole (as handOver does; throws the reason when it is not a whole meeting file of that
   * meeting) and keeps it as the meeting's latest copy, not yet on disk, without scheduling a backup of it.
   */
  keepLatest(meetingId: string, meetingFile: string): HeldMeeting {
    const parsed = parseMeetingFile(meetingFile);
    if (!parsed.ok) throw new Error(parsed.message);
    if (parsed.file.meeting.id !== meetingId) {
      throw new Error(`The meeting file is of meeting "${parsed.file.meeting.id}", not of "${meetingId}".`);
    }
    const details = { title: parsed.file.meeting.title, date: parsed.file.meeting.date };
    const held = this.held.get(meetingId) ?? { meetingFile, details, written: false, lastWrittenAt: null, timer: null };
    held.meetingFile = meetingFile;
    held.details = details;
    held.written = false;
    this.held.set(meetingId, held);
    return held;
  }

  /**
   * Writes a meeting's held copy at once as an emergency backup, without waiting for the interval: a save
   * failed, and this may be the only copy of what is on screen. Rejects with the write's own error (a full
   * disk: ENOSPC), so the caller can put the copy elsewhere; the copy stays held, and the periodic backup tries
   * again after the interval.
   */
  async writeHeldNow(meetingId: string): Promise<BackupSummary> {
    const held = this.held.get(meetingId);
    if (!held) throw new Error(`Nothing of meeting ${meetingId} is held to write.`);
    const { meetingFile } = held;
    const run = this.queue.then(async () => {
      const summary = await this.options.store.write(meetingId, 'emergency', meetingFile, held.details, this.now());
      if (held.meetingFile === meetingFile) held.written = true;
      return summary;
    });
    this.queue = run.catch(() => undefined);
    try {
      return await run;
    } catch (error) {
      this.schedule(meetingId, held);
      throw error;
    }
  }

  /** Schedules the periodic backup of a meeting's held copy (one kept with keepLatest that could not be written now). */
  writeLater(meetingId: string): void {
    const held = this.held.get(meetingId);
    if (held && !held.written) this.schedule(meetingId, held);
  }

  /** The latest file held for a meeting, or null when none was handed over. */
  latest(meetingId: string): string | null {
    return this.held.get(meetingId)?.meetingFile ?? null;
  }

  /**
   * Writes every held copy not yet on disk, as `kind` ('quit' or 'emergency'),
   * and stops the periodic timers. Resolves with what was written; a write that
   * fails is logged and the others still go ahead.
   */
  async writeUnwritten(kind: Exclude<BackupKind, 'periodic'>): Promise<BackupSummary[]> {
    const written: BackupSummary[] = [];
    for (const [meetingId, held] of this.held) {
      if (held.timer !== null) clearTimeout(held.timer);
      held.timer = null;
      if (held.written) continue;
      const summary = await this.write(meetingId, held, kind);
      if (summary) written.push(summary);
    }
    return written;
  }

  /** Resolves once every write started so far has finished (for tests, and anything that must wait for the disk). */
  async whenIdle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.queue;
      await seen;
    } while (seen !== this.queue);
  }

  /** Stops the timers (nothing is written). */
  dispose(): void {
    for (const held of this.held.values()) {
      if (held.timer !== null) clearTimeout(held.timer);
      held.timer = null;
    }
  }

  /** A periodic write as soon as the interval since the last one allows; one timer per meeting at a time. */
  private schedule(meetingId: string, held: HeldMeeting): void {
    if (held.timer !== null) return;
    const wait = held.lastWrittenAt === null ? 0 : Math.max(0, held.lastWrittenAt + this.intervalMs - this.now());
    held.timer = setTimeout(() => {
      held.timer = null;
      if (held.written) return;
      // Counted from the start, so a copy handed over while this one is written waits its turn.
      held.lastWrittenAt = this.now();
      void this.write(meetingId, held, 'periodic').then((summary) => {
        // A failed write (a full disk) tries again after the interval; a newer hand-over reschedules anyway.
        if (!summary && !held.written) {
          held.lastWrittenAt = this.now();
          this.schedule(meetingId, held);
        }
      });
    }, wait);
  }

  /** Writes the held copy as it is now; null (and logged) when the write failed. */
  private write(meetingId: string, held: HeldMeeting, kind: BackupKind): Promise<BackupSummary | null> {
    const run = this.queue.then(async () => {
      if (held.written) return null;
      const { meetingFile, details } = held;
      try {
        const summary = await this.options.store.write(meetingId, kind, meetingFile, details, this.now());
        // Only if nothing newer arrived while writing: that one still needs its own backup.
        if (held.meetingFile === meetingFile) held.written = true;
        return summary;
      } catch (error) {
        console.error(`The ${kind} backup of meeting ${meetingId} could not be written (older backups are kept):`, error);
        return null;
      }
    });
    this.queue = run;
    return run;
  }
}
