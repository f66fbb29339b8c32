import type { MeetingFile } from '@shared/meeting-file';
import type { Meeting } from '@shared/model/meeting';
import type { MinuteBookDatabase } from '../../db/database';

/** What to do when the file's meeting is already on this computer. */
export type ImportMode = 'keep-both' | 'replace';

/**
 * Imports meeting files. Puts a meeting file's meeting, its minutes, its body, roster and phrases into
 * the database, all in one transaction (all or nothing). The body is matched
 * by id, then by name; people and phrases already here (by id) are kept as they
 * are, the rest are added to the body. 'replace' overwrites the meeting and its
 * minutes; 'keep-both' adds the file's as a new meeting beside the existing one.
 * Returns the id of the meeting to open.
 */
export class MeetingImporter {
  constructor(
    private readonly db: MinuteBookDatabase,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Stores the file's meeting (see the class comment); resolves with the id of the meeting to open. */
  importFile(file: MeetingFile, mode: ImportMode): Promise<string> {
    return importInto(this.db, file, mode, this.now, this.newId);
  }
}

async function importInto(db: MinuteBookDatabase, file: MeetingFile, mode: ImportMode, now: () => number, newId: () => string): Promise<string> {
  return db.transaction('rw', [db.bodies, db.people, db.templates, db.meetings, db.drafts], async () => {
    const at = now();
    const sameId = await db.bodies.get(file.body.id);
    const sameName = sameId ?? (await db.bodies.toArray()).find((body) => body.name.trim().toLocaleLowerCase('en-GB') === file.body.name.trim().toLocaleLowerCase('en-GB'));
    const bodyId = sameName?.id ?? file.body.id;
    if (!sameName) await db.bodies.add({ ...file.body, updatedAt: at });

    let order = ((await db.people.where('bodyId').equals(bodyId).toArray()).reduce((max, p) => Math.max(max, p.order), 0) || at) + 1;
    for (const person of file.roster) {
      if (!(await db.people.get(person.id))) await db.people.add({ ...person, bodyId, order: order++ });
    }
    for (const template of file.templates) {
      if (!(await db.templates.get(template.id))) await db.templates.add({ ...template, bodyId });
    }

    const existing = await db.meetings.get(file.meeting.id);
    // Signed minutes here are the record: a file may sit beside them, never over them.
    if (existing?.status === 'signed' && mode === 'replace') {
      throw new Error('The meeting on this computer is signed: it is the record and cannot be replaced. Import the file as a copy (Keep both) instead.');
    }
    const meetingId = existing && mode === 'keep-both' ? newId() : file.meeting.id;
    const meeting: Meeting = {
      ...file.meeting,
      id: meetingId,
      bodyId,
      title: existing && mode === 'keep-both' ? `${file.meeting.title} (imported)` : file.meeting.title,
      updatedAt: at,
    };
    await db.meetings.put(meeting);
    await db.drafts.put({ meetingId, editorState: JSON.stringify(file.minutes.editorState), savedAt: at });
    return meetingId;
  });
}
