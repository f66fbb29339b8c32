import path from 'node:path';
import { describeError } from '../../../shared/format/describe-error';
import type { EmergencyBackupResult } from '../../../shared/ipc/contract';
import { meetingFileName } from '../../../shared/export/export-file-name';
import { parseMeetingFile } from '../../../shared/meeting-file/meeting-file';
import { minutesHeading } from '../../../shared/model/minutes-heading';
import { writeFileAtomically } from '../atomic-write';
import type { BackupStore } from './backup-store';
import type { MeetingBackups } from './meeting-backups';

/** Room left over beyond the file itself before a folder counts as having room: the folder's entries, the details file, the log. */
export const ROOM_TO_SPARE_BYTES = 4 * 1024 * 1024;

export interface EmergencyBackupsOptions {
  store: BackupStore;
  backups: MeetingBackups;
  /** Bytes free on the disk holding a folder (statfs). */
  freeBytes: (folder: string) => Promise<number>;
  /** Asks the officer for a folder (a dialog); null when they cancel. */
  chooseFolder: () => Promise<string | null>;
  writeFile?: (targetPath: string, bytes: Uint8Array) => Promise<void>;
  now?: () => number;
  /** Called after every write attempt, so main can look at the free space again. */
  afterWrite?: () => void;
}

const NEEDS_FOLDER =
  'The disk is full, so the emergency copy could not be written to Minute Book’s backups folder. Choose a folder on another drive (a USB stick or a network drive) and it will be written there.';

/** True for the errors a full disk gives. */
function isNoRoom(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/**
 * Emergency backups: when a save fails, the window hands over everything on screen at once, and it is written
 * now, not at the next periodic backup. To the backups folder while its disk has room; when it has none, to a
 * folder the officer chose (asked for once, then kept for the rest of the session); and when there is neither,
 * the answer says so, so the window can ask. Never silently nowhere: every answer says where the copy went or
 * why it could not go.
 */
export class EmergencyBackups {
  private chosenFolder: string | null = null;
  private readonly writeFile: (targetPath: string, bytes: Uint8Array) => Promise<void>;
  private readonly now: () => number;

  constructor(private readonly options: EmergencyBackupsOptions) {
    this.writeFile = options.writeFile ?? ((targetPath, bytes) => writeFileAtomically(targetPath, bytes));
    this.now = options.now ?? Date.now;
  }

  /** The folder the officer chose for emergency copies this session, or null. */
  get folderChosen(): string | null {
    return this.chosenFolder;
  }

  /**
   * Writes the meeting file as an emergency backup and says where it went. Throws (nothing kept, nothing
   * written) when it is not a whole meeting file of that meeting, as a periodic hand-over does.
   */
  async write(meetingId: string, meetingFile: string): Promise<EmergencyBackupResult> {
    this.options.backups.keepLatest(meetingId, meetingFile);
    const bytes = Buffer.byteLength(meetingFile, 'utf8');
    try {
      if (await this.hasRoom(this.options.store.folder, bytes)) {
        try {
          const summary = await this.options.backups.writeHeldNow(meetingId);
          const written = this.options.store.pathOf(meetingId, summary.backupId);
          console.info(`Emergency backup written (a save failed in the window): ${written}`);
          return { status: 'written', path: written, place: 'backups' };
        } catch (error) {
          if (!isNoRoom(error)) return this.failed(this.options.store.folder, error);
        }
      }
      // Not written to the backups folder: the periodic backup writes it there once there is room.
      this.options.backups.writeLater(meetingId);
      if (this.chosenFolder !== null) return await this.writeToChosenFolder(meetingId);
      console.error(`Emergency backup of meeting ${meetingId} not written: the disk of ${this.options.store.folder} is full and no other folder was chosen.`);
      return { status: 'needs-folder', message: NEEDS_FOLDER };
    } finally {
      this.options.afterWrite?.();
    }
  }

  /** Asks the officer for a folder, keeps it for the session, and writes the meeting's latest copy there. */
  async chooseFolderAndWrite(meetingId: string): Promise<EmergencyBackupResult> {
    if (this.options.backups.latest(meetingId) === null) {
      return { status: 'failed', message: 'There is no copy of this meeting to write yet: Minute Book writes one as soon as a save fails.' };
    }
    const folder = await this.options.chooseFolder();
    if (folder === null) return { status: 'cancelled' };
    this.chosenFolder = path.resolve(folder);
    try {
      return await this.writeToChosenFolder(meetingId);
    } finally {
      this.options.afterWrite?.();
    }
  }

  private async writeToChosenFolder(meetingId: string): Promise<EmergencyBackupResult> {
    const folder = this.chosenFolder!;
    const meetingFile = this.options.backups.latest(meetingId)!;
    const target = path.join(folder, emergencyCopyName(meetingFile, this.now()));
    const bytes = new TextEncoder().encode(meetingFile);
    if (!(await this.hasRoom(folder, bytes.byteLength))) {
      return { status: 'needs-folder', message: `The folder you chose (${folder}) is on a full disk too. Choose a folder on another drive.` };
    }
    try {
      await this.writeFile(target, bytes);
    } catch (error) {
      if (isNoRoom(error)) return { status: 'needs-folder', message: `The folder you chose (${folder}) is on a full disk too. Choose a folder on another drive.` };
      return this.failed(folder, error);
    }
    console.info(`Emergency backup written to the folder the officer chose: ${target}`);
    return { status: 'written', path: target, place: 'chosen-folder' };
  }

  /** Whether the disk of `folder` has room for `bytes` and some to spare; a disk that cannot be asked is tried anyway. */
  private async hasRoom(folder: string, bytes: number): Promise<boolean> {
    try {
      return (await this.options.freeBytes(folder)) >= bytes + ROOM_TO_SPARE_BYTES;
    } catch {
      return true;
    }
  }

  private failed(folder: string, error: unknown): EmergencyBackupResult {
    console.error(`Emergency backup to ${folder} failed:`, error);
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'Minute Book may not write there' : describeError(error);
    return { status: 'failed', message: `The emergency copy could not be written to ${folder} (${why}).` };
  }
}

/**
 * A name that says what the file is and keeps every copy: "Kent Community Safety Partnership - 19 March 2015 -
 * NOTES - emergency copy 20150319T101502123Z.json". Import meeting file… reads it like any other meeting file.
 */
export function emergencyCopyName(meetingFile: string, at: number): string {
  const parsed = parseMeetingFile(meetingFile);
  const stamp = new Date(at).toISOString().replace(/[-:.]/g, '');
  if (!parsed.ok) return `Minute Book emergency copy ${stamp}.json`;
  const name = meetingFileName(minutesHeading(parsed.file.body, parsed.file.meeting));
  return name.replace(/\.json$/i, ` - emergency copy ${stamp}.json`);
}
