import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BodiesRepository } from '../../../renderer/src/db/bodies-repository';
import { openMinuteBookDatabase } from '../../../renderer/src/db/database';
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
