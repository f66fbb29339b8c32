import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openMinuteBookDatabase } from '../../../../renderer/src/db/database';
import { liveValue } from '../../../../renderer/src/db/live-value';
import { MeetingsRepository } from '../../../../renderer/src/db/meetings-repository';
import { RevisionsRepository } from '../../../../renderer/src/db/revisions-repository';
import { SpellingRepository } from '../../../../renderer/src/db/spelling-repository';
import { TemplatesRepository } from '../../../../renderer/src/db/templates-repository';
import { WriteFailures } from '../../../../renderer/src/editor/write-failures';
import { createMinutesPort } from '../../../../renderer/src/features/meetings/open-meeting/minutes-port';
import type { LiveValue } from '../../../../renderer/src/ui/live-value';
import { MinutesSignedError } from '../../../../shared/domain/editable';

// Dexie's liveQuery runs only where it finds an IndexedDB of the page's own (in Node there is none).
Dexie.dependencies.indexedDB = new IDBFactory();
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

function services() {
  const db = openMinuteBookDatabase(`port-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let id = 0;
  const newId = () => `id-${++id}`;
  return {
    db,
    meetings: new MeetingsRepository(db, Date.now, newId),
    templates: new TemplatesRepository(db, newId),
    spelling: new SpellingRepository(db),
    revisions: new RevisionsRepository(db, Date.now, newId),
  };
}

/** Follows a live value: resolves with the first value for which `ready` holds. */
function until<T>(value: LiveValue<T>, ready: (value: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      try {
        const now = value.current();
        if (now !== undefined && ready(now)) {
          stop();
          resolve(now);
        }
      } catch (error) {
        stop();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const stop = value.subscribe(check);
    check();
  });
}

const setup = { title: 'KCSP', bodyId: 'kcsp', date: '2015-03-19', startTime: '10:00', venue: 'Darent Room' };

describe('the minutes port', () => {
  it('gives the editor the body’s phrases and the date of its meeting before, live as they change', async () => {
    const app = services();
    const earlier = await app.meetings.createMeeting({ ...setup, date: '2014-10-08' });
    await app.meetings.createMeeting({ ...setup, bodyId: 'cabinet', date: '2015-01-01' }); // another body's meeting
    const meeting = await app.meetings.createMeeting(setup);
    const port = createMinutesPort(app, meeting.id);
    expect(await until(port.previousMeetingDate, () => true)).toBe('8 October 2014');
    expect(await until(port.phrases, () => true)).toEqual([]);
    await app.templates.addTemplate('kcsp', { name: 'Report noted', text: 'RESOLVED that the report be noted.' });
    await app.templates.addTemplate('cabinet', { name: 'Cabinet noted', text: 'RESOLVED that Cabinet note the report.' });
    expect((await until(port.phrases, (phrases) => phrases.length > 0)).map((phrase) => phrase.name)).toEqual(['Report noted']);
    await app.meetings.deleteMeeting(earlier.id);
    expect(await until(port.previousMeetingDate, (date) => date === null)).toBeNull();
  });

  it('reads the dictionary and this meeting’s ignored words, and writes words through', async () => {
    const app = services();
    const meeting = await app.meetings.createMeeting(setup);
    const port = createMinutesPort(app, meeting.id);
    await port.addToDictionary('Widden');
    await port.ignoreInMeeting('Thomspon');
    await app.spelling.ignoreWord('another meeting', 'definately');
    expect(await until(port.personalWords, (words) => words.length > 0)).toEqual(['Widden']);
    expect(await until(port.ignoredWords, (words) => words.length > 0)).toEqual(['Thomspon']);
  });

  it('records item times, and its writes fail with the repository’s reason (signed minutes keep their times)', async () => {
    const app = services();
    const meeting = await app.meetings.createMeeting(setup);
    const port = createMinutesPort(app, meeting.id);
    await port.setItemTime('item-92', '10:05');
    await port.setItemTime('item-92', '10:09', { onlyIfUnset: true });
    expect((await app.meetings.getMeeting(meeting.id))?.itemTimes).toEqual({ 'item-92': '10:05' });
    await app.db.meetings.update(meeting.id, { status: 'signed' });
    await expect(port.setItemTime('item-92', null)).rejects.toThrow(MinutesSignedError);
    await expect(port.addToDictionary('two words')).rejects.toThrow('One word only');
  });
});

describe('liveValue', () => {
  it('runs its query once however many subscribe, follows changes, and stops when the last one leaves', async () => {
    const app = services();
    await app.db.open(); // opening the database counts as a change: open it first
    let runs = 0;
    const count = liveValue(async () => (runs++, app.spelling.listWords()));
    const seen: number[] = [];
    const stopOne = count.subscribe(() => seen.push(count.current()!.length));
    const stopTwo = count.subscribe(() => undefined);
    await until(count, () => true);
    expect(runs).toBe(1);
    await app.spelling.addWord('Widden');
    await until(count, (words) => words.length === 1);
    expect(seen).toEqual([0, 1]);
    stopOne();
    stopTwo();
    const before = runs;
    await app.spelling.addWord('Amelix');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toBe(before); // nobody is listening: the query no longer runs
  });

  it('throws what the query threw, for the error boundary', async () => {
    const broken = liveValue<string>(() => Promise.reject(new Error('The database is damaged')));
    await expect(until(broken, () => true)).rejects.toThrow('The database is damaged');
  });
});

describe('WriteFailures', () => {
  it('says which write failed and why, clears when that kind of write next succeeds or is dismissed, and never rejects', async () => {
    const failures = new WriteFailures();
    const changes: (string | null)[] = [];
    failures.subscribe(() => changes.push(failures.current()));
    await expect(failures.watch('The time could not be recorded', Promise.reject(new Error('The disk is full')))).resolves.toBeUndefined();
    expect(failures.current()).toBe('The time could not be recorded: The disk is full');
    await failures.watch('The word could not be added', Promise.resolve());
    expect(failures.current()).toBe('The time could not be recorded: The disk is full');
    await failures.watch('The time could not be recorded', Promise.resolve());
    expect(failures.current()).toBeNull();
    await failures.watch('The word could not be added', Promise.reject(new Error('Quota')));
    failures.dismiss();
    expect(changes).toEqual(['The time could not be recorded: The disk is full', null, 'The word could not be added: Quota', null]);
  });
});
