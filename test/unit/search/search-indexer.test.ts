import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openMinuteBookDatabase } from '../../../renderer/src/db/database';
import { MeetingsRepository } from '../../../renderer/src/db/meetings-repository';
import { SearchIndexRepository } from '../../../renderer/src/db/search-index-repository';
import { SearchIndexer } from '../../../renderer/src/features/search/search-indexer';
import type { SearchEngine } from '../../../renderer/src/search/search-client';
import { MinuteBookIndex } from '../../../shared/search/minute-book-index';
import type { IndexableMeeting } from '../../../shared/search/minute-documents';
import { NO_FILTERS, type SearchFilters } from '../../../shared/search/search-results';
import { minutesJson } from './minutes-json';

/** The index in this process, as the worker would hold it, counting what it is given. */
class IndexHere implements SearchEngine {
  index = MinuteBookIndex.empty();
  put: string[] = [];
  async load(saved: string | null) {
    this.index = MinuteBookIndex.load(saved);
    return this.index.fingerprints();
  }
  async update(put: readonly IndexableMeeting[], remove: readonly string[]) {
    for (const id of remove) this.index.removeMeeting(id);
    for (const meeting of put) this.index.putMeeting(meeting);
    this.put.push(...put.map((meeting) => meeting.meetingId));
  }
  async search(text: string, filters: SearchFilters) {
    return { results: this.index.query(text, filters), ms: 0 };
  }
  async save() {
    return this.index.save();
  }
}

let clock = 1000;
const now = () => ++clock;

async function minuteBook() {
  const db = openMinuteBookDatabase(`search-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const meetings = new MeetingsRepository(db, now);
  const add = async (title: string, words: string) => {
    const meeting = await meetings.createMeeting({ bodyId: 'b-1', title, date: '2025-03-19', startTime: null, venue: '' });
    await meetings.changeMeeting(meeting.id, () => ({ agenda: [{ id: 'i-1', code: 'B1', title: 'Road Safety', part: 'unrestricted' }] }));
    await meetings.saveDraft(meeting.id, minutesJson({ 'i-1': [[words]] }));
    return meeting.id;
  };
  return { db, meetings, add, repository: new SearchIndexRepository(db) };
}

/** An indexer whose idle work runs when the test says, and saves at once. */
function indexerOf(repository: SearchIndexRepository, engine: SearchEngine) {
  const idle: (() => void)[] = [];
  const indexer = new SearchIndexer(repository, engine, (work) => void idle.push(work), 0, 0);
  const runIdle = async () => {
    while (idle.length > 0) idle.shift()!();
    await indexer.settled();
  };
  return { indexer, runIdle };
}

const titles = async (indexer: SearchIndexer, text: string) => (await indexer.search(text, NO_FILTERS)).results.meetings.map((found) => found.title);

describe('the search indexer', () => {
  it('indexes every meeting on start, then only what changed, and drops deleted meetings', async () => {
    const { meetings, add, repository } = await minuteBook();
    const a = await add('March', 'speed cameras on the A2');
    await add('July', 'youth clubs');
    const engine = new IndexHere();
    const { indexer, runIdle } = indexerOf(repository, engine);
    await indexer.start();
    expect(indexer.current).toEqual({ kind: 'ready', meetings: 2, round: 1 });
    expect(await titles(indexer, 'cameras')).toEqual(['March']);

    engine.put = [];
    await meetings.saveDraft(a, minutesJson({ 'i-1': [['speed humps instead']] }));
    indexer.changed();
    await runIdle();
    expect(engine.put).toEqual([a]);
    expect(await titles(indexer, 'cameras')).toEqual([]);
    expect(await titles(indexer, 'humps')).toEqual(['March']);

    await meetings.deleteMeeting(a);
    indexer.changed();
    await runIdle();
    expect(await titles(indexer, 'speed')).toEqual([]);
    expect(indexer.current).toEqual({ kind: 'ready', meetings: 1, round: 3 });
  });

  it('saves the index, and after a restart indexes nothing that has not changed, and catches up with what has', async () => {
    const { meetings, add, repository } = await minuteBook();
    const a = await add('March', 'speed cameras');
    await add('July', 'youth clubs');
    const first = indexerOf(repository, new IndexHere());
    await first.indexer.start();
    await first.indexer.flush();
    expect(await repository.loadSaved()).toContain('"format":1');

    // Changed while the app was closed: the next start sees a stale fingerprint.
    await meetings.saveDraft(a, minutesJson({ 'i-1': [['traffic wardens']] }));
    const engine = new IndexHere();
    const second = indexerOf(repository, engine);
    await second.indexer.start();
    expect(engine.put).toEqual([a]);
    expect(await titles(second.indexer, 'youth')).toEqual(['July']);
    expect(await titles(second.indexer, 'wardens')).toEqual(['March']);
    expect(await titles(second.indexer, 'cameras')).toEqual([]);
  });

  it('tells a meeting is stale from its row or its draft, read from the keys alone', async () => {
    const { meetings, add, repository } = await minuteBook();
    const a = await add('March', 'speed');
    const before = (await repository.fingerprints()).get(a);
    await meetings.updateMeeting(a, { title: 'March (renamed)' });
    const renamed = (await repository.fingerprints()).get(a);
    await meetings.saveDraft(a, minutesJson({ 'i-1': [['other']] }));
    const retyped = (await repository.fingerprints()).get(a);
    expect(new Set([before, renamed, retyped]).size).toBe(3);
    const [indexable] = await repository.indexable([a, 'gone']);
    expect(indexable).toMatchObject({ meetingId: a, title: 'March (renamed)', fingerprint: retyped, agenda: [{ id: 'i-1', code: 'B1', title: 'Road Safety' }] });
  });

  describe('while the minutes keep changing (a draft saved every few hundred ms as the officer types)', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    /** An indexer that only counts the catch-ups it schedules, waiting 5 s for a pause as the app's does. */
    function countingIndexer() {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const scheduled: (() => void)[] = [];
      const unused = {} as SearchIndexRepository;
      const indexer = new SearchIndexer(unused, new IndexHere(), (work) => void scheduled.push(work), 0, 5_000);
      return { indexer, scheduled };
    }

    it('catches up once they pause for five seconds, not on every change', () => {
      const { indexer, scheduled } = countingIndexer();
      for (let second = 0; second < 20; second++) {
        indexer.changed();
        vi.advanceTimersByTime(1_000);
      }
      expect(scheduled).toHaveLength(0);
      vi.advanceTimersByTime(4_000);
      expect(scheduled).toHaveLength(1);
    });

    it('in a long stretch of changes, catches up at least once a minute', () => {
      const { indexer, scheduled } = countingIndexer();
      for (let second = 0; second < 130; second++) {
        indexer.changed();
        vi.advanceTimersByTime(1_000);
      }
      expect(scheduled).toHaveLength(2);
    });
  });
});
