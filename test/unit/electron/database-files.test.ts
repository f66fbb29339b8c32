import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatabaseFiles, SET_ASIDE_FOLDER } from '../../../electron/services/storage/database-files';

const MB = 1024 * 1024;
let userData: string;
let free: number;
let files: DatabaseFiles;
const ours = () => path.join(userData, 'IndexedDB', 'app_minutes_0.indexeddb.leveldb');

async function setAside(): Promise<string[]> {
  const folders = await fs.readdir(path.join(userData, SET_ASIDE_FOLDER)).catch(() => [] as string[]);
  return folders.map((folder) => path.join(userData, SET_ASIDE_FOLDER, folder));
}

beforeEach(async () => {
  userData = await fs.mkdtemp(path.join(tmpdir(), 'minute-book-database-files-'));
  await fs.mkdir(ours(), { recursive: true });
  await fs.writeFile(path.join(ours(), '000003.log'), 'the minutes, in LevelDB');
  await fs.writeFile(path.join(ours(), 'CURRENT'), 'MANIFEST-000001\n');
  // Another site's database in the same profile is never touched.
  await fs.mkdir(path.join(userData, 'IndexedDB', 'https_example.org_0.indexeddb.leveldb'));
  free = 5000 * MB;
  files = new DatabaseFiles({ userData, freeBytes: async () => free, now: () => Date.UTC(2026, 2, 5, 10, 42) });
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(userData, { recursive: true, force: true });
});

describe('DatabaseFiles', () => {
  it('touches nothing at an ordinary start', async () => {
    expect(await files.beforeOpen('start')).toEqual({ status: 'ready' });
    expect(await files.afterOpen(true)).toEqual({ status: 'done', keptAt: null });
    expect(await setAside()).toEqual([]);
  });

  it('copies the files aside before a reopen, and deletes the copy when the database opened whole', async () => {
    expect(await files.beforeOpen('reopen')).toEqual({ status: 'ready' });
    const [copy] = await setAside();
    expect(await fs.readFile(path.join(copy!, 'app_minutes_0.indexeddb.leveldb', '000003.log'), 'utf8')).toBe('the minutes, in LevelDB');
    expect(await fs.readdir(path.join(copy!))).toEqual(['app_minutes_0.indexeddb.leveldb']);
    expect(await fs.readFile(path.join(ours(), '000003.log'), 'utf8')).toBe('the minutes, in LevelDB'); // the original is untouched
    expect(await files.afterOpen(true)).toEqual({ status: 'done', keptAt: null });
    expect(await fs.readdir(path.join(userData, SET_ASIDE_FOLDER))).toEqual([]);
  });

  it('sets the files aside again at the next start after trouble, even when the reopen found everything there', async () => {
    // A full disk can damage the log without Chromium noticing until the next start opens it from scratch.
    await files.beforeOpen('reopen');
    await files.afterOpen(true);
    const next = new DatabaseFiles({ userData, freeBytes: async () => 5000 * MB });
    await next.beforeOpen('start');
    expect(await setAside()).toHaveLength(1);
    expect(await next.afterOpen(false)).toEqual({ status: 'done', keptAt: (await setAside())[0] });
  });

  it('keeps the copy, with a note for IT, when the open found the database gone', async () => {
    await files.beforeOpen('reopen');
    const [copy] = await setAside();
    expect(await files.afterOpen(false)).toEqual({ status: 'done', keptAt: copy });
    expect(await fs.readFile(path.join(copy!, 'READ ME.txt'), 'utf8')).toMatch(/the engine had thrown it away/);
    expect(await fs.readFile(path.join(copy!, 'app_minutes_0.indexeddb.leveldb', '000003.log'), 'utf8')).toBe('the minutes, in LevelDB');
  });

  it('copies once per trouble, however many reopens it takes', async () => {
    await files.beforeOpen('reopen');
    await files.beforeOpen('reopen');
    expect(await setAside()).toHaveLength(1);
  });

  it('moves the files aside (a rename needs no room) when there is no room for a copy', async () => {
    free = 10 * MB;
    expect(await files.beforeOpen('reopen')).toEqual({ status: 'ready' });
    const [moved] = await setAside();
    expect(await fs.readFile(path.join(moved!, 'app_minutes_0.indexeddb.leveldb', '000003.log'), 'utf8')).toBe('the minutes, in LevelDB');
    expect(await fs.readdir(path.join(userData, 'IndexedDB'))).toEqual(['https_example.org_0.indexeddb.leveldb']);
    expect(await files.afterOpen(false)).toEqual({ status: 'done', keptAt: moved });
  });

  it('after a session that ended with the database closed, sets the files aside at the next start', async () => {
    // The last session: the browser closed the database, main copied it aside, the app quit before reopening.
    await files.beforeOpen('reopen');
    expect(await setAside()).toHaveLength(1);

    const next = new DatabaseFiles({ userData, freeBytes: async () => 5000 * MB, now: () => Date.UTC(2026, 2, 5, 11, 0) });
    expect(await next.beforeOpen('start')).toEqual({ status: 'ready' });
    expect(await setAside()).toHaveLength(2);
    expect(await next.afterOpen(false)).toEqual({ status: 'done', keptAt: expect.stringContaining('20260305T110000000Z database') });

    // The note is gone once the database opened: the start after that touches nothing.
    expect(await new DatabaseFiles({ userData, freeBytes: async () => 5000 * MB }).beforeOpen('start')).toEqual({ status: 'ready' });
    expect(await setAside()).toHaveLength(2);
  });
});
