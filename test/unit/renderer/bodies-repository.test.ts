import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BodiesRepository } from '../../../renderer/src/db/bodies-repository';
import { openMinuteBookDatabase } from '../../../renderer/src/db/database';
import { MeetingsRepository } from '../../../renderer/src/db/meetings-repository';
import { defaultBodySettings } from '../../../shared/model/body';
import type { PersonDetails } from '../../../shared/model/person';

function repository() {
  const db = openMinuteBookDatabase(`bodies-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let clock = 1000;
  let id = 0;
  return new BodiesRepository(db, () => ++clock, () => `id-${++id}`);
}

const hill: PersonDetails = {
  title: 'Mr',
  initials: 'P M',
  surname: 'Hill',
  honours: 'OBE',
  role: '',
  organisation: 'Kent County Council',
  kind: 'member',
  office: 'chair',
};

describe('BodiesRepository', () => {
  it('finds a body by name ignoring case and spacing, and creates it once with the county defaults', async () => {
    const repo = repository();
    const created = await repo.findOrCreateByName('Kent Community Safety Partnership', 'NOTES', 'Darent Room');
    const again = await repo.findOrCreateByName('  kent community  safety partnership ', 'MINUTES');
    expect(again.id).toBe(created.id);
    expect(again.documentWord).toBe('NOTES');
    expect(created).toMatchObject({ councilName: 'Kent County Council', headingStyle: 'minute-numbers', chairWord: 'Chairman', lastMinuteNumber: 0, defaultVenue: 'Darent Room' });
    expect((await repo.listBodies()).map((b) => b.name)).toEqual(['Kent Community Safety Partnership']);
  });

  it('changes settings and refuses invalid ones with the reason', async () => {
    const repo = repository();
    const body = await repo.createBody(defaultBodySettings('Kent Community Safety Partnership'));
    await repo.updateBody(body.id, { ...body, lastMinuteNumber: 91, chairWord: 'Chair' });
    expect(await repo.getBody(body.id)).toMatchObject({ lastMinuteNumber: 91, chairWord: 'Chair' });
    await expect(repo.updateBody(body.id, { ...body, name: '  ' })).rejects.toThrow(/Name the committee or partnership/);
  });

  it('keeps the roster in the order it was built, corrects entries, and retires without deleting', async () => {
    const repo = repository();
    const body = await repo.createBody(defaultBodySettings('KCSP'));
    const chair = await repo.addPerson(body.id, hill);
    await repo.addPerson(body.id, { ...hill, initials: '', surname: 'Rivers', honours: '', office: 'vice-chair' });
    await repo.addPerson(body.id, { ...hill, title: 'Ms', initials: 'A', surname: 'Gilmour', honours: '', kind: 'officer', office: null, role: 'Kent & Medway Domestic Violence Co-ordinator' });
    await repo.updatePerson(chair.id, { ...hill, honours: 'OBE DL' });
    await repo.setRetired(chair.id, true);
    const roster = await repo.listPeople(body.id);
    expect(roster.map((p) => p.surname)).toEqual(['Hill', 'Rivers', 'Gilmour']);
    expect(roster[0]).toMatchObject({ honours: 'OBE DL', retired: true });
    expect(await repo.listPeople('another-body')).toEqual([]);
  });
});

describe('BodiesRepository: offices, order and people added on the day', () => {
  it('keeps one chair: giving the office to someone else takes it from the holder and says who had it', async () => {
    const repo = repository();
    const body = await repo.createBody(defaultBodySettings('KCSP'));
    const chair = await repo.addPerson(body.id, hill);
    const rivers = await repo.addToRoster(body.id, { ...hill, initials: '', surname: 'Rivers', honours: '', office: 'vice-chair' });
    expect(rivers.officeMovedFrom).toBeNull();

    const cooke = await repo.addToRoster(body.id, { ...hill, title: 'Ms', initials: 'Z', surname: 'Cooke', honours: '', office: 'chair' });
    expect(cooke.officeMovedFrom?.id).toBe(chair.id);
    let roster = await repo.listPeople(body.id);
    expect(roster.map((p) => [p.surname, p.office])).toEqual([['Hill', null], ['Rivers', 'vice-chair'], ['Cooke', 'chair']]);

    const back = await repo.correctPerson(chair.id, hill);
    expect(back.officeMovedFrom?.surname).toBe('Cooke');
    const vice = await repo.correctPerson(cooke.person.id, { ...cooke.person, office: 'vice-chair' });
    expect(vice.officeMovedFrom?.surname).toBe('Rivers');
    roster = await repo.listPeople(body.id);
    expect(roster.map((p) => [p.surname, p.office])).toEqual([['Hill', 'chair'], ['Rivers', null], ['Cooke', 'vice-chair']]);
    // Keeping one's own office moves nothing.
    expect((await repo.correctPerson(chair.id, { ...hill, honours: 'OBE' })).officeMovedFrom).toBeNull();
  });

  it('keeps the order people were added even within one millisecond, and moves people up and down', async () => {
    const db = openMinuteBookDatabase(`bodies-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    let id = 0;
    const repo = new BodiesRepository(db, () => 5000, () => `z-${100 - ++id}`); // ids sort backwards on purpose
    const body = await repo.createBody(defaultBodySettings('KCSP'));
    for (const surname of ['Hill', 'Rivers', 'Martin', 'Cooke']) await repo.addPerson(body.id, { ...hill, surname, office: null });
    const names = async () => (await repo.listPeople(body.id)).map((p) => p.surname);
    expect(await names()).toEqual(['Hill', 'Rivers', 'Martin', 'Cooke']);
    const martin = (await repo.listPeople(body.id))[2]!;
    await repo.movePerson(martin.id, -1);
    expect(await names()).toEqual(['Hill', 'Martin', 'Rivers', 'Cooke']);
    await repo.movePerson(martin.id, -1);
    await repo.movePerson(martin.id, -1); // already first: nothing happens
    expect(await names()).toEqual(['Martin', 'Hill', 'Rivers', 'Cooke']);
    await repo.movePerson(martin.id, 1);
    expect(await names()).toEqual(['Hill', 'Martin', 'Rivers', 'Cooke']);
  });

  it('adds a visitor to the roster and the meeting’s attendance together', async () => {
    const db = openMinuteBookDatabase(`bodies-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const repo = new BodiesRepository(db);
    const meetings = new MeetingsRepository(db);
    const body = await repo.createBody(defaultBodySettings('KCSP'));
    const meeting = await meetings.createMeeting({ bodyId: body.id, title: 'March', date: '2015-03-19', startTime: '10:00', venue: '' });
    const visitor = { ...hill, title: 'Ms', initials: 'C', surname: 'Allen', honours: '', kind: 'visitor' as const, office: null };
    const { person } = await repo.addPersonAtMeeting(meeting.id, visitor, 'in-attendance');
    expect((await repo.listPeople(body.id)).map((p) => p.surname)).toEqual(['Allen']);
    expect((await meetings.getMeeting(meeting.id))?.attendance).toEqual({ [person.id]: 'in-attendance' });

    // Neither happens when the meeting has gone.
    await expect(repo.addPersonAtMeeting('no-such-meeting', { ...visitor, surname: 'Nobody' }, 'present')).rejects.toThrow(/no longer exists/);
    expect(await repo.listPeople(body.id)).toHaveLength(1);
  });
});

describe('a body’s house style', () => {
  it('keeps the settings the body changed and validates them', async () => {
    const repo = repository();
    const body = await repo.createBody(defaultBodySettings('Cabinet'));
    await repo.updateBody(body.id, { ...body, houseStyle: { font: 'Times New Roman', paper: 'Letter' } });
    expect((await repo.getBody(body.id))?.houseStyle).toEqual({ font: 'Times New Roman', paper: 'Letter' });
    await expect(repo.updateBody(body.id, { ...body, houseStyle: { fontSizePt: 40 } })).rejects.toThrow();
    expect((await repo.getBody(body.id))?.houseStyle).toEqual({ font: 'Times New Roman', paper: 'Letter' });
  });
});
