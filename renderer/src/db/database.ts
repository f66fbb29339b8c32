import Dexie, { type EntityTable } from 'dexie';
import type { Meeting } from '@shared/model/meeting';

/**
 * The minutes text of one meeting, as the editor last saved it. Kept apart from
 * the meeting row so the meetings list never loads three hours of minutes.
 */
export interface MinutesDraft {
  meetingId: string;
  /** Lexical's serialised editor state (JSON text): the one stored truth of the minutes. */
  editorState: string;
  /** When this draft reached IndexedDB (ms since epoch). */
  savedAt: number;
}

export type MinuteBookDatabase = Dexie & {
  meetings: EntityTable<Meeting, 'id'>;
  drafts: EntityTable<MinutesDraft, 'meetingId'>;
};

/** The database's name. Never change it, or every officer's drafts "disappear". */
export const DATABASE_NAME = 'minute-book';

/**
 * Opens the database. Every schema version lives here, in order, so an upgrade
 * path from any earlier version can be read (and tested) in one place.
 */
export function openMinuteBookDatabase(name: string = DATABASE_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}): MinuteBookDatabase {
  const db = new Dexie(name, {
    // Chromium commits IndexedDB transactions "relaxed" by default: acknowledged
    // before they reach the disk. A flat battery must not eat minutes.
    chromeTransactionDurability: 'strict',
    ...options,
  }) as MinuteBookDatabase;

  // Version 1: meetings (listed newest first by date) and their drafts.
  db.version(1).stores({
    meetings: 'id, date, updatedAt',
    drafts: 'meetingId',
  });

  return db;
}
