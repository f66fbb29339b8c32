import { EventEmitter } from 'node:events';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupsOnQuit } from '../../../electron/services/backups/backups-on-quit';
import { installQuitHandshake, quitBackupKind, type QuitHandshakeDependencies, type QuitOutcome } from '../../../electron/main/quit';
import { BackupStore } from '../../../electron/services/backups/backup-store';
import { BACKUP_INTERVAL_MS, MeetingBackups } from '../../../electron/services/backups/meeting-backups';
import { Channels } from '../../../shared/ipc/contract';
import { QUIT_FLUSH_TIMEOUT_MS } from '../../../shared/ipc/quit-handshake';
import { meetingFileSaying, SEED_ID, wordsOf } from './backup-fixtures';

let root: string;
let store: BackupStore;
let backups: MeetingBackups;

/** Lets the real file-system work started so far finish (setTimeout and Date stay fake), then the promises after it. */
async function settle(): Promise<void> {
  await backups.whenIdle();
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** What is on disk for the seed meeting, newest first: [kind, words]. */
async function onDisk(): Promise<[string, string][]> {
  const listed = await store.list(SEED_ID);
  return Promise.all(listed.map(async (backup) => [backup.kind, wordsOf(await store.read(SEED_ID, backup.backupId))] as [string, string]));
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(Date.UTC(2015, 2, 19, 10, 0, 0));
  root = await fs.mkdtemp(path.join(tmpdir(), 'minute-book-meeting-backups-'));
  store = new BackupStore({ folder: path.join(root, 'backups') });
  backups = new MeetingBackups({ store });
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  backups.dispose();
  vi.useRealTimers();
  vi.restoreAllMocks();
  await fs.rm(root, { recursive: true, force: true });
});

describe('MeetingBackups', () => {
  it('writes the first copy at once, then at most one periodic backup per interval, always the latest copy', async () => {
    backups.handOver(SEED_ID, meetingFileSaying('First'));
    vi.advanceTimersByTime(0);
    await settle();
    expect(await onDisk()).toEqual([['periodic', 'First']]);

    vi.advanceTimersByTime(60_000);
    backups.handOver(SEED_ID, meetingFileSaying('Second'));
    vi.advanceTimersByTime(60_000);
    backups.handOver(SEED_ID, meetingFileSaying('Third'));
    vi.advanceTimersByTime(BACKUP_INTERVAL_MS - 120_001);
    await settle();
    expect(await onDisk()).toEqual([['periodic', 'First']]);

    vi.advanceTimersByTime(1);
    await settle();
    expect(await onDisk()).toEqual([
      ['periodic', 'Third'],
      ['periodic', 'First'],
    ]);
  });

  it('writes nothing more while nothing changes', async () => {
    backups.handOver(SEED_ID, meetingFileSaying('Only'));
    vi.advanceTimersByTime(0);
    await settle();
    vi.advanceTimersByTime(BACKUP_INTERVAL_MS * 5);
    await settle();
    expect(await onDisk()).toEqual([['periodic', 'Only']]);
  });

  it.each([
    ['text that is not a meeting file', 'not json at all', 'The file is not a Minute Book meeting file'],
    ['a meeting file cut short', meetingFileSaying('Cut').slice(0, 500), 'cut short'],
    ['another meeting’s file', meetingFileSaying('Other', 'another-meeting'), 'The meeting file is of meeting "another-meeting"'],
  ])('refuses %s, keeps nothing and writes nothing', async (_what, meetingFile, reason) => {
    expect(() => backups.handOver(SEED_ID, meetingFile)).toThrow(reason);
    vi.advanceTimersByTime(BACKUP_INTERVAL_MS);
    await settle();
    expect(await backups.writeUnwritten('quit')).toEqual([]);
    expect(await onDisk()).toEqual([]);
  });

  it('on quit writes only the copies not yet on disk', async () => {
    backups.handOver(SEED_ID, meetingFileSaying('Written'));
    backups.handOver('another-meeting', meetingFileSaying('Other', 'another-meeting'));
    vi.advanceTimersByTime(0);
    await settle();
    backups.handOver(SEED_ID, meetingFileSaying('Typed since'));
    const written = await backups.writeUnwritten('quit');
    expect(written.map((backup) => [backup.meetingId, backup.kind])).toEqual([[SEED_ID, 'quit']]);
    expect(await onDisk()).toEqual([
      ['quit', 'Typed since'],
      ['periodic', 'Written'],
    ]);
  });

  it('tries a failed periodic write again after the interval, keeping the older backups', async () => {
    let diskFull = false;
    const real = new BackupStore({ folder: path.join(root, 'backups') });
    store = new BackupStore({
      folder: path.join(root, 'backups'),
      writeFile: async (target, bytes) => {
        if (diskFull) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        await fs.writeFile(target, bytes);
      },
    });
    backups = new MeetingBackups({ store });
    backups.handOver(SEED_ID, meetingFileSaying('Before'));
    vi.advanceTimersByTime(0);
    await settle();
    diskFull = true;
    vi.advanceTimersByTime(BACKUP_INTERVAL_MS);
    backups.handOver(SEED_ID, meetingFileSaying('During'));
    vi.advanceTimersByTime(0);
    await settle();
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('could not be written (older backups are kept)'), expect.anything());
    expect((await real.list(SEED_ID)).map((backup) => backup.kind)).toEqual(['periodic']);
    diskFull = false;
    vi.advanceTimersByTime(BACKUP_INTERVAL_MS);
    await settle();
    expect(await onDisk()).toEqual([
      ['periodic', 'During'],
      ['periodic', 'Before'],
    ]);
  });
});

/** An app that quits only when before-quit goes unprevented, as Electron's does. */
class FakeApp extends EventEmitter {
  quitted = false;
  quit(): void {
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.quitted = true;
  }
}

function quitWithBackups() {
  const app = new FakeApp();
  const ipcMain = new EventEmitter();
  const send = vi.fn();
  const window = { isDestroyed: () => false, webContents: { isDestroyed: () => false, send } };
  installQuitHandshake({
    app,
    ipcMain,
    getWindow: () => window,
    // As lifecycle.ts wires them: the handshake's outcome decides the kind.
    beforeQuitting: (outcome: QuitOutcome) => backupsOnQuit(backups, store.folder)(quitBackupKind(outcome)),
  } as unknown as QuitHandshakeDependencies);
  const answer = (payload: unknown) => ipcMain.emit(Channels.flushedBeforeQuit, { senderFrame: { url: 'app://minutes/index.html', parent: null } }, payload);
  return { app, answer };
}

describe('backups on quit', () => {
  it('writes an emergency backup of the latest copy when the window does not answer in time, logs it, then quits', async () => {
    const { app } = quitWithBackups();
    backups.handOver(SEED_ID, meetingFileSaying('Written a minute ago'));
    vi.advanceTimersByTime(0);
    await settle();
    vi.advanceTimersByTime(60_000);
    backups.handOver(SEED_ID, meetingFileSaying('The last words main holds'));

    app.quit();
    vi.advanceTimersByTime(QUIT_FLUSH_TIMEOUT_MS - 1);
    await settle();
    expect(app.quitted).toBe(false);
    expect(await onDisk()).toEqual([['periodic', 'Written a minute ago']]);

    vi.advanceTimersByTime(1);
    await settle();
    expect(await onDisk()).toEqual([
      ['emergency', 'The last words main holds'],
      ['periodic', 'Written a minute ago'],
    ]);
    expect(app.quitted).toBe(true);
    const [emergency] = await store.list(SEED_ID);
    expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining(`The window did not confirm its last save before quitting: emergency backups written: ${path.join(store.folder, SEED_ID, `${emergency!.backupId}.json`)}`),
    );
  });

  it('writes a backup on quit, not an emergency one, when the window confirms its last save', async () => {
    const { app, answer } = quitWithBackups();
    backups.handOver(SEED_ID, meetingFileSaying('Written earlier'));
    vi.advanceTimersByTime(0);
    await settle();
    app.quit();
    // The window's flush hands over its latest copy before it answers.
    backups.handOver(SEED_ID, meetingFileSaying('Handed over on quit'));
    answer({ requestId: 0, saved: true });
    expect(app.quitted).toBe(false);
    // Quit again while the backup is written: it waits for it.
    app.quit();
    await settle();
    expect(app.quitted).toBe(true);
    expect(await onDisk()).toEqual([
      ['quit', 'Handed over on quit'],
      ['periodic', 'Written earlier'],
    ]);
    expect(console.error).not.toHaveBeenCalled();
  });

  it('quits even when the backups on quit cannot be written', async () => {
    const full = new BackupStore({ folder: store.folder, writeFile: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })) });
    backups = new MeetingBackups({ store: full });
    const { app, answer } = quitWithBackups();
    backups.handOver(SEED_ID, meetingFileSaying('Cannot be written'));
    app.quit();
    answer({ requestId: 0, saved: true });
    await settle();
    expect(app.quitted).toBe(true);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('The quit backup of meeting kcsp-2015-03-19 could not be written'), expect.anything());
  });
});
