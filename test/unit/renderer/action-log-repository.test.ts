import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ActionLogRepository } from '../../../renderer/src/db/action-log-repository';
import { openMinuteBookDatabase } from '../../../renderer/src/db/database';
import { actionNodeFields } from '../../../shared/minutes/action-node';
import { KCSP_2015_ROSTER } from '../../fixtures/kcsp-2015';
import { KCSP_2015_MEETING, KCSP_BODY, editorState, minute, paragraph, text } from '../shared/kcsp-2015-input';

/** The committee's action log as stored: read from its meetings' drafts, statuses kept with each meeting. */

const action = (actionId: string, ownerId: string | null, words: string) => ({ direction: null, format: '', indent: 0, ...actionNodeFields({ actionId, ownerId, due: null }), children: [text(words)] });

async function seeded() {
  const db = openMinuteBookDatabase(`actions-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.bodies.put(KCSP_BODY);
  await db.people.bulkPut(KCSP_2015_ROSTER.map((person, order) => ({ ...person, bodyId: KCSP_BODY.id, order })));
  const march = { ...KCSP_2015_MEETING, status: 'signed' as const };
  const june = { ...KCSP_2015_MEETING, id: 'm-june', date: '2015-06-25' };
  const other = { ...KCSP_2015_MEETING, id: 'm-other', bodyId: 'someone-else' };
  await db.meetings.bulkPut([march, june, other]);
  const draft = (meetingId: string, state: unknown) => ({ meetingId, editorState: JSON.stringify(state), savedAt: 1 });
  await db.drafts.bulkPut([
    draft(june.id, editorState(minute('item-95', paragraph(action('a-june', 'p-hill', 'Mr Hill undertook to write.'))))),
    draft(march.id, editorState(minute('item-94', paragraph(action('a-march', 'p-adams', 'Mr Adams agreed to report back.'))))),
    draft(other.id, editorState(minute('item-94', paragraph(action('a-other', null, 'Not this committee’s.'))))),
  ]);
  return { db, repository: new ActionLogRepository(db, () => 42) };
}

describe('ActionLogRepository', () => {
  it("lists the committee's actions across its meetings, oldest first, and no other committee's", async () => {
    const { repository } = await seeded();
    const { entries, unreadable } = await repository.log(KCSP_BODY.id);
    expect(unreadable).toEqual([]);
    expect(entries.map((entry) => [entry.meetingId, entry.actionId, entry.reference, entry.owner, entry.status])).toEqual([
      ['m-2015-03-19', 'a-march', '19 March 2015, Minute 94', 'Mr Adams', 'open'],
      ['m-june', 'a-june', '25 June 2015, Minute 95', 'Mr Hill', 'open'],
    ]);
  });

  it('changes a status at the next meeting, even on signed minutes, and back to open', async () => {
    const { db, repository } = await seeded();
    await repository.setStatus('m-2015-03-19', 'a-march', 'done');
    expect((await db.meetings.get('m-2015-03-19'))?.actionStatuses).toEqual([{ actionId: 'a-march', status: 'done', changedAt: 42 }]);
    expect((await repository.log(KCSP_BODY.id)).entries.map((entry) => entry.status)).toEqual(['done', 'open']);
    await repository.setStatus('m-2015-03-19', 'a-march', 'open');
    expect((await db.meetings.get('m-2015-03-19'))?.actionStatuses).toEqual([]);
    await expect(repository.setStatus('m-gone', 'a-march', 'done')).rejects.toThrow('no longer exists');
  });

  it('names a meeting whose minutes cannot be read, and still lists the others', async () => {
    const { db, repository } = await seeded();
    await db.drafts.put({ meetingId: 'm-june', editorState: '{ not json', savedAt: 2 });
    const { entries, unreadable } = await repository.log(KCSP_BODY.id);
    expect(unreadable).toEqual([KCSP_2015_MEETING.title]);
    expect(entries.map((entry) => entry.actionId)).toEqual(['a-march']);
  });
});
