import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { declareSchema, openMinuteBookDatabase } from '../../../renderer/src/db/database';
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
});
