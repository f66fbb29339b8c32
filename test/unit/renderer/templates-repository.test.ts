import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { declareSchema, openMinuteBookDatabase } from '../../../renderer/src/db/database';
import { TemplatesRepository } from '../../../renderer/src/db/templates-repository';
import { describeError } from '../../../renderer/src/ui/plain-errors';

function repository() {
  const db = openMinuteBookDatabase(`templates-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let id = 0;
  return new TemplatesRepository(db, () => `t-${++id}`);
}

describe('TemplatesRepository', () => {
  it('keeps each body’s own phrases apart, sorted by name, and edits and deletes them', async () => {
    const repo = repository();
    await repo.addTemplate('kcsp', { name: 'Report noted (2015)', shortcutHint: 'rn', text: 'RESOLVED that the committee note the report.' });
    const approved = await repo.addTemplate('kcsp', {
      name: 'Minutes approved (2015)',
      shortcutHint: 'ma',
      text: 'RESOLVED that the minutes of the meeting held on {date} are an accurate record and that they be signed by the Chairman.',
    });
    await repo.addTemplate('cabinet', { name: 'Cabinet noted', text: 'RESOLVED that Cabinet note the report.' });
    expect((await repo.listTemplates('kcsp')).map((t) => t.name)).toEqual(['Minutes approved (2015)', 'Report noted (2015)']);
    await repo.updateTemplate(approved.id, { ...approved, name: 'Previous minutes (2015)' });
    await repo.deleteTemplate('t-1');
    expect((await repo.listTemplates('kcsp')).map((t) => t.name)).toEqual(['Previous minutes (2015)']);
  });

  it('refuses wording whose blanks do not close, saying where', async () => {
    const repo = repository();
    const refusal = await repo.addTemplate('kcsp', { name: 'Broken', text: 'RESOLVED that {person introduced' }).catch((error: unknown) => error);
    expect(describeError(refusal)).toMatch(/^The "\{" at character 15 /);
    expect(await repo.listTemplates('kcsp')).toEqual([]);
  });

  it('version 2 → 3 adds the templates table and keeps bodies and meetings as they were', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('upgrade-v3', { indexedDB, IDBKeyRange });
    declareSchema(old, 2);
    await old.table('bodies').add({ id: 'kcsp', name: 'Kent Community Safety Partnership' });
    await old.table('meetings').add({ id: 'm1', bodyId: 'kcsp', date: '2015-03-19', updatedAt: 1 });
    old.close();
    const db = openMinuteBookDatabase('upgrade-v3', { indexedDB, IDBKeyRange });
    expect(await db.bodies.toArray()).toEqual([{ id: 'kcsp', name: 'Kent Community Safety Partnership' }]);
    expect(await db.meetings.get('m1')).toEqual({ id: 'm1', bodyId: 'kcsp', date: '2015-03-19', updatedAt: 1 });
    expect(await db.templates.count()).toBe(0);
    db.close();
  });
});
