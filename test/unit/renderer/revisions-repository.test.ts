import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { declareSchema, openMinuteBookDatabase } from '../../../renderer/src/db/database';
import { MeetingsRepository } from '../../../renderer/src/db/meetings-repository';
import { describeRestoreOrigin, RevisionsRepository } from '../../../renderer/src/db/revisions-repository';
import { defaultBodySettings } from '../../../shared/model/body';
import { MinutesSignedError } from '../../../shared/domain/editable';

/** A minimal editor state holding one paragraph of text, as Lexical writes it. */
function minutes(text: string): string {
  return JSON.stringify({
    root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0 }] }] },
  });
}

async function setUp() {
  const db = openMinuteBookDatabase(`revisions-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let clock = 10_000;
  let id = 0;
  const now = () => (clock += 1000);
  const meetings = new MeetingsRepository(db, now, () => `meeting-${++id}`);
  const revisions = new RevisionsRepository(db, now, () => `revision-${++id}`);
  await db.bodies.add({ ...defaultBodySettings('Kent Community Safety Partnership'), lastMinuteNumber: 91, id: 'kcsp', createdAt: 1, updatedAt: 1 });
  const meeting = await meetings.createMeeting({ bodyId: 'kcsp', title: 'March', date: '2015-03-19', startTime: '10:00', venue: 'Darent Room' });
  await meetings.updateMeeting(meeting.id, {
    agenda: ['A3', 'A4'].map((code, index) => ({ id: `item-${index}`, code, title: `Item ${code}`, part: 'unrestricted' as const })),
  });
  return { db, meetings, revisions, meetingId: meeting.id };
}

const SIGNATURE = { contentSha256: 'a'.repeat(64), docxSha256: 'b'.repeat(64), fileName: '/home/dso/KCSP 19 March 2015.docx' };

describe('RevisionsRepository', () => {
  it('snapshots the stored minutes with the meeting as it was, numbered per meeting, newest first', async () => {
    const { meetings, revisions, meetingId } = await setUp();
    await meetings.saveDraft(meetingId, minutes('The Chairman welcomed everyone to the meeting.'));
    const first = await revisions.snapshot(meetingId);
    await meetings.saveDraft(meetingId, minutes('The Chairman welcomed everyone.'));
    await revisions.snapshot(meetingId);
    const list = await revisions.listRevisions(meetingId);
    expect(list.map((r) => [r.number, r.kind, r.wordCount])).toEqual([
      [2, 'automatic', 4],
      [1, 'automatic', 7],
    ]);
    expect(first.editorState).toBe(minutes('The Chairman welcomed everyone to the meeting.'));
    expect(first.meeting.agenda.map((item) => item.code)).toEqual(['A3', 'A4']);
    expect(first.meeting.status).toBe('draft');
  });

  it('moves draft → circulated → approved, giving out minute numbers and recording a revision at each change', async () => {
    const { db, meetings, revisions, meetingId } = await setUp();
    await meetings.saveDraft(meetingId, minutes('Noted.'));
    await expect(revisions.changeStatus(meetingId, 'approved', { approvedOn: '2015-06-18' })).rejects.toThrow('the next step is circulated');
    const circulated = await revisions.changeStatus(meetingId, 'circulated');
    expect(circulated.status).toBe('circulated');
    expect(circulated.minuteNumbers).toEqual({ 'item-0': 92, 'item-1': 93 });
    expect((await db.bodies.get('kcsp'))?.lastMinuteNumber).toBe(93);
    await expect(revisions.changeStatus(meetingId, 'approved')).rejects.toThrow('Give the date of the meeting that approved the minutes.');
    expect((await meetings.getMeeting(meetingId))?.status).toBe('circulated');
    await revisions.changeStatus(meetingId, 'approved', { approvedOn: '2015-06-18' });
    expect(await revisions.approvedOn(meetingId)).toBe('2015-06-18');
    const list = await revisions.listRevisions(meetingId);
    expect(list.map((r) => (r.kind === 'status' ? [r.from, r.to, r.approvedOn] : r.kind))).toEqual([
      ['circulated', 'approved', '2015-06-18'],
      ['draft', 'circulated', undefined],
    ]);
    expect(list[1]!.meeting.minuteNumbers).toEqual({ 'item-0': 92, 'item-1': 93 });
  });

  it('signs approved minutes once, then refuses every change except a recorded correction', async () => {
    const { meetings, revisions, meetingId } = await setUp();
    await meetings.saveDraft(meetingId, minutes('RESOLVED that the report be noted.'));
    await revisions.changeStatus(meetingId, 'circulated');
    await expect(revisions.recordSignature(meetingId, SIGNATURE, { editorState: minutes('RESOLVED that the report be noted.'), meetingUpdatedAt: 0 })).rejects.toThrow(
      'cannot be marked signed',
    );
    const approved = await revisions.changeStatus(meetingId, 'approved', { approvedOn: '2015-06-18' });
    await expect(revisions.recordSignature(meetingId, SIGNATURE, { editorState: minutes('Something else'), meetingUpdatedAt: approved.updatedAt })).rejects.toThrow(
      'changed while they were being signed',
    );
    const signed = await revisions.recordSignature(meetingId, SIGNATURE, { editorState: minutes('RESOLVED that the report be noted.'), meetingUpdatedAt: approved.updatedAt });
    expect(signed.signature).toEqual(SIGNATURE);
    expect((await meetings.getMeeting(meetingId))?.status).toBe('signed');
    expect(await revisions.signedRevision(meetingId)).toEqual(signed);

    // Read-only everywhere, with one typed refusal: the draft, the meeting's details and item times, its status, a restore, deleting it.
    await expect(meetings.saveDraft(meetingId, minutes('Changed after signing'))).rejects.toThrow(MinutesSignedError);
    await expect(meetings.updateMeeting(meetingId, { venue: 'Elsewhere' })).rejects.toThrow(MinutesSignedError);
    await expect(meetings.setItemTime(meetingId, 'item-0', '10:05')).rejects.toThrow(MinutesSignedError);
    await expect(revisions.changeStatus(meetingId, 'approved', { approvedOn: '2015-06-18' })).rejects.toThrow('status cannot change');
    await expect(revisions.restoreAsNewRevision(meetingId, { editorState: minutes('Old') }, { kind: 'revision', number: 1 })).rejects.toThrow(MinutesSignedError);
    await expect(meetings.deleteMeeting(meetingId)).rejects.toThrow(new MinutesSignedError('deletion'));
    expect((await meetings.getDraft(meetingId))?.editorState).toBe(minutes('RESOLVED that the report be noted.'));

    // A correction: who and why are required; the text can change while it is open; then it is recorded.
    await expect(revisions.startCorrection(meetingId, { by: ' ', reason: 'Typo' })).rejects.toThrow('Say who made the correction');
    await revisions.startCorrection(meetingId, { by: 'Ann Hunter, Democratic Services', reason: 'The Chairman asked for a typing error in minute 92 to be corrected' });
    await meetings.saveDraft(meetingId, minutes('RESOLVED that the report be noted and welcomed.'));
    // Only the text: the details stay as signed during a correction.
    await expect(meetings.updateMeeting(meetingId, { venue: 'Elsewhere' })).rejects.toThrow(new MinutesSignedError('details'));
    const amendment = await revisions.recordCorrection(meetingId);
    expect(amendment).toMatchObject({
      kind: 'amendment',
      amendment: { by: 'Ann Hunter, Democratic Services', reason: 'The Chairman asked for a typing error in minute 92 to be corrected' },
      editorState: minutes('RESOLVED that the report be noted and welcomed.'),
    });
    await expect(meetings.saveDraft(meetingId, minutes('And again'))).rejects.toThrow('These minutes are signed');
    // The signed revision and its fingerprints are as they were.
    expect(await revisions.signedRevision(meetingId)).toEqual(signed);
    expect((await revisions.listRevisions(meetingId)).map((r) => r.kind)).toEqual(['amendment', 'signed', 'status', 'status']);
  });

  it('abandoning a correction puts the last record back, keeps what was typed in a revision, and records no amendment', async () => {
    const { meetings, revisions, meetingId } = await setUp();
    await meetings.saveDraft(meetingId, minutes('As signed.'));
    await revisions.changeStatus(meetingId, 'circulated');
    const approved = await revisions.changeStatus(meetingId, 'approved', { approvedOn: '2015-06-18' });
    const signed = await revisions.recordSignature(meetingId, SIGNATURE, { editorState: minutes('As signed.'), meetingUpdatedAt: approved.updatedAt });
    await revisions.startCorrection(meetingId, { by: 'Ann Hunter', reason: 'Started by mistake' });
    await meetings.saveDraft(meetingId, minutes('Typed during the correction.'), 0);
    await revisions.abandonCorrection(meetingId);
    expect(await meetings.getDraft(meetingId)).toMatchObject({ editorState: minutes('As signed.'), restoreCount: 1 });
    expect(await revisions.openCorrection(meetingId)).toBeUndefined();
    const list = await revisions.listRevisions(meetingId);
    expect(list.map((r) => [r.kind, r.editorState])).toEqual([
      ['restored', minutes('As signed.')],
      ['before-restore', minutes('Typed during the correction.')],
      ['signed', minutes('As signed.')],
      ['status', minutes('As signed.')],
      ['status', minutes('As signed.')],
    ]);
    expect(list[0]!.kind === 'restored' && list[0]!.origin).toEqual({ kind: 'revision', number: signed.number });
    await expect(meetings.saveDraft(meetingId, minutes('Locked again'), 1)).rejects.toThrow('These minutes are signed');
    await expect(revisions.abandonCorrection(meetingId)).rejects.toThrow('No correction of these minutes is under way.');
  });

  it('restores as a new revision: the current minutes are kept first, nothing is destroyed, and the restore is current', async () => {
    const { meetings, revisions, meetingId } = await setUp();
    await meetings.saveDraft(meetingId, minutes('First version of the minutes.'));
    const early = await revisions.snapshot(meetingId);
    await meetings.updateMeeting(meetingId, { agenda: [] });
    await meetings.saveDraft(meetingId, minutes('Second version.'));

    const restored = await revisions.restoreAsNewRevision(meetingId, { editorState: early.editorState, meeting: early.meeting }, { kind: 'revision', number: early.number });
    expect(restored).toMatchObject({ kind: 'restored', number: 3, origin: { kind: 'revision', number: 1 }, editorState: minutes('First version of the minutes.') });
    const draft = await meetings.getDraft(meetingId);
    expect(draft).toMatchObject({ editorState: minutes('First version of the minutes.'), restoreCount: 1 });
    expect((await meetings.getMeeting(meetingId))?.agenda.map((item) => item.code)).toEqual(['A3', 'A4']);
    const list = await revisions.listRevisions(meetingId);
    expect(list.map((r) => [r.number, r.kind, r.editorState])).toEqual([
      [3, 'restored', minutes('First version of the minutes.')],
      [2, 'before-restore', minutes('Second version.')],
      [1, 'automatic', minutes('First version of the minutes.')],
    ]);
    expect(list[1]!.meeting.agenda).toEqual([]);

    // An editor opened before the restore saves with the older count: its stale text is dropped.
    const stale = await meetings.saveDraft(meetingId, minutes('Second version, still on screen.'), 0);
    expect(stale.editorState).toBe(minutes('First version of the minutes.'));
    expect((await meetings.getDraft(meetingId))?.editorState).toBe(minutes('First version of the minutes.'));
    // The editor that shows the restore saves with the new count, and is stored.
    await meetings.saveDraft(meetingId, minutes('First version of the minutes, continued.'), 1);
    expect((await meetings.getDraft(meetingId))?.editorState).toBe(minutes('First version of the minutes, continued.'));
  });

  it('restores from a backup file, saying so, and refuses damaged minutes without changing anything', async () => {
    const { meetings, revisions, meetingId } = await setUp();
    await meetings.saveDraft(meetingId, minutes('Current.'));
    const savedAt = new Date(2015, 2, 19, 10, 4).getTime();
    const restored = await revisions.restoreAsNewRevision(meetingId, { editorState: minutes('From the backup.') }, { kind: 'backup', savedAt });
    expect(restored.kind === 'restored' && describeRestoreOrigin(restored.origin)).toBe('backup file of Thursday, 19 March 2015, 10.04 am');
    await expect(revisions.restoreAsNewRevision(meetingId, { editorState: '{"root": cut short' }, { kind: 'backup', savedAt })).rejects.toThrow();
    expect((await meetings.getDraft(meetingId))?.editorState).toBe(minutes('From the backup.'));
    expect(await revisions.listRevisions(meetingId)).toHaveLength(2);
  });

  it('deleting a meeting deletes its revisions too', async () => {
    const { db, meetings, revisions, meetingId } = await setUp();
    await meetings.saveDraft(meetingId, minutes('Text.'));
    await revisions.snapshot(meetingId);
    await meetings.deleteMeeting(meetingId);
    expect(await db.revisions.count()).toBe(0);
  });
});

describe('database upgrade 3 → 4', () => {
  it('keeps every meeting, draft, body, person and phrase, and adds empty revisions and corrections', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-v4';
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    declareSchema(old, 3);
    const body = { ...defaultBodySettings('Kent Community Safety Partnership'), lastMinuteNumber: 91, id: 'kcsp', createdAt: 1, updatedAt: 1 };
    const meeting = {
      id: 'm-2015', bodyId: 'kcsp', title: 'KCSP March 2015', date: '2015-03-19', startTime: '10:00', venue: 'Darent Room', createdAt: 1, updatedAt: 2,
      agenda: [{ id: 'a', code: 'A1', title: 'Apologies', part: 'unrestricted' }], attendance: {}, movements: [], itemTimes: {}, status: 'draft', minuteNumbers: null,
    };
    const draft = { meetingId: 'm-2015', editorState: minutes('Kept.'), savedAt: 7 };
    const person = { id: 'p1', bodyId: 'kcsp', order: 0, name: 'Mr Mike Hill' };
    const phrase = { id: 't1', bodyId: 'kcsp', title: 'Noted', text: 'RESOLVED that the report be noted.' };
    await old.table('bodies').add(body);
    await old.table('meetings').add(meeting);
    await old.table('drafts').add(draft);
    await old.table('people').add(person);
    await old.table('templates').add(phrase);
    expect(old.verno).toBe(3);
    old.close();

    const db = openMinuteBookDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.meetings.toArray()).toEqual([meeting]);
    expect(await db.drafts.toArray()).toEqual([draft]);
    expect(await db.bodies.toArray()).toEqual([body]);
    // Version 7 gives every person an empty forename and text title (they print as before).
    expect(await db.people.toArray()).toEqual([{ ...person, forename: '', textTitle: '' }]);
    expect(await db.templates.toArray()).toEqual([phrase]);
    expect(await db.revisions.count()).toBe(0);
    expect(await db.corrections.count()).toBe(0);
    // The upgraded database works: the old draft snapshots into a revision, is restored over, and a stale save is refused.
    const revisions = new RevisionsRepository(db);
    const revision = await revisions.snapshot('m-2015');
    expect(revision).toMatchObject({ number: 1, kind: 'automatic', editorState: minutes('Kept.'), wordCount: 1 });
    const meetings = new MeetingsRepository(db);
    await meetings.saveDraft('m-2015', minutes('Typed after the upgrade.'));
    await revisions.restoreAsNewRevision('m-2015', { editorState: minutes('Kept.') }, { kind: 'revision', number: 1 });
    await meetings.saveDraft('m-2015', minutes('Stale.'), 0);
    expect(await db.drafts.get('m-2015')).toMatchObject({ editorState: minutes('Kept.'), restoreCount: 1 });
    db.close();
  });
});
