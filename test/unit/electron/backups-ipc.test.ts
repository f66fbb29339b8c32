import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Channels, type BackupSummary } from '../../../shared/ipc/contract';
import { MEETING_FILE_MAX_BYTES } from '../../../shared/meeting-file';
import { BackupStore } from '../../../electron/services/backups/backup-store';
import { MeetingBackups } from '../../../electron/services/backups/meeting-backups';
import { meetingFileSaying, SEED, SEED_ID, wordsOf } from './backup-fixtures';

type InvokeHandler = (event: unknown, payload: unknown) => Promise<unknown>;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, InvokeHandler>();
  return { handlers, ipcMain: { handle: (channel: string, handler: InvokeHandler) => handlers.set(channel, handler) } };
});
vi.mock('electron', () => electron);

const { registerBackupHandlers } = await import('../../../electron/main/backups-ipc');

const ours = { senderFrame: { url: 'app://minutes/index.html', parent: null } };
const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
const subFrame = { senderFrame: { url: 'app://minutes/index.html', parent: ours.senderFrame } };
const gone = { senderFrame: null };

let root: string;
let store: BackupStore;
let backups: MeetingBackups;
let warn: ReturnType<typeof vi.spyOn>;

function invoke(channel: string, event: unknown, payload: unknown): Promise<unknown> {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`${channel} is not registered`);
  return handler(event, payload);
}

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(tmpdir(), 'minute-book-backups-ipc-'));
  store = new BackupStore({ folder: path.join(root, 'backups') });
  backups = new MeetingBackups({ store });
  electron.handlers.clear();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  registerBackupHandlers(store, backups);
});

afterEach(async () => {
  backups.dispose();
  vi.restoreAllMocks();
  await fs.rm(root, { recursive: true, force: true });
});

describe('the backup channels', () => {
  it('take a meeting file from our page, write it, list it and read it back', async () => {
    await invoke(Channels.backupMeeting, ours, { meetingId: SEED_ID, meetingFile: meetingFileSaying('Handed over') });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await backups.whenIdle();
    const listed = (await invoke(Channels.listBackups, ours, { meetingId: SEED_ID })) as BackupSummary[];
    expect(listed.map((backup) => [backup.meetingId, backup.kind, backup.meetingTitle])).toEqual([[SEED_ID, 'periodic', SEED.meeting.title]]);
    expect(await invoke(Channels.listBackups, ours, {})).toEqual(listed);
    const text = await invoke(Channels.readBackup, ours, { meetingId: SEED_ID, backupId: listed[0]!.backupId });
    expect(wordsOf(text as string)).toBe('Handed over');
  });

  it.each([
    ['another origin', foreign, 'the sender is not on app://minutes/ (https://evil.example/)'],
    ['a sub-frame', subFrame, 'the sender is a sub-frame, not the top frame'],
    ['a frame that is gone', gone, 'the sending frame is gone'],
  ])('refuse a sender from %s on every channel', async (_what, event, reason) => {
    await expect(invoke(Channels.backupMeeting, event, { meetingId: SEED_ID, meetingFile: meetingFileSaying('Forged') })).rejects.toThrow(reason);
    await expect(invoke(Channels.listBackups, event, {})).rejects.toThrow(reason);
    await expect(invoke(Channels.readBackup, event, { meetingId: SEED_ID, backupId: '20150319T100000000Z-periodic' })).rejects.toThrow(reason);
    expect(warn).toHaveBeenCalledWith(`IPC ${Channels.backupMeeting} refused: ${reason}`);
    expect(await backups.writeUnwritten('quit')).toEqual([]);
    expect(await fs.readdir(root)).toEqual([]);
  });

  it.each([
    ['a meeting id that climbs out of the folder', { meetingId: '../../.ssh', meetingFile: '{}' }, 'meetingId: A meeting id for a backup may hold only letters, digits, - and _'],
    ['a meeting id with a slash', { meetingId: 'a/b', meetingFile: '{}' }, 'meetingId: '],
    ['no meeting file', { meetingId: SEED_ID }, 'meetingFile: '],
    ['a meeting file that is not text', { meetingId: SEED_ID, meetingFile: { format: 'minute-book/meeting' } }, 'meetingFile: '],
    ['an empty meeting file', { meetingId: SEED_ID, meetingFile: '' }, 'meetingFile: The meeting file is empty'],
    ['no payload', undefined, '(payload): '],
  ])('refuse a hand-over with %s, naming the issue, and keep nothing', async (_what, payload, issue) => {
    await expect(invoke(Channels.backupMeeting, ours, payload)).rejects.toThrow(issue);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`IPC ${Channels.backupMeeting} refused: invalid payload: ${issue}`));
    expect(await backups.writeUnwritten('quit')).toEqual([]);
    expect(await fs.readdir(root)).toEqual([]);
  });

  it('refuse a meeting file over 50 MB before reading it', async () => {
    const huge = 'x'.repeat(MEETING_FILE_MAX_BYTES + 1);
    await expect(invoke(Channels.backupMeeting, ours, { meetingId: SEED_ID, meetingFile: huge })).rejects.toThrow(
      'meetingFile: The meeting file is larger than 50 MB',
    );
    expect(await backups.writeUnwritten('quit')).toEqual([]);
  });

  it('refuse a damaged meeting file with the reason, and keep nothing', async () => {
    await expect(invoke(Channels.backupMeeting, ours, { meetingId: SEED_ID, meetingFile: meetingFileSaying('Cut').slice(0, -40) })).rejects.toThrow('cut short');
    expect(await backups.writeUnwritten('quit')).toEqual([]);
  });

  it.each([
    ['a backup id that climbs out of the folder', { meetingId: SEED_ID, backupId: '../../../etc/passwd' }, 'backupId: Not the name of a Minute Book backup'],
    ['the details file', { meetingId: SEED_ID, backupId: 'meeting-details' }, 'backupId: Not the name of a Minute Book backup'],
    ['a meeting id that climbs out', { meetingId: '..', backupId: '20150319T100000000Z-periodic' }, 'meetingId: '],
    ['no backup id', { meetingId: SEED_ID }, 'backupId: '],
  ])('refuse to read %s', async (_what, payload, issue) => {
    await expect(invoke(Channels.readBackup, ours, payload)).rejects.toThrow(issue);
  });

  it('refuse to list with a bad meeting id', async () => {
    await expect(invoke(Channels.listBackups, ours, { meetingId: '../x' })).rejects.toThrow('meetingId: ');
    await expect(invoke(Channels.listBackups, ours, 'all')).rejects.toThrow('(payload): ');
  });
});
