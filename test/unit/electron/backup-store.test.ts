import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupStore } from '../../../electron/services/backups/backup-store';
import { backupIdFor, readBackupId } from '../../../shared/backups/backup-names';
import { meetingFileSaying, SEED, SEED_ID, wordsOf } from './backup-fixtures';

let root: string;
let folder: string;
const details = { title: SEED.meeting.title, date: SEED.meeting.date };
const at = (minutes: number) => Date.UTC(2015, 2, 19, 10, minutes, 0, 0);

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(tmpdir(), 'minute-book-backups-'));
  folder = path.join(root, 'backups');
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('backup names', () => {
  it('name the UTC time to the millisecond and the kind, and read back', () => {
    const savedAt = Date.UTC(2026, 10, 22, 14, 30, 0, 123);
    expect(backupIdFor(savedAt, 'emergency')).toBe('20261122T143000123Z-emergency');
    expect(readBackupId('20261122T143000123Z-emergency')).toEqual({ savedAt, kind: 'emergency' });
    expect(readBackupId('20261122T143000123Z-other')).toBeNull();
    expect(readBackupId('../20261122T143000123Z-quit')).toBeNull();
  });
});

describe('BackupStore', () => {
  it('keeps exactly the newest N of a meeting, lists them newest first, and reads each back', async () => {
    const store = new BackupStore({ folder, keep: 3 });
    for (let minute = 1; minute <= 5; minute += 1) {
      await store.write(SEED_ID, 'periodic', meetingFileSaying(`Copy ${minute}`), details, at(minute));
    }
    const listed = await store.list(SEED_ID);
    expect(listed.map((backup) => backup.backupId)).toEqual([backupIdFor(at(5), 'periodic'), backupIdFor(at(4), 'periodic'), backupIdFor(at(3), 'periodic')]);
    expect(listed.map((backup) => backup.savedAt)).toEqual([at(5), at(4), at(3)]);
    expect(listed[0]).toMatchObject({ meetingId: SEED_ID, kind: 'periodic', meetingTitle: SEED.meeting.title, meetingDate: '2015-03-19' });
    expect(listed[0]!.bytes).toBe(Buffer.byteLength(meetingFileSaying('Copy 5')));
    expect(wordsOf(await store.read(SEED_ID, listed[0]!.backupId))).toBe('Copy 5');
    expect(wordsOf(await store.read(SEED_ID, listed[2]!.backupId))).toBe('Copy 3');
    expect((await fs.readdir(path.join(folder, SEED_ID))).sort()).toEqual([
      `${backupIdFor(at(3), 'periodic')}.json`,
      `${backupIdFor(at(4), 'periodic')}.json`,
      `${backupIdFor(at(5), 'periodic')}.json`,
      'meeting-details.json',
    ]);
  });

  it('keeps 20 by default', async () => {
    const store = new BackupStore({ folder });
    for (let minute = 0; minute < 22; minute += 1) await store.write(SEED_ID, 'periodic', meetingFileSaying(`Copy ${minute}`), details, at(minute));
    const listed = await store.list(SEED_ID);
    expect(listed).toHaveLength(20);
    expect(wordsOf(await store.read(SEED_ID, listed.at(-1)!.backupId))).toBe('Copy 2');
  });

  it('never overwrites a backup written in the same millisecond', async () => {
    const store = new BackupStore({ folder });
    await store.write(SEED_ID, 'periodic', meetingFileSaying('Periodic'), details, at(1));
    await store.write(SEED_ID, 'quit', meetingFileSaying('On quit'), details, at(1));
    const listed = await store.list(SEED_ID);
    expect(listed.map((backup) => [backup.kind, backup.savedAt])).toEqual([
      ['quit', at(1) + 1],
      ['periodic', at(1)],
    ]);
  });

  it('lists every meeting’s backups, newest first, naming each meeting', async () => {
    const store = new BackupStore({ folder });
    await store.write(SEED_ID, 'periodic', meetingFileSaying('Seed'), details, at(1));
    await store.write('deleted-meeting', 'emergency', meetingFileSaying('Gone', 'deleted-meeting'), { title: 'Planning Committee', date: '2026-03-05' }, at(2));
    const listed = await store.list();
    expect(listed.map((backup) => [backup.meetingId, backup.kind, backup.meetingTitle])).toEqual([
      ['deleted-meeting', 'emergency', 'Planning Committee'],
      [SEED_ID, 'periodic', SEED.meeting.title],
    ]);
  });

  it('lists nothing, without failing, before the first backup', async () => {
    expect(await new BackupStore({ folder }).list()).toEqual([]);
    expect(await new BackupStore({ folder }).list(SEED_ID)).toEqual([]);
  });

  it('leaves files that are not its backups alone, in the list and in the rotation', async () => {
    const store = new BackupStore({ folder, keep: 1 });
    await fs.mkdir(path.join(folder, SEED_ID), { recursive: true });
    await fs.writeFile(path.join(folder, SEED_ID, 'notes.json'), 'the officer’s own file');
    await store.write(SEED_ID, 'periodic', meetingFileSaying('One'), details, at(1));
    await store.write(SEED_ID, 'periodic', meetingFileSaying('Two'), details, at(2));
    expect((await store.list(SEED_ID)).map((backup) => backup.savedAt)).toEqual([at(2)]);
    expect(await fs.readFile(path.join(folder, SEED_ID, 'notes.json'), 'utf8')).toBe('the officer’s own file');
  });

  it('keeps every older backup when a write fails (a full disk), and deletes none', async () => {
    const good = new BackupStore({ folder, keep: 2 });
    await good.write(SEED_ID, 'periodic', meetingFileSaying('One'), details, at(1));
    await good.write(SEED_ID, 'periodic', meetingFileSaying('Two'), details, at(2));
    const full = new BackupStore({
      folder,
      keep: 2,
      writeFile: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })),
    });
    await expect(full.write(SEED_ID, 'periodic', meetingFileSaying('Three'), details, at(3))).rejects.toMatchObject({ code: 'ENOSPC' });
    const listed = await good.list(SEED_ID);
    expect(listed.map((backup) => backup.savedAt)).toEqual([at(2), at(1)]);
    expect(wordsOf(await good.read(SEED_ID, listed[1]!.backupId))).toBe('One');
  });

  it.each(['..', '../outside', 'a/b', 'a\\b', '/etc', 'C:', '', '.hidden', 'x'.repeat(129)])('refuses the meeting id %j and writes nothing', async (meetingId) => {
    const store = new BackupStore({ folder });
    await expect(store.write(meetingId, 'periodic', meetingFileSaying('Escape'), details, at(1))).rejects.toThrow();
    await expect(store.list(meetingId)).rejects.toThrow();
    await expect(store.read(meetingId, backupIdFor(at(1), 'periodic'))).rejects.toThrow();
    expect(await fs.readdir(root)).toEqual([]);
  });

  it.each(['../../secrets', '20150319T100100000Z-periodic.json', '..', 'meeting-details'])('refuses to read the backup id %j', async (backupId) => {
    const store = new BackupStore({ folder });
    await store.write(SEED_ID, 'periodic', meetingFileSaying('One'), details, at(1));
    await expect(store.read(SEED_ID, backupId)).rejects.toThrow('Not the name of a Minute Book backup');
  });

  it('says plainly when a backup has gone', async () => {
    const store = new BackupStore({ folder });
    await expect(store.read(SEED_ID, backupIdFor(at(1), 'quit'))).rejects.toThrow(`The backup ${backupIdFor(at(1), 'quit')} of this meeting is no longer on disk.`);
  });
});
