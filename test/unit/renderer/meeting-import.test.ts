import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { openMinuteBookDatabase, type MinuteBookDatabase } from '../../../renderer/src/db/database';
import { MeetingImportRepository, type ImportChoices, type ImportedFile } from '../../../renderer/src/db/import-repository';
import { attendanceLines } from '../../../shared/domain/attendance-lines';
import { exportMeetingDocx } from '../../../shared/export/docx';
import { checkMeetingFile, type MeetingFile } from '../../../shared/meeting-file';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/meeting-files/${name}.json`, import.meta.url), 'utf8');

function read(text: string): MeetingFile {
  const checked = checkMeetingFile(text);
  if (!checked.ok) throw new Error(checked.message);
  return checked.file;
}

/** What the worker hands the window: everything but the minutes, and the minutes as JSON text. */
function imported(file: MeetingFile): ImportedFile {
  const { minutes, ...outline } = file;
  return { outline, editorStateJson: JSON.stringify(minutes.editorState) };
}

const choices = (mode: ImportChoices['mode'], takeFromFile: string[] = []): ImportChoices => ({ mode, takeFromFile: new Set(takeFromFile), printing: 'as-the-file-says' });

function setUp() {
  const db = openMinuteBookDatabase(`import-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let id = 0;
  return { db, importer: new MeetingImportRepository(db, () => 9000, () => `new-${++id}`) };
}

/** The text of a meeting's full final Word copy as stored here, read back by mammoth. */
async function printedText(db: MinuteBookDatabase, meetingId: string): Promise<string> {
  const meeting = (await db.meetings.get(meetingId))!;
  const body = (await db.bodies.get(meeting.bodyId))!;
  const roster = await db.people.where('bodyId').equals(body.id).sortBy('order');
  const draft = (await db.drafts.get(meetingId))!;
  const bytes = await exportMeetingDocx({ body, roster, meeting, editorState: draft.editorState }, { version: 'full', draft: false });
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

describe('importing a meeting file', () => {
  it('brings the meeting, its minutes, body, roster and phrases onto a computer that has none of them', async () => {
    const { db, importer } = setUp();
    const file = read(fixture('kcsp-2015-03-19'));
    const plan = await importer.plan(imported(file).outline);
    expect(plan).toEqual({ existingTitle: null, joins: null, people: [], refusal: null });
    const id = await importer.store(imported(file), choices('replace'));
    expect(id).toBe(file.meeting.id);
    expect(await db.bodies.count()).toBe(1);
    expect((await db.people.toArray()).map((p) => p.id).sort()).toEqual(file.roster.map((p) => p.id).sort());
    expect((await db.meetings.get(id))?.agenda).toEqual(file.meeting.agenda);
    expect(JSON.parse((await db.drafts.get(id))!.editorState)).toEqual(file.minutes.editorState);
    // It prints as the file says: its own record of the body's settings and roster.
    expect((await db.meetings.get(id))?.printedAs?.roster.map((p) => p.id)).toEqual(file.roster.map((p) => p.id));
  });

  it('keeps both when asked: the file’s copy becomes a new meeting, marked imported, and nothing is duplicated in the roster', async () => {
    const { db, importer } = setUp();
    const file = read(fixture('kcsp-2015-03-19'));
    await importer.store(imported(file), choices('replace'));
    expect((await importer.plan(imported(file).outline)).existingTitle).toBe(file.meeting.title);
    const second = await importer.store(imported(file), choices('keep-both'));
    expect(second).toBe('new-1');
    expect((await db.meetings.toArray()).map((m) => m.title).sort()).toEqual([file.meeting.title, `${file.meeting.title} (imported)`].sort());
    expect(await db.people.count()).toBe(file.roster.length);
    expect(await db.bodies.count()).toBe(1);
  });

  it('replaces this computer’s copy and its minutes when asked', async () => {
    const { db, importer } = setUp();
    const file = read(fixture('kcsp-2015-03-19'));
    await importer.store(imported(file), choices('replace'));
    await db.drafts.put({ meetingId: file.meeting.id, editorState: '{"root":"typed here since"}', savedAt: 1 });
    await importer.store(imported(file), choices('replace'));
    expect(await db.meetings.count()).toBe(1);
    expect(JSON.parse((await db.drafts.get(file.meeting.id))!.editorState)).toEqual(file.minutes.editorState);
  });

  it('joins a committee already set up under the same name rather than making a second one', async () => {
    const { db, importer } = setUp();
    const file = read(fixture('kcsp-2015-03-19'));
    await db.bodies.add({ ...file.body, id: 'kcsp-here' });
    expect((await importer.plan(imported(file).outline)).joins?.id).toBe('kcsp-here');
    await importer.store(imported(file), choices('replace'));
    expect(await db.bodies.count()).toBe(1);
    expect((await db.meetings.get(file.meeting.id))?.bodyId).toBe('kcsp-here');
    expect((await db.people.toArray()).every((p) => p.bodyId === 'kcsp-here')).toBe(true);
  });

  it('never replaces signed minutes: the import is refused and changes nothing, and Keep both still works', async () => {
    const { db, importer } = setUp();
    const file = read(fixture('kcsp-2015-03-19'));
    await importer.store(imported(file), choices('replace'));
    await db.meetings.update(file.meeting.id, { status: 'signed' });
    const signedDraft = await db.drafts.get(file.meeting.id);
    const changed = { ...imported(file), editorStateJson: '{"root":{"type":"root","version":1,"children":[]}}' };
    await expect(importer.store(changed, choices('replace'))).rejects.toThrow('it is the record and cannot be replaced');
    expect(await db.drafts.get(file.meeting.id)).toEqual(signedDraft);
    expect((await db.meetings.get(file.meeting.id))?.status).toBe('signed');
    expect(await importer.store(changed, choices('keep-both'))).toBe('new-1');
  });

  it('prints a 2015 meeting imported beside the same committee’s 2023 meeting exactly as its file says, and leaves the 2023 one as it was', async () => {
    const { db, importer } = setUp();
    const file2023 = read(fixture('kcsp-2023-03-21'));
    const file2015 = read(fixture('kcsp-2015-03-19'));
    await importer.store(imported(file2023), choices('replace'));
    const before2023 = await printedText(db, file2023.meeting.id);

    const plan = await importer.plan(imported(file2015).outline);
    expect(plan.joins?.id).toBe('kcsp');
    // Whoever the two files describe differently is offered as both; nobody else.
    for (const { inFile, here } of plan.people) {
      expect(inFile.id).toBe(here.id);
      expect(inFile).not.toEqual(here);
    }
    await importer.store(imported(file2015), choices('replace'));

    const printed2015 = await printedText(db, file2015.meeting.id);
    // 2015 numbered its minutes ("92. …", with "(Item A3)") and called the chair Chairman; 2023 heads by agenda code.
    expect(printed2015).toMatch(/92\.\s+Notes of meeting held on 8th October 2014/);
    expect(printed2015).toContain('(Item A3)');
    expect(printed2015).toContain('(Chairman)');
    expect(printed2015).not.toContain('(Chair)');
    expect(await printedText(db, file2023.meeting.id)).toBe(before2023);
  }, 120_000);

  it('asks about a person the file and this computer describe differently, keeps this computer’s unless told, and takes the file’s when chosen', async () => {
    const file = read(fixture('kcsp-2015-03-19'));
    const renamed = structuredClone(file);
    renamed.roster[0] = { ...renamed.roster[0]!, title: 'Cllr', role: 'Leader of the Council', forename: 'Roger', textTitle: 'Dr' };

    for (const take of [[], ['p-hill']]) {
      const { db, importer } = setUp();
      await importer.store(imported(file), choices('replace'));
      const plan = await importer.plan(imported(renamed).outline);
      expect(plan.people.map(({ inFile, here }) => [inFile.title, here.title])).toEqual([['Cllr', 'Mr']]);
      await importer.store(imported(renamed), choices('keep-both', take));
      const person = await db.people.get('p-hill');
      expect([person?.title, person?.forename ?? '', person?.textTitle ?? '']).toEqual(take.length === 0 ? ['Mr', '', ''] : ['Cllr', 'Roger', 'Dr']);
      // The copy prints as its file says either way.
      const copy = (await db.meetings.get('new-1'))!;
      expect(copy.printedAs?.roster.find((p) => p.id === 'p-hill')?.title).toBe('Cllr');
    }
  });

  it('refuses, changing nothing, a file whose person has the id of someone on another committee here', async () => {
    const { db, importer } = setUp();
    const file = read(fixture('kcsp-2015-03-19'));
    await db.bodies.add({ ...file.body, id: 'cabinet', name: 'Cabinet' });
    await db.people.add({ ...file.roster[0]!, bodyId: 'cabinet', order: 1 });
    const plan = await importer.plan(imported(file).outline);
    expect(plan.refusal).toBe('Mr Hill has the id of someone on another committee’s roster on this computer, so the file cannot be imported here.');
    await expect(importer.store(imported(file), choices('replace'))).rejects.toThrow('another committee’s roster');
    expect(await db.meetings.count()).toBe(0);
    expect(await db.people.count()).toBe(1);
  });

  it('a person whose id is “constructor” never spoils a meeting already here', async () => {
    const { db, importer } = setUp();
    const file = read(fixture('kcsp-2015-03-19'));
    await importer.store(imported(file), choices('replace'));
    const hostile = structuredClone(file);
    hostile.meeting = { ...hostile.meeting, id: 'another-meeting', attendance: { constructor: 'present' as const, toString: 'apologies' as const } };
    hostile.roster.push({ ...hostile.roster[0]!, id: 'constructor', surname: 'Constructor', office: null }, { ...hostile.roster[0]!, id: 'toString', surname: 'Stringer', office: null });
    const text = JSON.stringify({ ...hostile, minutes: { editorState: { root: { type: 'root', children: [] } } } });
    const checked = read(text);
    await importer.store(imported(checked), choices('replace'));

    // The meeting already here: its attendance has no "constructor", and it still prints.
    const meeting = (await db.meetings.get(file.meeting.id))!;
    const roster = await db.people.where('bodyId').equals('kcsp').sortBy('order');
    expect(roster.map((p) => p.id)).toContain('constructor');
    expect(() => attendanceLines(meeting.attendance, roster, 'Chairman')).not.toThrow();
    expect(await printedText(db, file.meeting.id)).toContain('Mr P M Hill, OBE (Chairman)');
    expect(await printedText(db, 'another-meeting')).toContain('Apologies were received from Mr P M Stringer');
  }, 120_000);
});
