import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openMinuteBookDatabase } from '../../../renderer/src/db/database';
import { MeetingsRepository } from '../../../renderer/src/db/meetings-repository';
import { RevisionsRepository } from '../../../renderer/src/db/revisions-repository';
import { MARCH_2015 } from '../../fixtures/meetings';
import { defaultBodySettings } from '../../../shared/model/body';

function repository() {
  const db = openMinuteBookDatabase(`test-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let clock = 1000;
  let id = 0;
  return new MeetingsRepository(db, () => ++clock, () => `meeting-${++id}`);
}

const march2015 = { bodyId: 'kcsp', title: MARCH_2015.title, date: MARCH_2015.date, startTime: MARCH_2015.startTime, venue: MARCH_2015.venue };

describe('openMinuteBookDatabase', () => {
  it('asks Chromium for strict (flushed-to-disk) transaction commits', () => {
    const db = openMinuteBookDatabase('durability', { indexedDB: new IDBFactory(), IDBKeyRange });
    // Dexie keeps the constructor options here; 'relaxed' (Chromium's default) could lose minutes in a power cut.
    expect((db as unknown as { _options: { chromeTransactionDurability?: string } })._options.chromeTransactionDurability).toBe('strict');
  });
});

describe('MeetingsRepository', () => {
  it('lists meetings with the latest meeting date first', async () => {
    const repo = repository();
    await repo.createMeeting({ ...march2015, title: 'March 2015' });
    await repo.createMeeting({ ...march2015, title: 'July 2019', date: '2019-07-17' });
    await repo.createMeeting({ ...march2015, title: 'October 2014', date: '2014-10-08' });
    expect((await repo.listMeetings()).map((m) => m.title)).toEqual(['July 2019', 'March 2015', 'October 2014']);
  });

  it('refuses details that do not validate, with the reason', async () => {
    const repo = repository();
    await expect(repo.createMeeting({ ...march2015, date: '2015-02-30' })).rejects.toThrow(/That date does not exist/);
    expect(await repo.listMeetings()).toEqual([]);
  });

  it('renames a meeting and keeps its other details', async () => {
    const repo = repository();
    const meeting = await repo.createMeeting(march2015);
    await repo.updateMeeting(meeting.id, { ...march2015, title: 'KCSP March' });
    const renamed = await repo.getMeeting(meeting.id);
    expect(renamed?.agenda).toEqual([]);
    expect(renamed?.status).toBe('draft');
    expect(renamed?.title).toBe('KCSP March');
    expect(renamed?.venue).toBe(march2015.venue);
    expect(renamed?.createdAt).toBe(meeting.createdAt);
  });

  it('stores and returns exactly the minutes text saved', async () => {
    const repo = repository();
    const meeting = await repo.createMeeting(march2015);
    const state = JSON.stringify({ root: { children: [{ type: 'paragraph', text: 'RESOLVED that the report be noted.' }] } });
    const saved = await repo.saveDraft(meeting.id, state);
    expect(await repo.getDraft(meeting.id)).toEqual({ meetingId: meeting.id, editorState: state, savedAt: saved.savedAt });
    // The meeting row is left alone: screens following the meetings table must not re-render on every autosave.
    expect(await repo.getMeeting(meeting.id)).toEqual(meeting);
  });

  it('names the meeting edited most recently, counting both its details and its minutes', async () => {
    const repo = repository();
    expect(await repo.latestEditedMeetingId()).toBeUndefined();
    const first = await repo.createMeeting({ ...march2015, title: 'First' });
    const second = await repo.createMeeting({ ...march2015, title: 'Second' });
    expect(await repo.latestEditedMeetingId()).toBe(second.id);
    await repo.saveDraft(first.id, '{"root":{}}');
    expect(await repo.latestEditedMeetingId()).toBe(first.id);
    await repo.updateMeeting(second.id, { title: 'Second, renamed' });
    expect(await repo.latestEditedMeetingId()).toBe(second.id);
    await repo.saveDraft(first.id, '{"root":{"children":[]}}');
    expect(await repo.latestEditedMeetingId()).toBe(first.id);
  });

  it('refuses a change that would make the meeting invalid, and keeps it as it was', async () => {
    const repo = repository();
    const meeting = await repo.createMeeting(march2015);
    await expect(repo.updateMeeting(meeting.id, { attendance: { 'p-hill': 'asleep' as never } })).rejects.toThrow();
    expect((await repo.getMeeting(meeting.id))?.attendance).toEqual({});
  });

  it('deletes a meeting together with its minutes', async () => {
    const repo = repository();
    const keep = await repo.createMeeting(march2015);
    const gone = await repo.createMeeting({ ...march2015, title: 'Gone' });
    await repo.saveDraft(gone.id, '{"root":{}}');
    await repo.deleteMeeting(gone.id);
    expect(await repo.getMeeting(gone.id)).toBeUndefined();
    expect(await repo.getDraft(gone.id)).toBeUndefined();
    expect((await repo.listMeetings()).map((m) => m.id)).toEqual([keep.id]);
  });
});

describe('MeetingsRepository.changeMeeting', () => {
  it('builds each change on the stored meeting, so quick successive edits all land', async () => {
    const repo = repository();
    const meeting = await repo.createMeeting(march2015);
    const add = (code: string) =>
      repo.changeMeeting(meeting.id, (current) => ({ agenda: [...current.agenda, { id: code, code, title: `Item ${code}`, part: 'unrestricted' }] }));
    await Promise.all([add('A1'), add('A2'), add('A3')]);
    expect((await repo.getMeeting(meeting.id))?.agenda.map((item) => item.code)).toEqual(['A1', 'A2', 'A3']);
  });

  it('refuses a change that fails validation and stores nothing', async () => {
    const repo = repository();
    const meeting = await repo.createMeeting(march2015);
    await expect(repo.changeMeeting(meeting.id, () => ({ agenda: [{ id: 'x', code: 'A1', title: ' ', part: 'unrestricted' }] }))).rejects.toThrow(
      /Give the item a title/,
    );
    expect((await repo.getMeeting(meeting.id))?.agenda).toEqual([]);
  });
});

describe('finalising minute numbers', () => {
  it('gives the agenda its numbers for good, moves the body on, and the next meeting starts after', async () => {
    const db = openMinuteBookDatabase(`finalise-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    let id = 0;
    const repo = new MeetingsRepository(db, () => 5000, () => `m-${++id}`);
    // Circulating is how the app gives out the numbers (Finalise numbers… and the status controls).
    const revisions = new RevisionsRepository(db, () => 5000, () => `r-${++id}`);
    await db.bodies.add({ ...defaultBodySettings('Kent Community Safety Partnership'), lastMinuteNumber: 91, id: 'kcsp', createdAt: 1, updatedAt: 1 });
    const march = await repo.createMeeting({ bodyId: 'kcsp', title: 'March', date: '2015-03-19', startTime: '10:00', venue: '' });
    await repo.updateMeeting(march.id, {
      agenda: ['A3', 'A4', 'B1'].map((code, index) => ({ id: `item-${index}`, code, title: `Item ${code}`, part: 'unrestricted' as const })),
    });
    await revisions.changeStatus(march.id, 'circulated');
    const finalised = await repo.getMeeting(march.id);
    expect(finalised?.minuteNumbers).toEqual({ 'item-0': 92, 'item-1': 93, 'item-2': 94 });
    expect(finalised?.status).toBe('circulated');
    expect((await db.bodies.get('kcsp'))?.lastMinuteNumber).toBe(94);
    // Numbered once: the minutes cannot be circulated again, and the body does not move on twice.
    await expect(revisions.changeStatus(march.id, 'circulated')).rejects.toThrow('cannot be marked circulated');
    expect((await db.bodies.get('kcsp'))?.lastMinuteNumber).toBe(94);
  });

  it('uses no numbers for a draft that is deleted', async () => {
    const db = openMinuteBookDatabase(`finalise-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const repo = new MeetingsRepository(db);
    await db.bodies.add({ ...defaultBodySettings('KCSP'), lastMinuteNumber: 91, id: 'kcsp', createdAt: 1, updatedAt: 1 });
    const draft = await repo.createMeeting({ bodyId: 'kcsp', title: 'Draft', date: '2015-03-19', startTime: '10:00', venue: '' });
    await repo.updateMeeting(draft.id, { agenda: [{ id: 'a', code: 'A1', title: 'Apologies', part: 'unrestricted' }] });
    await repo.deleteMeeting(draft.id);
    expect((await db.bodies.get('kcsp'))?.lastMinuteNumber).toBe(91);
  });
});
