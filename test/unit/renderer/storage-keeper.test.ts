import { forceCloseDatabase, IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageKeeper, type DatabaseFilesGuard } from '../../../renderer/src/db/storage-keeper';
import { classifyStorageFailure } from '../../../renderer/src/db/storage-failure';
import { MeetingsRepository } from '../../../renderer/src/db/meetings-repository';
import { importedFileOf, MeetingImportRepository } from '../../../renderer/src/db/import-repository';
import { DraftSaver } from '../../../renderer/src/features/save/draft-saver';
import { savingThrough } from '../../../renderer/src/features/save/describe-save-error';
import type { SaveState } from '../../../renderer/src/features/save/save-state';
import { parseMeetingFile } from '../../../shared/meeting-file';
import { meetingFileSaying, SEED } from '../electron/backup-fixtures';

/**
 * A disk that fills and empties on command, in front of fake-indexeddb, behaving as Chromium was seen to on a
 * real full disk: a write aborts its transaction with QuotaExceededError, the browser then closes the
 * connection, and every open fails with UnknownError ("backing store") until there is room again.
 */
class FillableDisk {
  full = false;
  opensRefused = 0;
  readonly factory = new IDBFactory();
  private readonly put = IDBObjectStore.prototype.put;

  constructor() {
    const put = this.put;
    const isFull = () => this.full;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      if (!isFull()) return request;
      // As Chromium does: the transaction aborts with QuotaExceededError, the request the page awaits fails with
      // a bare AbortError, and the browser then closes the connection under the page.
      const transaction = this.transaction as IDBTransaction & { _abort(name: string): void };
      const connection = transaction.db;
      transaction._abort('QuotaExceededError');
      setTimeout(() => forceClose(connection), 0);
      return request;
    };
    const open = this.factory.open.bind(this.factory);
    this.factory.open = (name: string, version?: number) => {
      if (this.full) {
        this.opensRefused += 1;
        throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      }
      return open(name, version);
    };
  }

  restore(): void {
    IDBObjectStore.prototype.put = this.put;
  }
}

/** The browser closing the connection under the page (fake-indexeddb types its argument as the class). */
const forceClose = (connection: IDBDatabase) => forceCloseDatabase(connection as unknown as Parameters<typeof forceCloseDatabase>[0]);

const seed = () => {
  const parsed = parseMeetingFile(meetingFileSaying('On screen when the database went'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.file;
};

let disk: FillableDisk;
let keeper: StorageKeeper;

function setUp(guard: DatabaseFilesGuard | null = null, now = () => Date.now()) {
  disk = new FillableDisk();
  keeper = new StorageKeeper({
    name: `keeper-${Math.random()}`,
    indexedDB: disk.factory,
    IDBKeyRange,
    restore: (file) => importer.restore(importedFileOf(file)),
    guard,
    now,
    reopenDelaysMs: [5, 10, 20],
  });
  const importer = new MeetingImportRepository(keeper.db);
  return { meetings: new MeetingsRepository(keeper.db), importer };
}

afterEach(() => {
  keeper.dispose();
  disk.restore();
  vi.restoreAllMocks();
});

describe('StorageKeeper on start', () => {
  it('reports a first start as a database created now, with nothing lost', async () => {
    setUp();
    expect(await keeper.open()).toEqual({ kind: 'opened', createdNow: true, dataLoss: null, setAsideAt: null });
  });

  it('reports a database that cannot be opened, with the browser’s reason, and never rejects', async () => {
    setUp();
    disk.full = true;
    const report = await keeper.open();
    expect(report.kind).toBe('failed');
    expect(report.kind === 'failed' && (report.error as Error).name).toMatch(/UnknownError|OpenFailedError/);
  });

  it('asks the desktop app to set the files aside before opening, and tells it whether everything was there', async () => {
    const calls: string[] = [];
    const guard: DatabaseFilesGuard = {
      beforeOpen: async (reason) => void calls.push(`before ${reason}`),
      afterOpen: async (intact) => (calls.push(`after ${intact ? 'intact' : 'lost'}`), intact ? null : '/user-data/Set aside/db'),
    };
    setUp(guard);
    const report = await keeper.open();
    expect(calls).toEqual(['before start', 'after lost']);
    expect(report).toMatchObject({ createdNow: true, setAsideAt: '/user-data/Set aside/db' });
  });
});

describe('reopening after a full disk, with a saver retrying', () => {
  it('says the disk is full, keeps retrying with back-off while it is, and saves within moments of space coming back', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { importer, meetings } = setUp();
    await keeper.open();
    await importer.restore(importedFileOf(SEED));
    let text = 'Before the disk filled.';
    const states: SaveState[] = [];
    const saver = new DraftSaver({
      snapshot: () => text,
      write: async (snapshot) => (await meetings.saveDraft(SEED.meeting.id, snapshot)).savedAt,
      ...savingThrough(keeper),
      onStateChange: (state) => states.push(state),
      delayMs: 1,
      retryDelayMs: 5,
      maxRetryDelayMs: 20,
      whenQuiet: (start) => start(),
    });
    await expect(saver.flush()).resolves.toBe(true);

    disk.full = true;
    text += ' Typed while the disk was full.';
    saver.markChanged();
    await vi.waitFor(() => expect(states.at(-1)?.kind).toBe('failed'));
    const failed = states.at(-1) as Extract<SaveState, { kind: 'failed' }>;
    expect(failed.message).toMatch(/^The disk is full, so the minutes could not be saved\. Everything you typed is still on screen/);
    // Reopening is tried, and refused, while the disk stays full; the message never turns generic.
    await vi.waitFor(() => expect(disk.opensRefused).toBeGreaterThanOrEqual(3));
    expect(states.filter((state) => state.kind === 'failed').every((state) => state.kind === 'failed' && state.message.startsWith('The disk is full'))).toBe(true);
    expect(keeper.db.isOpen()).toBe(false);

    disk.full = false;
    disk.restore();
    await vi.waitFor(() => expect(states.at(-1)?.kind).toBe('saved'));
    expect(JSON.stringify(await meetings.getDraft(SEED.meeting.id))).toContain('Before the disk filled. Typed while the disk was full.');
    expect(keeper.loss).toBeNull();
    saver.dispose();
  });

  it('reopens by itself after the browser closes the database, with nothing asked of it', async () => {
    const { importer, meetings } = setUp();
    await keeper.open();
    await importer.restore(importedFileOf(SEED));
    forceClose(keeper.db.backendDB());
    await expect(meetings.getMeeting(SEED.meeting.id)).rejects.toThrow(/closed/i);
    await vi.waitFor(() => expect(keeper.db.isOpen()).toBe(true));
    expect((await meetings.getMeeting(SEED.meeting.id))?.title).toBe(SEED.meeting.title);
  });

  it('waits to reopen while the desktop app has no room to set the files aside, then reopens', async () => {
    let room = false;
    const reasons: string[] = [];
    setUp({
      beforeOpen: async (reason) => {
        reasons.push(reason);
        if (reason === 'reopen' && !room) throw Object.assign(new Error('No room to set the database aside'), { name: 'QuotaExceededError' });
      },
      afterOpen: async () => null,
    });
    await keeper.open();
    forceClose(keeper.db.backendDB());
    await vi.waitFor(() => expect(reasons.filter((reason) => reason === 'reopen').length).toBeGreaterThanOrEqual(2));
    expect(keeper.db.isOpen()).toBe(false);
    room = true;
    await vi.waitFor(() => expect(keeper.db.isOpen()).toBe(true));
  });
});

describe('a database the browser throws away while the app runs', () => {
  it('writes the meeting on screen back from memory before anything can read the empty database, and reports the loss', async () => {
    const { importer, meetings } = setUp();
    await keeper.open();
    await importer.restore(importedFileOf(SEED));
    const onScreen = seed();
    keeper.keepOnScreen(() => onScreen);
    let heard = 0;
    keeper.subscribe(() => heard++);

    // Chromium deletes a damaged database as it reopens it: here, between the close and the reopen.
    const name = keeper.db.name;
    forceClose(keeper.db.backendDB());
    await new Promise<void>((resolve, reject) => {
      const deleting = disk.factory.deleteDatabase(name);
      deleting.onsuccess = () => resolve();
      deleting.onerror = () => reject(deleting.error);
    });
    await keeper.recover();

    // The first read after the reopen finds the meeting, with the minutes as they were on screen.
    expect((await meetings.listMeetings()).map((meeting) => meeting.title)).toEqual([SEED.meeting.title]);
    expect(JSON.parse((await meetings.getDraft(SEED.meeting.id))!.editorState)).toEqual(onScreen.minutes.editorState);
    expect(heard).toBe(1);
    expect(keeper.loss).toMatchObject({ dataLoss: null, setAsideAt: null, keptFromScreen: [SEED.meeting.title] });
  });

  it('stops keeping a meeting once it leaves the screen', async () => {
    const { importer, meetings } = setUp();
    await keeper.open();
    await importer.restore(importedFileOf(SEED));
    const stop = keeper.keepOnScreen(() => seed());
    stop();
    const name = keeper.db.name;
    forceClose(keeper.db.backendDB());
    await new Promise<void>((resolve) => (disk.factory.deleteDatabase(name).onsuccess = () => resolve()));
    await keeper.recover();
    expect(await meetings.listMeetings()).toEqual([]);
    expect(keeper.loss?.keptFromScreen).toEqual([]);
  });
});

describe('StorageKeeper.classify', () => {
  it('takes a bare abort or a closed database soon after a full-disk abort to be the full disk, and not after', async () => {
    let clock = 1_000_000;
    const { meetings, importer } = setUp(null, () => clock);
    await keeper.open();
    await importer.restore(importedFileOf(SEED));
    disk.full = true;
    const error = await meetings.saveDraft(SEED.meeting.id, '{}').catch((caught: unknown) => caught);
    disk.full = false;
    // What the save itself rejected with says nothing of the disk…
    expect(classifyStorageFailure(error)).toBe('aborted');
    // …but the keeper saw the transaction abort for it (a task later).
    expect(await keeper.classifySettled(error)).toBe('disk-full');
    clock += 3 * 60_000;
    expect(keeper.classify(error)).toBe('aborted');
  });
});
