import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { GuardDatabaseFilesResult } from '../../../shared/ipc/contract';

/**
 * Chromium keeps an origin's IndexedDB in <profile>/IndexedDB/<scheme>_<host>_<port>.indexeddb.leveldb (and
 * .blob beside it); app://minutes/ has no port, so "app_minutes_0". Only folders of our origin are touched.
 */
const OUR_ORIGIN_PREFIX = 'app_minutes_';
/** Where set-aside databases go, inside the user-data folder: named so IT finds them. */
export const SET_ASIDE_FOLDER = 'Set aside';
/** Written while the database is in trouble (closed by the browser, not yet reopened), so a restart knows. */
const TROUBLE_NOTE = 'database-trouble.json';
/** Room kept free beyond the copy itself, so copying the database aside never fills the disk. */
const ROOM_TO_SPARE_BYTES = 50 * 1024 * 1024;

export interface DatabaseFilesOptions {
  /** The user-data folder (Electron's profile). */
  userData: string;
  /** Bytes free on the disk holding a folder (statfs). */
  freeBytes: (folder: string) => Promise<number>;
  now?: () => number;
}

/**
 * Keeps the database's files safe around an open that follows trouble. Chromium deletes a database it finds
 * damaged the moment it opens it (seen after a full disk: "IndexedDB (database was corrupt): checksum
 * mismatch", and every meeting gone), and a page cannot stop it. So before such an open (a reopen after the
 * browser closed the database, or the first open after a session that ended in that state) main copies the
 * files aside, or, without room for a copy, moves them aside (a rename needs no room); after the open, a copy
 * of a database that turned out whole is deleted again, and anything else is kept, for IT, with a note.
 * Nothing of the database itself is ever deleted or overwritten.
 */
export class DatabaseFiles {
  private setAside: { folder: string; how: 'copied' | 'moved' } | null = null;
  private openingFor: 'start' | 'reopen' = 'start';
  private readonly now: () => number;

  constructor(private readonly options: DatabaseFilesOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The folder Chromium keeps the app's IndexedDB in. */
  get indexedDbFolder(): string {
    return path.join(this.options.userData, 'IndexedDB');
  }

  /** Before an open: sets the files aside when there was trouble; 'no-room' when that could not be done yet. */
  async beforeOpen(reason: 'start' | 'reopen'): Promise<GuardDatabaseFilesResult> {
    this.openingFor = reason;
    if (reason === 'reopen') await this.noteTrouble();
    else if (!(await this.troubleNoted())) return { status: 'ready' };
    if (this.setAside !== null) return { status: 'ready' }; // already set aside for this trouble
    const ours = await this.ourFolders();
    if (ours.length === 0) return { status: 'ready' };
    const stamp = new Date(this.now()).toISOString().replace(/[-:.]/g, '');
    const target = path.join(this.options.userData, SET_ASIDE_FOLDER, `${stamp} database`);
    const bytes = await sizeOf(ours);
    const free = await this.options.freeBytes(this.options.userData).catch(() => 0);
    if (free >= bytes + ROOM_TO_SPARE_BYTES) {
      try {
        await nodeFs.mkdir(target, { recursive: true });
        for (const folder of ours) await nodeFs.cp(folder, path.join(target, path.basename(folder)), { recursive: true, errorOnExist: true });
        this.setAside = { folder: target, how: 'copied' };
        console.info(`Before reopening the database, its files were copied to ${target}.`);
        return { status: 'ready' };
      } catch (error) {
        console.warn(`Copying the database files to ${target} failed; moving them instead:`, error);
        await nodeFs.rm(target, { recursive: true, force: true }).catch(() => undefined);
      }
    }
    try {
      await nodeFs.mkdir(target, { recursive: true });
      for (const folder of ours) await nodeFs.rename(folder, path.join(target, path.basename(folder)));
      this.setAside = { folder: target, how: 'moved' };
      console.warn(`No room to copy the database before reopening it: its files were moved to ${target}; the app starts a new one.`);
      return { status: 'ready' };
    } catch (error) {
      console.error(`The database files could not be set aside in ${target}:`, error);
      return {
        status: 'no-room',
        message: 'The disk is full, so Minute Book cannot yet keep a copy of its database before opening it again. Free some space; saving resumes by itself.',
      };
    }
  }

  /**
   * After an open: deletes the copy of a database that opened whole; keeps anything else, and says where. The
   * note of trouble stays until a start opens the database whole: a full disk can damage the database's log
   * without Chromium noticing until it next opens it from scratch (seen: saving resumed, and at the next start
   * "checksum mismatch" and everything deleted), so the next start sets the files aside again first.
   */
  async afterOpen(intact: boolean): Promise<GuardDatabaseFilesResult> {
    const setAside = this.setAside;
    this.setAside = null;
    if (this.openingFor === 'start') await nodeFs.rm(path.join(this.options.userData, TROUBLE_NOTE), { force: true }).catch(() => undefined);
    if (setAside === null) return { status: 'done', keptAt: null };
    if (intact && setAside.how === 'copied') {
      // The database opened with everything in it: the copy was only a precaution.
      await nodeFs.rm(setAside.folder, { recursive: true, force: true });
      return { status: 'done', keptAt: null };
    }
    await nodeFs
      .writeFile(
        path.join(setAside.folder, 'READ ME.txt'),
        [
          `Minute Book set these files aside on ${new Date(this.now()).toISOString()}, before opening its database after trouble`,
          '(the browser engine had closed it, typically after a full disk). They are Chromium\'s IndexedDB files for app://minutes/.',
          intact
            ? 'The database opened whole afterwards; these files are the state it was in before.'
            : 'When the database was opened again it was empty: the engine had thrown it away. These files are what it held.',
          'To look inside: copy them into the IndexedDB folder of a copy of the Minute Book user-data folder, and open Minute Book on that copy',
          '(MINUTE_BOOK_USER_DATA=<the copy>). Nothing here is read by Minute Book itself.',
          '',
        ].join('\n'),
      )
      .catch(() => undefined);
    console.warn(`The database files set aside before reopening are kept in ${setAside.folder}.`);
    return { status: 'done', keptAt: setAside.folder };
  }

  private async ourFolders(): Promise<string[]> {
    const names = await nodeFs.readdir(this.indexedDbFolder).catch(() => [] as string[]);
    return names.filter((name) => name.startsWith(OUR_ORIGIN_PREFIX)).map((name) => path.join(this.indexedDbFolder, name));
  }

  private async noteTrouble(): Promise<void> {
    await nodeFs
      .writeFile(path.join(this.options.userData, TROUBLE_NOTE), JSON.stringify({ since: new Date(this.now()).toISOString() }))
      .catch((error: unknown) => console.warn('The database trouble could not be noted for the next start:', error));
  }

  private async troubleNoted(): Promise<boolean> {
    return nodeFs
      .stat(path.join(this.options.userData, TROUBLE_NOTE))
      .then(() => true)
      .catch(() => false);
  }
}

/** The bytes in the files under these folders. */
async function sizeOf(folders: string[]): Promise<number> {
  let total = 0;
  for (const folder of folders) {
    const entries = await nodeFs.readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const stat = await nodeFs.stat(path.join(entry.parentPath, entry.name)).catch(() => null);
      total += stat?.size ?? 0;
    }
  }
  return total;
}
