import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { declareSchema, openMinuteBookDatabase } from '../../../renderer/src/db/database';
import { defaultBodySettings } from '../../../shared/model/body';
import type { MeetingV1 } from '../../../shared/model/meeting';

const v1Meetings: MeetingV1[] = [
  { id: 'm-2015', title: 'KCSP March 2015', bodyName: 'Kent Community Safety Partnership', documentWord: 'NOTES', date: '2015-03-19', startTime: '10:00', venue: 'Darent Room', createdAt: 1, updatedAt: 2 },
  { id: 'm-2019', title: 'KCSP July 2019', bodyName: 'kent community safety partnership ', documentWord: 'NOTES', date: '2019-07-17', startTime: '10:00', venue: 'Medway Room', createdAt: 3, updatedAt: 4 },
  { id: 'm-cab', title: 'Cabinet', bodyName: 'Cabinet', documentWord: 'MINUTES', date: '2020-01-01', startTime: '14:00', venue: '', createdAt: 5, updatedAt: 6 },
];

describe('database upgrades', () => {
  it('version 1 → 2 turns body names into bodies, keeps every meeting and draft, and adds empty agendas', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-v2';
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    declareSchema(old, 1);
    await old.table('meetings').bulkAdd(v1Meetings);
    await old.table('drafts').add({ meetingId: 'm-2015', editorState: '{"root":"kept"}', savedAt: 7 });
    old.close();

    const db = openMinuteBookDatabase(name, { indexedDB, IDBKeyRange });
    const bodies = await db.bodies.toArray();
    expect(bodies.map((b) => [b.name, b.documentWord, b.defaultVenue]).sort()).toEqual([
      ['Cabinet', 'MINUTES', ''],
      ['Kent Community Safety Partnership', 'NOTES', 'Medway Room'],
    ]);
    const kcsp = bodies.find((b) => b.name === 'Kent Community Safety Partnership')!;
    const meetings = await db.meetings.orderBy('date').toArray();
    expect(meetings.map((m) => m.id)).toEqual(['m-2015', 'm-2019', 'm-cab']);
    expect(meetings[0]).toEqual({
      id: 'm-2015', title: 'KCSP March 2015', bodyId: kcsp.id, date: '2015-03-19', startTime: '10:00', venue: 'Darent Room',
      createdAt: 1, updatedAt: 2, agenda: [], attendance: {}, movements: [], itemTimes: {}, status: 'draft', minuteNumbers: null,
    });
    expect(meetings[1]!.bodyId).toBe(kcsp.id);
    expect(await db.drafts.get('m-2015')).toEqual({ meetingId: 'm-2015', editorState: '{"root":"kept"}', savedAt: 7 });
    db.close();
  });

  it('version 3 → 6 keeps every meeting, draft, body, person and phrase, and adds an empty personal dictionary and ignored words', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-v5';
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    declareSchema(old, 3);
    const meeting = { id: 'm-1', title: 'KCSP', bodyId: 'b-1', date: '2015-03-19', startTime: '10:00', venue: 'Darent Room', createdAt: 1, updatedAt: 2, agenda: [], attendance: {}, movements: [], itemTimes: {}, status: 'draft', minuteNumbers: null };
    await old.table('meetings').add(meeting);
    await old.table('drafts').add({ meetingId: 'm-1', editorState: '{"root":"kept"}', savedAt: 3 });
    await old.table('bodies').add({ id: 'b-1', name: 'Kent Community Safety Partnership' });
    await old.table('people').add({ id: 'p-1', bodyId: 'b-1', surname: 'Peerbux', order: 0 });
    await old.table('templates').add({ id: 't-1', bodyId: 'b-1', name: 'Noted', shortcutHint: '', text: 'RESOLVED that the report be noted.' });
    old.close();

    const db = openMinuteBookDatabase(name, { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(6);
    expect(await db.meetings.get('m-1')).toEqual(meeting);
    expect(await db.drafts.get('m-1')).toEqual({ meetingId: 'm-1', editorState: '{"root":"kept"}', savedAt: 3 });
    expect((await db.bodies.toArray()).map((b) => b.id)).toEqual(['b-1']);
    expect((await db.people.toArray()).map((p) => p.surname)).toEqual(['Peerbux']);
    expect((await db.templates.toArray()).map((t) => t.name)).toEqual(['Noted']);
    expect(await db.dictionary.count()).toBe(0);
    expect(await db.ignoredWords.count()).toBe(0);
    await db.dictionary.add({ word: 'Widden', addedAt: 4 });
    await db.ignoredWords.add({ meetingId: 'm-1', word: 'definately', ignoredAt: 5 });
    expect(await db.ignoredWords.where('meetingId').equals('m-1').toArray()).toEqual([{ meetingId: 'm-1', word: 'definately', ignoredAt: 5 }]);
    db.close();
  });

  it('version 5 → 6 gives every meeting past draft the body and roster it prints with, in roster order, and leaves drafts and everything else as they were', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-v6';
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    declareSchema(old, 5);
    const body = { ...defaultBodySettings('Kent Community Safety Partnership'), id: 'kcsp', headingStyle: 'minute-numbers', chairWord: 'Chairman', lastMinuteNumber: 103, createdAt: 1, updatedAt: 2 };
    const person = (id: string, surname: string, order: number) => ({ id, bodyId: 'kcsp', title: 'Mr', initials: '', surname, honours: '', role: '', organisation: '', kind: 'member', office: null, retired: false, order });
    const meeting = (id: string, status: string) => ({
      id, bodyId: 'kcsp', title: id, date: '2015-03-19', startTime: '10:00', venue: '', createdAt: 1, updatedAt: 2,
      agenda: [], attendance: { 'p-hill': 'present' }, movements: [], itemTimes: {}, status, minuteNumbers: null,
    });
    await old.table('bodies').add(body);
    await old.table('bodies').add({ ...body, id: 'cabinet', name: 'Cabinet', headingStyle: 'agenda-codes' });
    await old.table('people').bulkAdd([person('p-rivers', 'Rivers', 2), person('p-hill', 'Hill', 1), { ...person('p-leader', 'Leader', 1), bodyId: 'cabinet' }]);
    await old.table('meetings').bulkAdd([meeting('draft', 'draft'), meeting('circulated', 'circulated'), meeting('signed', 'signed'), { ...meeting('orphan', 'signed'), bodyId: 'gone' }]);
    await old.table('drafts').add({ meetingId: 'signed', editorState: '{"root":"kept"}', savedAt: 3 });
    await old.table('revisions').add({ id: 'r1', meetingId: 'signed', number: 1, kind: 'automatic' });
    old.close();

    const db = openMinuteBookDatabase(name, { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(6);
    const { id: _id, createdAt: _c, updatedAt: _u, ...settings } = body;
    for (const id of ['circulated', 'signed']) {
      const upgraded = (await db.meetings.get(id))!;
      expect(upgraded.printedAs).toEqual({
        body: settings,
        roster: [person('p-hill', 'Hill', 1), person('p-rivers', 'Rivers', 2)].map(({ order: _order, ...p }) => p),
      });
      expect({ ...upgraded, printedAs: undefined }).toEqual({ ...meeting(id, upgraded.status), printedAs: undefined });
    }
    expect(await db.meetings.get('draft')).toEqual(meeting('draft', 'draft'));
    expect(await db.meetings.get('orphan')).toEqual({ ...meeting('orphan', 'signed'), bodyId: 'gone' });
    expect(await db.drafts.get('signed')).toEqual({ meetingId: 'signed', editorState: '{"root":"kept"}', savedAt: 3 });
    expect(await db.revisions.count()).toBe(1);
    expect(await db.people.count()).toBe(3);
    db.close();
  });
});
