import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { LOW_DISK_BYTES, type DiskSpace } from '../../../shared/ipc/contract';

/** The statfs answer main reads: free blocks for unprivileged users, and the block size. */
export type StatFs = (folder: string) => Promise<{ bavail: number | bigint; bsize: number | bigint }>;

const realStatFs: StatFs = (folder) => nodeFs.statfs(folder);

/**
 * Bytes free for the app on the disk holding `folder`. The folder need not exist yet (the backups folder before
 * the first backup): the nearest folder above it that does is asked, as it is on the same disk or mount.
 */
export async function freeBytes(folder: string, statfs: StatFs = realStatFs): Promise<number> {
  let candidate = path.resolve(folder);
  for (;;) {
    try {
      const stats = await statfs(candidate);
      return Number(stats.bavail) * Number(stats.bsize);
    } catch (error) {
      const parent = path.dirname(candidate);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === candidate) throw error;
      candidate = parent;
    }
  }
}

/** How often main looks at the free space while the app runs: cheap (one statfs), and a disk fills in minutes, not seconds. */
export const DISK_CHECK_INTERVAL_MS = 30_000;

export interface DiskSpaceWatchOptions {
  /** The folder whose disk holds the minutes (the user-data folder). */
  folder: string;
  /** Told the free space at the first check, and again whenever it crosses LOW_DISK_BYTES either way. */
  onChange: (space: DiskSpace) => void;
  statfs?: StatFs;
  intervalMs?: number;
  lowBytes?: number;
}

/**
 * Watches the free space on the disk of the user-data folder, so the officer is warned while there is still
 * room to save (under LOW_DISK_BYTES: "The disk is nearly full"), not when the first save fails. Checked every
 * DISK_CHECK_INTERVAL_MS and whenever `check()` is called (after each backup written).
 */
export class DiskSpaceWatch {
  private last: DiskSpace | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: DiskSpaceWatchOptions) {}

  /** The latest reading, or null before the first. */
  get current(): DiskSpace | null {
    return this.last;
  }

  /** Reads the free space now; tells onChange when the reading is the first or crossed the line. A failed statfs is logged and changes nothing. */
  async check(): Promise<DiskSpace | null> {
    let bytes: number;
    try {
      bytes = await freeBytes(this.options.folder, this.options.statfs);
    } catch (error) {
      console.warn(`The free space on the disk of ${this.options.folder} could not be read:`, error);
      return this.last;
    }
    const space: DiskSpace = { freeBytes: bytes, low: bytes < (this.options.lowBytes ?? LOW_DISK_BYTES) };
    const changed = this.last === null || this.last.low !== space.low;
    this.last = space;
    if (changed) {
      if (space.low) console.warn(`The disk of ${this.options.folder} is nearly full: ${Math.round(bytes / (1024 * 1024))} MB free.`);
      this.options.onChange(space);
    }
    return space;
  }

  /** Checks now, then every interval until stopped. The timer never keeps the app alive by itself. */
  start(): void {
    if (this.timer !== null) return;
    void this.check();
    this.timer = setInterval(() => void this.check(), this.options.intervalMs ?? DISK_CHECK_INTERVAL_MS);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
