import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BodiesRepository } from '../../../renderer/src/db/bodies-repository';
import { openMinuteBookDatabase, type MinuteBookDatabase } from '../../../renderer/src/db/database';
import { MeetingsRepository } from '../../../renderer/src/db/meetings-repository';
import { RevisionsRepository } from '../../../renderer/src/db/revisions-repository';
import { attendanceParagraphs } from '../../../shared/domain/attendance-lines';
import { checkMeetingFile, composeMeetingFileText } from '../../../shared/meeting-file';
import { minutesFromEditorState } from '../../../shared/minutes/from-editor-state';
import { minutesFacts } from '../../../shared/minutes/minutes-facts';
import { defaultBodySettings } from '../../../shared/model/body';
import { minutesHeading } from '../../../shared/model/minutes-heading';
import type { PersonDetails } from '../../../shared/model/person';
import { asMinuted } from '../../../shared/model/print-record';

const PEERBUX: PersonDetails = { title: 'Mr', initials: '', surname: 'Peerbux', honours: '', role: 'Head of Community Safety', organisation: 'KCC', kind: 'officer', office: null };

/** Minutes of one item naming one person, as the editor writes them. */
function minutesNaming(itemId: string, personId: string, text = ' reported.'): string {
  const textNode = (words: string) => ({ detail: 0, format: 0, mode: 'normal', style: '', text: words, type: 'text', version: 1 });
  return JSON.stringify({
    root: {
      type: 'root', version: 1, direction: null, format: '', indent: 0,
      children: [
        {
          type: 'minute-item', version: 1, itemId, direction: null, format: '', indent: 0,
          children: [
            { type: 'minute-heading', version: 1, itemId },
            { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'mention', version: 1, personId, label: 'Mr Peerbux' }, textNode(text)] },
          ],
        },
      ],
    },
  });
}

async function setUp() {
  const db = openMinuteBookDatabase(`print-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let clock = 10_000;
  let id = 0;
  const now = () => (clock += 1000);
  const newId = () => `id-${++id}`;
  const meetings = new MeetingsRepository(db, now, newId);
  const revisions = new RevisionsRepository(db, now, newId);
  const bodies = new BodiesRepository(db, now, newId);
  await db.bodies.add({ ...defaultBodySettings('Kent Community Safety Partnership'), lastMinuteNumber: 91, id: 'kcsp', createdAt: 1, updatedAt: 1 });
  const person = await bodies.addPerson('kcsp', PEERBUX);
  const meeting = async (title: string) => {
    const created = await meetings.createMeeting({ bodyId: 'kcsp', title, date: '2015-03-19', startTime: '10:00', venue: 'Darent Room' });
    await meetings.updateMeeting(created.id, {
      agenda: [{ id: `${created.id}-b1`, code: 'B1', title: 'Community Safety Agreement', part: 'unrestricted' }],
      attendance: { [person.id]: 'in-attendance' },
    });
    await meetings.saveDraft(created.id, minutesNaming(`${created.id}-b1`, person.id));
    return created.id;
  };
  return { db, meetings, revisions, bodies, personId: person.id, meeting };
}

/** What the minutes and attendance print, as the export reads them through asMinuted. */
async function printed(db: MinuteBookDatabase, meetingId: string): Promise<string> {
  const meeting = (await db.meetings.get(meetingId))!;
  const { body, roster } = asMinuted(meeting, (await db.bodies.get(meeting.bodyId))!, await db.people.where('bodyId').equals(meeting.bodyId).toArray());
  const document = minutesFromEditorState(minutesHeading(body, meeting), (await db.drafts.get(meetingId))!.editorState, minutesFacts(meeting, body, roster));
  const attendance = attendanceParagraphs(meeting.attendance, roster, body.chairWord).map((line) => line.text);
  return [...attendance, ...document.blocks.map((block) => block.runs.map((run) => run.text).join(''))].join('\n');
}

describe('minutes print as they were minuted', () => {
  it('a circulated meeting keeps the roster and settings it was circulated with; a draft follows the roster', async () => {
    const { db, revisions, bodies, personId, meeting } = await setUp();
    const circulated = await meeting('March');
    const draft = await meeting('June');
    await revisions.changeStatus(circulated, 'circulated');
    expect((await db.meetings.get(circulated))?.printedAs?.roster.map((p) => p.role)).toEqual(['Head of Community Safety']);

    await bodies.updatePerson(personId, { ...PEERBUX, role: 'Director of Growth' });
    await bodies.updateBody('kcsp', { ...defaultBodySettings('Kent Community Safety Partnership'), headingStyle: 'agenda-codes', chairWord: 'Chair' });

    const march = await printed(db, circulated);
    expect(march).toContain('IN ATTENDANCE: Mr Peerbux (Head of Community Safety)');
    expect(march).toContain('Mr Peerbux (Head of Community Safety, KCC) reported.');
    expect(march).toContain('92. Community Safety Agreement');
    const june = await printed(db, draft);
    expect(june).toContain('IN ATTENDANCE: Mr Peerbux (Director of Growth)');
    expect(june).toContain('B1 Community Safety Agreement');
  });

  it('someone added at a circulated meeting joins its record, so its attendance still prints and its backup still passes the check', async () => {
    const { db, revisions, bodies, meeting } = await setUp();
    const circulated = await meeting('March');
    await revisions.changeStatus(circulated, 'circulated');
    await bodies.addPersonAtMeeting(circulated, { ...PEERBUX, surname: 'Visitor', kind: 'visitor', role: 'Guest' }, 'also-present');
    expect(await printed(db, circulated)).toContain('ALSO PRESENT: Mr Visitor (Guest)');
    const stored = (await db.meetings.get(circulated))!;
    const body = (await db.bodies.get('kcsp'))!;
    const roster = await db.people.where('bodyId').equals('kcsp').toArray();
    const file = composeMeetingFileText({ body, roster, templates: [], meeting: stored }, (await db.drafts.get(circulated))!.editorState);
    expect(checkMeetingFile(file)).toMatchObject({ ok: true });
  });
});

describe('the app never stores what a meeting file could not hold', () => {
  it('a meeting that names people cannot move to another committee; one that names nobody can', async () => {
    const { db, meetings, meeting } = await setUp();
    await db.bodies.add({ ...defaultBodySettings('Cabinet'), id: 'cabinet', createdAt: 1, updatedAt: 1 });
    const named = await meeting('March');
    await expect(meetings.updateMeeting(named, { bodyId: 'cabinet' })).rejects.toThrow('cannot move to another committee or partnership');
    expect((await db.meetings.get(named))?.bodyId).toBe('kcsp');
    const empty = await meetings.createMeeting({ bodyId: 'kcsp', title: 'Empty', date: '2015-03-19', startTime: '10:00', venue: '' });
    expect((await meetings.updateMeeting(empty.id, { bodyId: 'cabinet' })).bodyId).toBe('cabinet');
  });

  it('an item whose minute holds text cannot leave the agenda; an empty one can', async () => {
    const { db, meetings, meeting } = await setUp();
    const id = await meeting('March');
    await meetings.changeMeeting(id, (current) => ({ agenda: [...current.agenda, { id: 'spare', code: 'B2', title: 'Spare item', part: 'unrestricted' }] }));
    await expect(meetings.changeMeeting(id, () => ({ agenda: [] }))).rejects.toThrow('The minute of “B1 Community Safety Agreement” has text in it');
    expect((await db.meetings.get(id))?.agenda).toHaveLength(2);
    const kept = await meetings.changeMeeting(id, (current) => ({ agenda: current.agenda.filter((item) => item.id !== 'spare') }));
    expect(kept.agenda.map((item) => item.code)).toEqual(['B1']);
  });

  it('an item added after the numbers were given out gets the body’s next number, never "0."', async () => {
    const { db, meetings, revisions, meeting } = await setUp();
    const id = await meeting('March');
    await revisions.changeStatus(id, 'circulated');
    expect((await db.bodies.get('kcsp'))?.lastMinuteNumber).toBe(92);
    const changed = await meetings.changeMeeting(id, (current) => ({ agenda: [...current.agenda, { id: 'late', code: 'C1', title: 'Late item', part: 'unrestricted' }] }));
    expect(changed.minuteNumbers).toEqual({ [`${id}-b1`]: 92, late: 93 });
    expect((await db.bodies.get('kcsp'))?.lastMinuteNumber).toBe(93);
  });
});
