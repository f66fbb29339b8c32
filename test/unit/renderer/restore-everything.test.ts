import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openMinuteBookDatabase } from '../../../renderer/src/db/database';
import { MeetingsRepository } from '../../../renderer/src/db/meetings-repository';
import { RevisionsRepository } from '../../../renderer/src/db/revisions-repository';
import { MeetingImportRepository } from '../../../renderer/src/db/import-repository';
import { meetingsToRestore, restoreEverything } from '../../../renderer/src/features/backups/restore-everything';
import type { BackupSummary } from '../../../shared/ipc/contract';
import { meetingFileSaying, SEED, SEED_ID } from '../electron/backup-fixtures';

function summary(meetingId: string, savedAt: number, title = SEED.meeting.title): BackupSummary {
  const stamp = new Date(savedAt).toISOString().replace(/[-:.]/g, '');
  return { meetingId, backupId: `${stamp}-periodic`, kind: 'periodic', savedAt, bytes: 1000, meetingTitle: title, meetingDate: SEED.meeting.date };
}

function services() {
  const db = openMinuteBookDatabase(`restore-all-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  return { meetings: new MeetingsRepository(db), revisions: new RevisionsRepository(db), importer: new MeetingImportRepository(db) };
}

describe('meetingsToRestore', () => {
  it('names each meeting missing from the database once, with its copies newest first, the most recently copied meeting first', () => {
    const backups = [summary('a', 1000, 'A'), summary('b', 3000, 'B'), summary('a', 2000, 'A'), summary('here', 5000, 'Here')];
    expect(meetingsToRestore(backups, new Set(['here'])).map((meeting) => [meeting.meetingId, meeting.backups.map((b) => b.savedAt)])).toEqual([
      ['b', [3000]],
      ['a', [2000, 1000]],
    ]);
  });
});

describe('restoreEverything', () => {
  it('brings every meeting back from its newest copy that reads whole, with its committee, roster and phrases, and reports progress', async () => {
    const app = services();
    const texts = new Map([
      [`${SEED_ID}/new`, meetingFileSaying('The newest copy').slice(0, -30)], // damaged: cut short
      [`${SEED_ID}/old`, meetingFileSaying('An older copy')],
      ['june/only', meetingFileSaying('June', 'june')],
    ]);
    const copies = { read: async (meetingId: string, backupId: string) => texts.get(`${meetingId}/${backupId}`)! };
    const progress: string[] = [];
    const result = await restoreEverything(
      app,
      copies,
      [
        { meetingId: SEED_ID, title: SEED.meeting.title, date: SEED.meeting.date, backups: [{ ...summary(SEED_ID, 2), backupId: 'new' }, { ...summary(SEED_ID, 1), backupId: 'old' }] },
        { meetingId: 'june', title: 'June', date: '', backups: [{ ...summary('june', 3), backupId: 'only' }] },
        { meetingId: 'gone', title: 'Gone', date: '', backups: [{ ...summary('gone', 4), backupId: 'missing' }] },
      ],
      (done, total) => progress.push(`${done}/${total}`),
    );
    expect(result.restored).toEqual([SEED.meeting.title, 'June']);
    expect(result.failed).toEqual([{ title: 'Gone', reason: expect.any(String) }]);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
    const draft = (await app.meetings.getDraft(SEED_ID))!.editorState;
    expect(draft).toContain('An older copy');
    expect(draft).not.toContain('The newest copy');
    expect((await app.meetings.listMeetings()).map((meeting) => meeting.id).sort()).toEqual(['june', SEED_ID].sort());
  });
});
