import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { strFromU8, unzipSync } from 'fflate';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { openMinuteBookDatabase } from '../../../renderer/src/db/database';
import { AppServicesContext, type AppServices } from '../../../renderer/src/app-context';
import { MeetingImportRepository, type RosterChoice, type WordMinutesBatch } from '../../../renderer/src/db/import-repository';
import { MeetingHeader } from '../../../renderer/src/features/meetings/MeetingHeader';
import { exportMeetingDocx } from '../../../shared/export/docx';
import { formatMinutesDate } from '../../../shared/format/british-date';
import { mentionLabel } from '../../../shared/domain/mentions';
import { importMinutesDocx } from '../../../shared/import-docx';
import { nameKey, reviewRoster } from '../../../shared/import-docx/roster-review';
import { checkMeetingFile, composeMeetingFileText, serialiseMeetingFile, type MeetingFile } from '../../../shared/meeting-file';
import { meetingExportInput } from '../../../shared/meeting-file/meeting-file';
import { canonicalMinutes } from '../../../shared/signing/canonical-minutes';
import { defaultBodySettings } from '../../../shared/model/body';
import type { Person } from '../../../shared/model/person';

/** Exports and imports whole Word files; generous for a loaded two-core machine. */
const TIMEOUT = 60_000;
const SEEDS = ['kcsp-2015-03-19', 'kcsp-2019-07-17', 'kcsp-2023-03-21'] as const;
const BODY = { ...defaultBodySettings('Test Partnership'), councilName: 'Kent County Council', lastMinuteNumber: 3 };

function seed(name: string): MeetingFile {
  const checked = checkMeetingFile(readFileSync(new URL(`../../fixtures/meeting-files/${name}.json`, import.meta.url), 'utf8'));
  if (!checked.ok) throw new Error(checked.message);
  return checked.file;
}

/** Each seed exported to Word by Minute Book, then read back as the app's worker reads it. */
async function wordMinutes() {
  return Promise.all(
    SEEDS.map(async (name) => {
      const bytes = await exportMeetingDocx(meetingExportInput(seed(name)), { version: 'full', draft: false });
      const read = importMinutesDocx(bytes, { fileName: `${name}.docx`, importedAt: 5000, bodyName: BODY.name, councilName: BODY.councilName });
      if (!read.ok) throw new Error(read.message);
      const checked = checkMeetingFile(read.text);
      if (!checked.ok) throw new Error(checked.message);
      const { minutes, ...outline } = checked.file;
      return { fileName: `${name}.docx`, file: { outline, editorStateJson: JSON.stringify(minutes.editorState) } };
    }),
  );
}

async function setUp(roster: Omit<Person, 'bodyId'>[] = []) {
  const db = openMinuteBookDatabase(`word-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.bodies.add({ id: 'body-1', ...BODY, createdAt: 1, updatedAt: 1 });
  await db.people.bulkAdd(roster.map((person, order) => ({ ...person, bodyId: 'body-1', order })));
  let id = 0;
  return { db, importer: new MeetingImportRepository(db, () => 9000, () => `new-${++id}`) };
}

/** Every mention in a saved editor state, in document order. */
function mentionsIn(node: unknown): { personId: string; label: string }[] {
  if (typeof node !== 'object' || node === null) return [];
  const { type, personId, label, root, children } = node as { type?: unknown; personId?: unknown; label?: unknown; root?: unknown; children?: unknown };
  if (type === 'mention' && typeof personId === 'string' && typeof label === 'string') return [{ personId, label }];
  return [root, ...(Array.isArray(children) ? children : [])].flatMap(mentionsIn);
}

function batchOf(files: Awaited<ReturnType<typeof wordMinutes>>, roster: Person[], choose: (key: string, match: string | null) => RosterChoice | null = () => null): WordMinutesBatch {
  const review = reviewRoster(files.map(({ fileName, file }) => ({ fileName, roster: file.outline.roster })), roster);
  const choices = new Map<string, RosterChoice>(
    review.people.map(({ key, person, match }) => [key, choose(key, match) ?? (match ? { kind: 'same-as', personId: match } : { kind: 'add', details: person })]),
  );
  return { bodyId: 'body-1', files: files.map(({ file }, index) => ({ file, people: review.keys[index]! })), choices };
}

describe('importing Word minutes into a committee', () => {
  it('stores three meetings in one go: one roster entry per person across the files, mentions and attendance naming them, the last minute number raised', { timeout: TIMEOUT }, async () => {
    const files = await wordMinutes();
    const { db, importer } = await setUp();
    const batch = batchOf(files, []);
    const ids = await importer.storeWordMinutes(batch);
    expect(ids).toHaveLength(3);

    const people = await db.people.where('bodyId').equals('body-1').toArray();
    const distinct = new Set(files.flatMap(({ file }) => file.outline.roster.map(nameKey)));
    expect(people).toHaveLength(distinct.size);
    // Somebody is named in more than one of the three years, and is on the roster once.
    expect(distinct.size).toBeLessThan(files.reduce((sum, { file }) => sum + file.outline.roster.length, 0));

    const onRoster = new Set(people.map((person) => person.id));
    for (const id of ids) {
      const meeting = (await db.meetings.get(id))!;
      expect(meeting.status).toBe('signed');
      expect(meeting.imported?.fileName).toMatch(/\.docx$/);
      expect(meeting.bodyId).toBe('body-1');
      for (const personId of Object.keys(meeting.attendance)) expect(onRoster.has(personId)).toBe(true);
      expect(meeting.printedAs?.roster.every((person) => onRoster.has(person.id))).toBe(true);
      const mentions = [...(await db.drafts.get(id))!.editorState.matchAll(/"personId":"([^"]+)"/g)].map((match) => match[1]!);
      for (const personId of mentions) expect(onRoster.has(personId)).toBe(true);
    }
    const highest = Math.max(...files.flatMap(({ file }) => Object.values(file.outline.meeting.minuteNumbers ?? {})));
    expect(highest).toBeGreaterThan(BODY.lastMinuteNumber);
    expect((await db.bodies.get('body-1'))?.lastMinuteNumber).toBe(highest);
  });

  it('matches people to the committee’s roster, takes a rename, and stores nothing when one meeting is already here', { timeout: TIMEOUT }, async () => {
    const files = await wordMinutes();
    const first = files[0]!.file.outline.roster[0]!;
    const { id: _id, bodyId: _bodyId, ...details } = first;
    const here = { ...details, id: 'here-1', retired: false, initials: first.initials.replace(/ /g, '.') };
    const { db, importer } = await setUp([here]);
    // Someone the minutes name, renamed in the review.
    const named = new Set(mentionsIn(JSON.parse(files[0]!.file.editorStateJson)).map(({ personId }) => personId));
    const renamed = files[0]!.file.outline.roster.find((person, index) => index > 0 && named.has(person.id))!;
    const batch = batchOf(files, [{ ...here, bodyId: 'body-1' }], (key) =>
      key === nameKey(renamed) ? { kind: 'add', details: { ...renamed, surname: 'Renamed' } } : null,
    );
    expect([...batch.choices.values()]).toContainEqual({ kind: 'same-as', personId: 'here-1' });

    // A meeting of the batch already stored: the whole batch is refused, nothing half-stored.
    const taken = files[2]!.file.outline.meeting;
    await db.meetings.add({ ...taken, bodyId: 'body-1' });
    await expect(importer.storeWordMinutes(batch)).rejects.toThrow(/already on this computer/);
    expect(await db.people.count()).toBe(1);
    expect(await db.meetings.count()).toBe(1);
    expect((await db.bodies.get('body-1'))?.lastMinuteNumber).toBe(BODY.lastMinuteNumber);

    await db.meetings.delete(taken.id);
    const ids = await importer.storeWordMinutes(batch);
    const meeting = (await db.meetings.get(ids[0]!))!;
    expect(meeting.attendance['here-1']).toBe(files[0]!.file.outline.meeting.attendance[first.id]);
    expect((await db.people.toArray()).filter((person) => person.surname === 'Renamed')).toHaveLength(1);
    expect(meeting.printedAs?.roster.some((person) => person.surname === 'Renamed')).toBe(true);
    // Every mention names the roster person chosen in the review by their short name there, "Mr Renamed" included.
    const roster = new Map((await db.people.toArray()).map((person) => [person.id, person]));
    const mentions = (await Promise.all(ids.map(async (id) => JSON.parse((await db.drafts.get(id))!.editorState) as unknown))).flatMap(mentionsIn);
    expect(mentions.map(({ personId, label }) => label === mentionLabel(roster.get(personId)!))).not.toContain(false);
    expect(mentions.some(({ personId }) => roster.get(personId)?.surname === 'Renamed')).toBe(true);
  });

  it('stores no start time when the Word minutes give none, and the meeting shows, exports, saves as a file and backs up without one', { timeout: TIMEOUT }, async () => {
    const files = (await wordMinutes()).slice(0, 1);
    const { db, importer } = await setUp();
    const [id] = await importer.storeWordMinutes(batchOf(files, []));
    const meeting = (await db.meetings.get(id!))!;
    // Minute Book's export prints no start time, so the Word file gives none: stored as none, never a made-up 10:00.
    expect(meeting.startTime).toBeNull();

    const body = (await db.bodies.get('body-1'))!;
    const roster = await db.people.where('bodyId').equals('body-1').toArray();
    const editorState = (await db.drafts.get(id!))!.editorState;
    const input = { meeting, body, roster, editorState };

    // The header's facts: committee, date and venue, and no time.
    // Drawn once, never clicked: the services its buttons would use are not reached.
    const services = { importer } as Partial<AppServices> as AppServices;
    const header = renderToStaticMarkup(
      createElement(
        AppServicesContext.Provider,
        { value: services },
        createElement(MeetingHeader, { meeting, body, bodies: [body], onRename: async () => {}, onChangeDetails: async () => {}, onDelete: async () => {}, children: null }),
      ),
    );
    const facts = /<p class="meeting-facts">([^<]*)<\/p>/.exec(header)?.[1];
    expect(facts).toBe(`${body.name} · ${formatMinutesDate(meeting.date)}${meeting.venue ? ` · ${meeting.venue}` : ''}`);

    // The Word export, and the canonical form signing fingerprints.
    const docx = strFromU8(unzipSync(await exportMeetingDocx(input, { version: 'full', draft: false }))['word/document.xml']!);
    expect(docx).toContain(formatMinutesDate(meeting.date).replace(/^\w+, /, ''));
    expect(JSON.parse(canonicalMinutes(input)).meeting.startTime).toBeNull();

    // A saved meeting file and a backup both pass the one meeting-file check, with no start time.
    const saved = checkMeetingFile(serialiseMeetingFile({ body, roster, templates: [], meeting, editorState }));
    const backup = checkMeetingFile(composeMeetingFileText({ body, roster, templates: [], meeting }, editorState));
    for (const checked of [saved, backup]) {
      expect(checked.ok ? checked.file.meeting.startTime : checked.message).toBeNull();
    }
  });
});
