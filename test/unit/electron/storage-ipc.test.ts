import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Channels, LOW_DISK_BYTES, type EmergencyBackupResult } from '../../../shared/ipc/contract';
import { BackupStore } from '../../../electron/services/backups/backup-store';
import { MeetingBackups } from '../../../electron/services/backups/meeting-backups';
import { DatabaseFiles } from '../../../electron/services/storage/database-files';
import type { DiskSpaceWatch, StatFs } from '../../../electron/services/storage/disk-space';
import { meetingFileSaying, SEED_ID, wordsOf } from './backup-fixtures';

type InvokeHandler = (event: unknown, payload: unknown) => Promise<unknown>;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, InvokeHandler>();
  return {
    handlers,
    ipcMain: { handle: (channel: string, handler: InvokeHandler) => handlers.set(channel, handler) },
    dialog: { showOpenDialog: vi.fn() },
  };
});
vi.mock('electron', () => electron);

const { registerStorageHandlers } = await import('../../../electron/main/storage-ipc');

const ours = { senderFrame: { url: 'app://minutes/index.html', parent: null } };
const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
const MB = 1024 * 1024;

let root: string;
let userData: string;
/** Free bytes per folder prefix: the longest prefix that matches answers; the rest of the machine has plenty. */
let free: Map<string, number>;
let store: BackupStore;
let backups: MeetingBackups;
let diskSpace: DiskSpaceWatch;
let window: { isDestroyed: () => boolean; webContents: { isDestroyed: () => boolean; send: ReturnType<typeof vi.fn> } };

const statfs: StatFs = async (folder) => {
  const match = [...free.keys()].filter((prefix) => folder.startsWith(prefix)).sort((a, b) => b.length - a.length)[0];
  return { bavail: Math.floor((match === undefined ? 10_000 * MB : free.get(match)!) / 4096), bsize: 4096 };
};

function invoke(channel: string, payload: unknown, event: unknown = ours): Promise<unknown> {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`${channel} is not registered`);
  return handler(event, payload);
}

const emergency = (words: string) => invoke(Channels.emergencyBackup, { meetingId: SEED_ID, meetingFile: meetingFileSaying(words) }) as Promise<EmergencyBackupResult>;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(tmpdir(), 'minute-book-storage-ipc-'));
  userData = path.join(root, 'user-data');
  await fs.mkdir(userData);
  free = new Map([[userData, 5000 * MB]]);
  store = new BackupStore({ folder: path.join(userData, 'backups') });
  backups = new MeetingBackups({ store });
  window = { isDestroyed: () => false, webContents: { isDestroyed: () => false, send: vi.fn() } };
  electron.handlers.clear();
  electron.dialog.showOpenDialog.mockReset();
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  ({ diskSpace } = registerStorageHandlers({
    store,
    backups,
    databaseFiles: new DatabaseFiles({ userData, freeBytes: async () => free.get(userData)! }),
    userData,
    getWindow: () => window as never,
    statfs,
  }));
});

afterEach(async () => {
  backups.dispose();
  // A periodic write the test set going (writeLater on a full disk) may be under way: the folder goes after it.
  await backups.whenIdle();
  diskSpace.stop();
  vi.restoreAllMocks();
  await fs.rm(root, { recursive: true, force: true });
});

describe('the emergency backup on a failed save', () => {
  it('is written to the backups folder at once, not at the next periodic backup, and says where', async () => {
    const result = await emergency('Typed while the save failed');
    expect(result).toMatchObject({ status: 'written', place: 'backups' });
    const written = (result as Extract<EmergencyBackupResult, { status: 'written' }>).path;
    expect(written.startsWith(path.join(userData, 'backups', SEED_ID))).toBe(true);
    expect(written).toMatch(/-emergency\.json$/);
    expect(wordsOf(await fs.readFile(written, 'utf8'))).toBe('Typed while the save failed');
    // Nothing left over for the quit backup: main's copy is on disk.
    expect(await backups.writeUnwritten('quit')).toEqual([]);
  });

  it('is refused from another origin, and when the file is not a whole meeting file, writing nothing', async () => {
    await expect(invoke(Channels.emergencyBackup, { meetingId: SEED_ID, meetingFile: meetingFileSaying('x') }, foreign)).rejects.toThrow('the sender is not on app://minutes/');
    await expect(invoke(Channels.emergencyBackup, { meetingId: SEED_ID, meetingFile: meetingFileSaying('Cut').slice(0, -40) })).rejects.toThrow('cut short');
    await expect(invoke(Channels.emergencyBackup, { meetingId: '../x', meetingFile: '{}' })).rejects.toThrow('meetingId');
    await expect(invoke(Channels.chooseEmergencyFolder, { meetingId: SEED_ID, extra: 'x'.repeat(2048) })).rejects.toThrow('larger than');
    expect(await fs.readdir(userData)).toEqual([]);
  });

  it('on a full disk, asks for a folder; the one chosen gets this copy and the next ones, each named for the meeting', async () => {
    free.set(userData, 2 * MB);
    const full = await emergency('Typed on a full disk');
    expect(full).toEqual({ status: 'needs-folder', message: expect.stringMatching(/^The disk is full, so the emergency copy could not be written/) });

    const stick = path.join(root, 'usb-stick');
    await fs.mkdir(stick);
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [stick] });
    const chosen = (await invoke(Channels.chooseEmergencyFolder, { meetingId: SEED_ID })) as EmergencyBackupResult;
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(window, expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }));
    expect(chosen).toMatchObject({ status: 'written', place: 'chosen-folder' });
    const first = (chosen as Extract<EmergencyBackupResult, { status: 'written' }>).path;
    expect(path.dirname(first)).toBe(stick);
    expect(path.basename(first)).toMatch(/^Kent Community Safety Partnership - 19 March 2015 - NOTES - emergency copy \d{8}T\d{9}Z\.json$/);
    expect(wordsOf(await fs.readFile(first, 'utf8'))).toBe('Typed on a full disk');

    const next = await emergency('Typed later, still full');
    expect(next).toMatchObject({ status: 'written', place: 'chosen-folder' });
    expect(wordsOf(await fs.readFile((next as Extract<EmergencyBackupResult, { status: 'written' }>).path, 'utf8'))).toBe('Typed later, still full');

    // Room again: back to the backups folder.
    free.set(userData, 5000 * MB);
    expect(await emergency('Space freed')).toMatchObject({ status: 'written', place: 'backups' });
  });

  it('says so when the officer cancels the folder dialog, and when the chosen folder is full too', async () => {
    free.set(userData, 0);
    await emergency('On screen');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await invoke(Channels.chooseEmergencyFolder, { meetingId: SEED_ID })).toEqual({ status: 'cancelled' });
    const alsoFull = path.join(root, 'also-full');
    await fs.mkdir(alsoFull);
    free.set(alsoFull, 0);
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [alsoFull] });
    expect(await invoke(Channels.chooseEmergencyFolder, { meetingId: SEED_ID })).toEqual({
      status: 'needs-folder',
      message: `The folder you chose (${alsoFull}) is on a full disk too. Choose a folder on another drive.`,
    });
    expect(await fs.readdir(alsoFull)).toEqual([]);
  });

  it('falls back to asking for a folder when the write itself finds the disk full, and keeps the older backups', async () => {
    await emergency('An earlier copy');
    const failingStore = new BackupStore({
      folder: path.join(userData, 'backups'),
      writeFile: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    electron.handlers.clear();
    const failing = new MeetingBackups({ store: failingStore });
    const { diskSpace: watch } = registerStorageHandlers({
      store: failingStore,
      backups: failing,
      databaseFiles: new DatabaseFiles({ userData, freeBytes: async () => 5000 * MB }),
      userData,
      getWindow: () => null,
      statfs,
    });
    expect(await emergency('Typed when the disk filled')).toMatchObject({ status: 'needs-folder' });
    expect((await store.list(SEED_ID)).map((backup) => backup.kind)).toEqual(['emergency']);
    failing.dispose();
    watch.stop();
  });
});

describe('the low-disk warning', () => {
  it('tells the window the free space at the first check, warns under 200 MB, and says when there is room again', async () => {
    await diskSpace.check();
    expect(window.webContents.send).toHaveBeenLastCalledWith(Channels.diskSpace, { freeBytes: 5000 * MB, low: false });
    free.set(userData, 150 * MB);
    await diskSpace.check();
    expect(window.webContents.send).toHaveBeenLastCalledWith(Channels.diskSpace, { freeBytes: 150 * MB, low: true });
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/is nearly full: 150 MB free/));
    window.webContents.send.mockClear();
    free.set(userData, 120 * MB);
    await diskSpace.check();
    expect(window.webContents.send).not.toHaveBeenCalled(); // still low: said once
    free.set(userData, LOW_DISK_BYTES + MB);
    await diskSpace.check();
    expect(window.webContents.send).toHaveBeenLastCalledWith(Channels.diskSpace, { freeBytes: LOW_DISK_BYTES + MB, low: false });
  });

  it('is checked again after an emergency backup is written', async () => {
    await diskSpace.check();
    free.set(userData, 190 * MB);
    await emergency('Nearly full now');
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenLastCalledWith(Channels.diskSpace, { freeBytes: 190 * MB, low: true }));
  });
});
