import { backupIdFor } from '@shared/backups/backup-names';
import type { BackupSummary, EmergencyBackupResult } from '@shared/ipc/contract';
import { BackupMeetingIdSchema } from '@shared/ipc/contract';
import { meetingOfComposedText } from '@shared/meeting-file';
import { describeError } from '../ui/plain-errors';
import type { DiskBackups } from './host';

/** The folder in the Origin Private File System that holds one folder per meeting. */
const COPIES_FOLDER = 'minute-book-copies';
const LATEST_FILE = 'latest.json';
/** Beside each copy: the meeting's title and date, so a list of copies never reads megabytes of minutes. */
const DETAILS_FILE = 'meeting-details.json';

interface Details {
  title: string;
  date: string;
}

/** Where the browser's copies are, in the officer's words. */
const PLACE = 'in this browser’s own file storage, apart from its database';

/**
 * A plain browser's copies of each meeting outside IndexedDB. Chromium keeps IndexedDB in one LevelDB per site,
 * and on a full disk that LevelDB can be damaged; Chromium then deletes the whole database the next time it is
 * opened ("IndexedDB (database was corrupt): checksum mismatch"), every meeting with it. A page cannot keep a
 * file on the officer's disk, but it has the Origin Private File System: files in the browser profile, kept
 * apart from IndexedDB's LevelDB, with no small size limit (localStorage's 5 MB would not hold one long
 * meeting), written whole or not at all (createWritable writes a swap file and swaps it in on close, so a
 * write that fails on a full disk leaves the last copy as it was). So after every save the window writes the
 * meeting's latest file here (one per meeting, replaced each time: it must never lag behind IndexedDB), and
 * the Restore screen and the start-up check read them as they read the desktop app's disk backups.
 * Null where the browser has no such storage.
 */
export function createBrowserCopies(storage: StorageManager | undefined = globalThis.navigator?.storage): DiskBackups | null {
  if (typeof storage?.getDirectory !== 'function') return null;
  const copiesFolder = async () => (await storage.getDirectory()).getDirectoryHandle(COPIES_FOLDER, { create: true });
  const meetingFolder = async (meetingId: string, create: boolean) => (await copiesFolder()).getDirectoryHandle(BackupMeetingIdSchema.parse(meetingId), { create });

  const detailsWritten = new Map<string, string>();
  const write = async (meetingId: string, meetingFile: string): Promise<void> => {
    const meeting = meetingOfComposedText(meetingFile);
    if (meeting?.id !== meetingId) throw new Error(`The meeting file is not one of meeting ${meetingId}.`);
    const folder = await meetingFolder(meetingId, true);
    await writeWhole(folder, LATEST_FILE, meetingFile);
    // The title and date change rarely: written when they do, not after every save.
    const details = JSON.stringify({ title: meeting.title, date: meeting.date } satisfies Details);
    if (detailsWritten.get(meetingId) !== details) {
      await writeWhole(folder, DETAILS_FILE, details);
      detailsWritten.set(meetingId, details);
    }
  };

  return {
    cadence: 'every-save',
    place: PLACE,
    handOver: write,
    async emergency(meetingId, meetingFile): Promise<EmergencyBackupResult> {
      try {
        await write(meetingId, meetingFile);
        return { status: 'written', path: PLACE, place: 'browser-storage' };
      } catch (error) {
        return { status: 'failed', message: `The copy could not be kept ${PLACE} either (${describeError(error)}).` };
      }
    },
    chooseEmergencyFolder: null,
    async list(meetingId) {
      const summaries: BackupSummary[] = [];
      const folder = await copiesFolder();
      const ids: string[] = [];
      if (meetingId !== undefined) ids.push(meetingId);
      else for await (const [name, handle] of folder.entries()) if (handle.kind === 'directory' && BackupMeetingIdSchema.safeParse(name).success) ids.push(name);
      for (const id of ids) {
        const summary = await summarise(folder, id).catch(() => null);
        if (summary) summaries.push(summary);
      }
      return summaries.sort((a, b) => b.savedAt - a.savedAt);
    },
    async read(meetingId) {
      const file = await (await (await meetingFolder(meetingId, false)).getFileHandle(LATEST_FILE)).getFile();
      return file.text();
    },
  };
}

/** One meeting's copy as the Restore screen lists it, or null when there is none. */
async function summarise(copies: FileSystemDirectoryHandle, meetingId: string): Promise<BackupSummary | null> {
  const folder = await copies.getDirectoryHandle(meetingId);
  const latest = await (await folder.getFileHandle(LATEST_FILE)).getFile();
  let details: Details = { title: `Meeting ${meetingId}`, date: '' };
  try {
    const read = JSON.parse(await (await (await folder.getFileHandle(DETAILS_FILE)).getFile()).text()) as Partial<Details>;
    if (typeof read.title === 'string' && typeof read.date === 'string') details = { title: read.title, date: read.date };
  } catch {
    // The copy itself still says everything; the list just cannot name the meeting.
  }
  return {
    meetingId,
    backupId: backupIdFor(latest.lastModified, 'latest'),
    kind: 'latest',
    savedAt: latest.lastModified,
    bytes: latest.size,
    meetingTitle: details.title,
    meetingDate: details.date,
  };
}

/** Writes a file whole or not at all: the writable stream fills a swap file, and only a clean close puts it in place. */
async function writeWhole(folder: FileSystemDirectoryHandle, name: string, text: string): Promise<void> {
  const handle = await folder.getFileHandle(name, { create: true });
  const writable = await handle.createWritable();
  try {
    await writable.write(text);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}
