import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openMinuteBookDatabase } from '../../../renderer/src/db/database';
import { MeetingsRepository } from '../../../renderer/src/db/meetings-repository';
import { SpellingRepository } from '../../../renderer/src/db/spelling-repository';
import { describeError } from '../../../renderer/src/ui/plain-errors';

function database() {
  return openMinuteBookDatabase(`spelling-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

describe('SpellingRepository', () => {
  it('keeps the personal dictionary sorted, once per word, and removes words', async () => {
    let now = 0;
    const repo = new SpellingRepository(database(), () => ++now);
    await repo.addWord(' Widden ');
    await repo.addWord('Amelix');
    await repo.addWord('Widden');
    expect(await repo.listWords()).toEqual([
      { word: 'Amelix', addedAt: 2 },
      { word: 'Widden', addedAt: 1 },
    ]);
    await repo.removeWord('Amelix');
    expect((await repo.listWords()).map((entry) => entry.word)).toEqual(['Widden']);
  });

  it('refuses more than one word in plain words and stores nothing', async () => {
    const repo = new SpellingRepository(database());
    const refusal = await repo.addWord('two words').catch((error: unknown) => error);
    expect(describeError(refusal)).toContain('One word only, with no spaces');
    expect(await repo.listWords()).toEqual([]);
  });

  it('keeps ignored words per meeting, and drops them when the meeting is deleted', async () => {
    const db = database();
    const repo = new SpellingRepository(db);
    const meetings = new MeetingsRepository(db);
    const meeting = await meetings.createMeeting({ title: 'KCSP', bodyId: 'b-1', date: '2015-03-19', startTime: '10:00', venue: 'Darent Room' });
    await repo.ignoreWord(meeting.id, 'definately');
    await repo.ignoreWord('another-meeting', 'Thomspon');
    expect(await repo.ignoredWords(meeting.id)).toEqual(['definately']);
    await meetings.deleteMeeting(meeting.id);
    expect(await repo.ignoredWords(meeting.id)).toEqual([]);
    expect(await repo.ignoredWords('another-meeting')).toEqual(['Thomspon']);
  });
});
