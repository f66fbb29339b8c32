import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openMinuteBookDatabase } from '../../../renderer/src/db/database';
import { MeetingImporter } from '../../../renderer/src/features/import/import-meeting';
import { parseMeetingFile, type MeetingFile } from '../../../shared/meeting-file';

const fixture = new URL('../../fixtures/meeting-files/kcsp-2015-03-19.json', import.meta.url);

function seedFile(): MeetingFile {
  const parsed = parseMeetingFile(readFileSync(fixture, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.file;
}

function setUp() {
  const db = openMinuteBookDatabase(`import-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let id = 0;
  return { db, importer: new MeetingImporter(db, () => 9000, () => `new-${++id}`) };
}

describe('importing a meeting file', () => {
  it('brings the meeting, its minutes, body, roster and phrases onto a computer that has none of them', async () => {
    const { db, importer } = setUp();
    const file = seedFile();
    const id = await importer.importFile(file, 'replace');
    expect(id).toBe(file.meeting.id);
    expect(await db.bodies.count()).toBe(1);
    expect((await db.people.toArray()).map((p) => p.id).sort()).toEqual(file.roster.map((p) => p.id).sort());
    expect((await db.meetings.get(id))?.agenda).toEqual(file.meeting.agenda);
    expect(JSON.parse((await db.drafts.get(id))!.editorState)).toEqual(file.minutes.editorState);
  });

  it('keeps both when asked: the file’s copy becomes a new meeting, marked imported, and nothing is duplicated in the roster', async () => {
    const { db, importer } = setUp();
    const file = seedFile();
    await importer.importFile(file, 'replace');
    const second = await importer.importFile(file, 'keep-both');
    expect(second).toBe('new-1');
    expect((await db.meetings.toArray()).map((m) => m.title).sort()).toEqual([file.meeting.title, `${file.meeting.title} (imported)`].sort());
    expect(await db.people.count()).toBe(file.roster.length);
    expect(await db.bodies.count()).toBe(1);
  });

  it('replaces this computer’s copy and its minutes when asked', async () => {
    const { db, importer } = setUp();
    const file = seedFile();
    await importer.importFile(file, 'replace');
    await db.drafts.put({ meetingId: file.meeting.id, editorState: '{"root":"typed here since"}', savedAt: 1 });
    await importer.importFile(file, 'replace');
    expect(await db.meetings.count()).toBe(1);
    expect(JSON.parse((await db.drafts.get(file.meeting.id))!.editorState)).toEqual(file.minutes.editorState);
  });

  it('joins a committee already set up under the same name rather than making a second one', async () => {
    const { db, importer } = setUp();
    const file = seedFile();
    await db.bodies.add({ ...file.body, id: 'kcsp-here' });
    await importer.importFile(file, 'replace');
    expect(await db.bodies.count()).toBe(1);
    expect((await db.meetings.get(file.meeting.id))?.bodyId).toBe('kcsp-here');
    expect((await db.people.toArray()).every((p) => p.bodyId === 'kcsp-here')).toBe(true);
  });

  it('never replaces signed minutes: the import is refused and changes nothing, and Keep both still works', async () => {
    const { db, importer } = setUp();
    const file = seedFile();
    await importer.importFile(file, 'replace');
    await db.meetings.update(file.meeting.id, { status: 'signed' });
    const signedDraft = await db.drafts.get(file.meeting.id);
    const changed = { ...file, minutes: { editorState: { root: { type: 'root', version: 1, children: [] } } } } as MeetingFile;
    await expect(importer.importFile(changed, 'replace')).rejects.toThrow('it is the record and cannot be replaced');
    expect(await db.drafts.get(file.meeting.id)).toEqual(signedDraft);
    expect((await db.meetings.get(file.meeting.id))?.status).toBe('signed');
    expect(await importer.importFile(changed, 'keep-both')).toBe('new-1');
  });
});
