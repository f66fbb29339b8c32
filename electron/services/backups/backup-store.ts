import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { BackupIdSchema, BackupKindSchema, BackupMeetingIdSchema, type BackupKind, type BackupSummary } from '../../../shared/ipc/contract';
import { MEETING_FILE_MAX_BYTES } from '../../../shared/meeting-file/meeting-file';
import { writeFileAtomically } from '../atomic-write';
import { backupIdFor, readBackupId } from '../../../shared/backups/backup-names';

/** How many backups are kept per meeting: at one every three minutes, the last hour of typing, and older ones are deleted. */
export const BACKUPS_KEPT_PER_MEETING = 20;

/** Beside a meeting's backups: its title and date, so the Restore screen can name a meeting the app no longer has without opening a backup. */
const DETAILS_FILE = 'meeting-details.json';
const MeetingDetailsSchema = z.object({ title: z.string(), date: z.string() });
export type MeetingDetails = z.infer<typeof MeetingDetailsSchema>;

export interface BackupStoreOptions {
  /** The backups folder: <userData>/backups. */
  folder: string;
  keep?: number;
  /** Writes crash-safely; the atomic writer unless a test fails it on purpose. */
  writeFile?: (targetPath: string, bytes: Uint8Array) => Promise<void>;
}

/**
 * The backups on disk: <folder>/<meetingId>/<backupId>.json, each a whole
 * meeting file, written through the atomic writer so a backup is either whole
 * or absent. Keeps the newest `keep` per meeting. Every path is built from ids
 * checked against the contract's patterns and then checked to lie inside the
 * folder, so no id can name a file anywhere else.
 */
export class BackupStore {
  readonly folder: string;
  private readonly keep: number;
  private readonly writeFile: (targetPath: string, bytes: Uint8Array) => Promise<void>;

  constructor(options: BackupStoreOptions) {
    this.folder = path.resolve(options.folder);
    this.keep = options.keep ?? BACKUPS_KEPT_PER_MEETING;
    this.writeFile = options.writeFile ?? ((targetPath, bytes) => writeFileAtomically(targetPath, bytes));
  }

  /**
   * Writes one backup, then deletes the oldest beyond the number kept. When the
   * write fails nothing is deleted: the older backups are all there is.
   */
  async write(meetingId: string, kind: BackupKind, meetingFile: string, details: MeetingDetails, savedAt: number): Promise<BackupSummary> {
    const folder = this.meetingFolder(meetingId);
    await nodeFs.mkdir(folder, { recursive: true });
    const existing = new Set(await this.backupIds(meetingId));
    // Two backups in one millisecond (a periodic one, then the one on quit) must not overwrite each other.
    let at = savedAt;
    while (BackupKindSchema.options.some((other) => existing.has(backupIdFor(at, other)))) at += 1;
    const backupId = backupIdFor(at, kind);
    const bytes = new TextEncoder().encode(meetingFile);
    await this.writeFile(this.backupPath(meetingId, backupId), bytes);
    await this.writeFile(path.join(folder, DETAILS_FILE), new TextEncoder().encode(JSON.stringify(details)));
    await this.rotate(meetingId);
    return { meetingId, backupId, kind, savedAt: at, bytes: bytes.byteLength, meetingTitle: details.title, meetingDate: details.date };
  }

  /** The backups of one meeting, or of every meeting, newest first. */
  async list(meetingId?: string): Promise<BackupSummary[]> {
    const meetingIds = meetingId === undefined ? await this.meetingIds() : [BackupMeetingIdSchema.parse(meetingId)];
    const all: BackupSummary[] = [];
    for (const id of meetingIds) {
      const details = await this.details(id);
      for (const backupId of await this.backupIds(id)) {
        const named = readBackupId(backupId);
        if (!named) continue;
        const stat = await nodeFs.stat(this.backupPath(id, backupId)).catch(() => null);
        if (!stat?.isFile()) continue; // deleted by rotation meanwhile
        all.push({ meetingId: id, backupId, kind: named.kind, savedAt: named.savedAt, bytes: stat.size, meetingTitle: details.title, meetingDate: details.date });
      }
    }
    return all.sort((a, b) => b.savedAt - a.savedAt || b.backupId.localeCompare(a.backupId));
  }

  /** One backup's text (a meeting file). Throws with a plain reason when it is missing or too large to be one. */
  async read(meetingId: string, backupId: string): Promise<string> {
    const file = this.backupPath(meetingId, backupId);
    const stat = await nodeFs.stat(file).catch(() => null);
    if (!stat?.isFile()) throw new Error(`The backup ${backupId} of this meeting is no longer on disk.`);
    if (stat.size > MEETING_FILE_MAX_BYTES) throw new Error(`The backup ${backupId} is larger than 50 MB, so it is not a meeting file.`);
    return nodeFs.readFile(file, 'utf8');
  }

  /** Where a backup is on disk, for a log line or the officer to be told. */
  pathOf(meetingId: string, backupId: string): string {
    return this.backupPath(meetingId, backupId);
  }

  /** Deletes the oldest backups of a meeting beyond the number kept. */
  private async rotate(meetingId: string): Promise<void> {
    const ids = await this.backupIds(meetingId);
    for (const old of ids.slice(this.keep)) {
      await nodeFs.rm(this.backupPath(meetingId, old), { force: true });
    }
  }

  /** The ids of a meeting's backups, newest first; files that are not backups of ours are ignored. */
  private async backupIds(meetingId: string): Promise<string[]> {
    const names = await nodeFs.readdir(this.meetingFolder(meetingId)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    return names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((id) => BackupIdSchema.safeParse(id).success)
      .sort()
      .reverse();
  }

  /** The meetings that have a backups folder. */
  private async meetingIds(): Promise<string[]> {
    const entries = await nodeFs.readdir(this.folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    return entries.filter((entry) => entry.isDirectory() && BackupMeetingIdSchema.safeParse(entry.name).success).map((entry) => entry.name);
  }

  private async details(meetingId: string): Promise<MeetingDetails> {
    try {
      const text = await nodeFs.readFile(path.join(this.meetingFolder(meetingId), DETAILS_FILE), 'utf8');
      return MeetingDetailsSchema.parse(JSON.parse(text));
    } catch {
      // Lost or damaged: the backups themselves still say everything; the list just cannot name the meeting.
      return { title: `Meeting ${meetingId}`, date: '' };
    }
  }

  /** <folder>/<meetingId>, for an id that passes the contract's pattern and stays inside the folder. */
  private meetingFolder(meetingId: string): string {
    const id = BackupMeetingIdSchema.parse(meetingId);
    return this.inside(path.join(this.folder, id));
  }

  private backupPath(meetingId: string, backupId: string): string {
    const id = BackupIdSchema.parse(backupId);
    return this.inside(path.join(this.meetingFolder(meetingId), `${id}.json`));
  }

  /** A second line of defence behind the patterns: the path must lie under the backups folder. */
  private inside(candidate: string): string {
    const relative = path.relative(this.folder, candidate);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new Error(`Refusing a backup path outside ${this.folder}: ${candidate}`);
    }
    return candidate;
  }
}
