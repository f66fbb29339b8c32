import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { declareSchema, openMinuteBookDatabase, type PersonRow } from '../../../renderer/src/db/database';
import { defaultBodySettings } from '../../../shared/model/body';
import type { MeetingV1 } from '../../../shared/model/meeting';
import { attendanceName, firstMention, laterMention } from '../../../shared/domain/person-names';
import { FirstMentions, mentionText } from '../../../shared/domain/mentions';
import type { Person } from '../../../shared/model/person';

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
    expect(db.verno).toBe(8);
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
    expect(db.verno).toBe(8);
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

  it('version 6 → 7 gives every person an empty forename and text title, and every one prints exactly as before', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-v7';
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    declareSchema(old, 6);
    const body = { ...defaultBodySettings('Kent Community Safety Partnership'), id: 'kcsp', createdAt: 1, updatedAt: 2 };
    const person = (id: string, title: string, initials: string, surname: string, extra: Partial<PersonRow> = {}) => ({
      id, bodyId: 'kcsp', title, initials, surname, honours: '', role: '', organisation: '', kind: 'member', office: null, retired: false, order: 0, ...extra,
    });
    const people = [
      person('p-hill', 'Mr', 'P M', 'Hill', { honours: 'OBE', office: 'chair', order: 0 }),
      person('p-russell', 'Supt', 'L', 'Russell', { kind: 'officer', organisation: 'Kent Police', order: 1 }),
      person('p-peerbux', 'Mr', 'S', 'Peerbux', { kind: 'officer', role: 'Head of Community Safety', organisation: 'KCC', order: 2 }),
      person('p-loose', 'Mr', 'B', 'Loose', { kind: 'visitor', role: 'Detective Chief Inspector', retired: true, order: 3 }),
    ];
    const meeting = {
      id: 'm-signed', bodyId: 'kcsp', title: 'KCSP', date: '2015-03-19', startTime: '10:00', venue: '', createdAt: 1, updatedAt: 2,
      agenda: [], attendance: { 'p-hill': 'present' }, movements: [], itemTimes: {}, status: 'signed', minuteNumbers: null,
      printedAs: { body: { ...defaultBodySettings('Kent Community Safety Partnership') }, roster: people.map(({ order: _order, ...p }) => p) },
    };
    await old.table('bodies').add(body);
    await old.table('people').bulkAdd(people);
    await old.table('meetings').add(meeting);
    await old.table('drafts').add({ meetingId: 'm-signed', editorState: '{"root":"kept"}', savedAt: 3 });
    /** Every way the minutes print each person: attendance line, first and later mention (in each minute and in the meeting). */
    const printed = (rows: readonly Person[]) =>
      rows.map((p) => {
        const byMeeting = new FirstMentions('meeting');
        return [attendanceName(p, 'Chairman'), firstMention(p), laterMention(p), mentionText(p, byMeeting.next(p.id), ''), mentionText(p, byMeeting.next(p.id), '')];
      });
    const inOrder = <T extends { order: number }>(rows: T[]) => rows.sort((a, b) => a.order - b.order);
    const before = printed(inOrder((await old.table('people').toArray()) as (Person & { order: number })[]));
    old.close();

    const db = openMinuteBookDatabase(name, { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(8);
    const after = inOrder(await db.people.toArray());
    expect(after).toEqual(people.map((p) => ({ ...p, forename: '', textTitle: '' })));
    expect(printed(after)).toEqual(before);
    expect(before).toEqual([
      ['Mr P M Hill, OBE (Chairman)', 'Mr Hill', 'Mr Hill', 'Mr Hill', 'Mr Hill'],
      ['Supt L Russell', 'Supt Russell (Kent Police)', 'Supt Russell', 'Supt Russell (Kent Police)', 'Supt Russell'],
      ['Mr S Peerbux (Head of Community Safety)', 'Mr Peerbux (Head of Community Safety, KCC)', 'Mr Peerbux', 'Mr Peerbux (Head of Community Safety, KCC)', 'Mr Peerbux'],
      ['Mr B Loose (Detective Chief Inspector)', 'Mr Loose (Detective Chief Inspector)', 'Mr Loose', 'Mr Loose (Detective Chief Inspector)', 'Mr Loose'],
    ]);
    // The meeting's print record and draft stay exactly as recorded.
    expect(await db.meetings.get('m-signed')).toEqual(meeting);
    expect(await db.drafts.get('m-signed')).toEqual({ meetingId: 'm-signed', editorState: '{"root":"kept"}', savedAt: 3 });
    expect((await db.bodies.get('kcsp'))?.houseStyle).toBeUndefined();
    db.close();
  });

  it('version 7 → 8 keeps every meeting and draft as it was, indexes drafts by when they were saved, and starts with no saved search index', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-v9';
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    declareSchema(old, 7);
    const meeting = { id: 'm-1', title: 'KCSP', bodyId: 'b-1', date: '2015-03-19', startTime: null, venue: '', createdAt: 1, updatedAt: 2, agenda: [], attendance: {}, movements: [], itemTimes: {}, status: 'draft', minuteNumbers: null };
    await old.table('meetings').bulkAdd([meeting, { ...meeting, id: 'm-2', updatedAt: 5 }]);
    await old.table('drafts').bulkAdd([
      { meetingId: 'm-1', editorState: '{"root":"one"}', savedAt: 30 },
      { meetingId: 'm-2', editorState: '{"root":"two"}', savedAt: 10, restoreCount: 1 },
    ]);
    old.close();

    const db = openMinuteBookDatabase(name, { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(8);
    expect(await db.meetings.get('m-1')).toEqual(meeting);
    expect(await db.drafts.get('m-2')).toEqual({ meetingId: 'm-2', editorState: '{"root":"two"}', savedAt: 10, restoreCount: 1 });
    expect(await db.drafts.orderBy('savedAt').primaryKeys()).toEqual(['m-2', 'm-1']);
    expect(await db.drafts.where('savedAt').above(20).primaryKeys()).toEqual(['m-1']);
    expect(await db.searchIndex.count()).toBe(0);
    db.close();
  });
});
