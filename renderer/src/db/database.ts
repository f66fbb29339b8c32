import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import type { Person } from '@shared/model/person';
import type { UserTemplate } from '@shared/domain/templates';
import type { OpenCorrection, Revision } from '@shared/model/revision';
import { upgradeToVersion2 } from './upgrades/v2-bodies';
import { upgradeToVersion6 } from './upgrades/v6-print-records';
import { upgradeToVersion7 } from './upgrades/v7-person-names';

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
  /**
   * How many times a restore has replaced these minutes (absent: never). An editor opened before a restore
   * saves with the older count, and that save is dropped, so stale text on screen never overwrites a restore.
   */
  restoreCount?: number;
}

/** A word the officer added to the personal dictionary: never underlined in any meeting. */
export interface DictionaryEntry {
  word: string;
  addedAt: number;
}

/** A word the officer chose to ignore in one meeting's minutes only. */
export interface IgnoredWord {
  meetingId: string;
  word: string;
  ignoredAt: number;
}

/** The minute book's full-text index as last saved (shared/search/minute-book-index.ts): one row. */
export interface SavedSearchIndex {
  key: 'minute-book';
  /** The index as MinuteBookIndex.save wrote it. */
  text: string;
  savedAt: number;
}

/** A roster entry as stored: `order` keeps the roster in the order the officer built it. */
export type PersonRow = Person & { order: number };

export type MinuteBookDatabase = Dexie & {
  meetings: EntityTable<Meeting, 'id'>;
  drafts: EntityTable<MinutesDraft, 'meetingId'>;
  bodies: EntityTable<Body, 'id'>;
  people: EntityTable<PersonRow, 'id'>;
  templates: EntityTable<UserTemplate, 'id'>;
  revisions: EntityTable<Revision, 'id'>;
  corrections: EntityTable<OpenCorrection, 'meetingId'>;
  dictionary: EntityTable<DictionaryEntry, 'word'>;
  ignoredWords: Table<IgnoredWord, [string, string]>;
  searchIndex: EntityTable<SavedSearchIndex, 'key'>;
};

/** The database's name. Never change it, or every officer's drafts "disappear". */
export const DATABASE_NAME = 'minute-book';

export interface DatabaseOptions {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /**
   * Whether Dexie opens (and, after the browser closes it, reopens) the database by itself on first use.
   * The app says no: the StorageKeeper opens it, so it can see what the browser did to it (threw it away,
   * refused to open it) and set the files aside first in the desktop app. Tests leave it on.
   */
  autoOpen?: boolean;
}

/**
 * Declares every schema version, in order, so an upgrade path from any earlier
 * version can be read (and tested) in one place. `upTo` exists for the upgrade
 * tests, which build a database at an old version and fill it first.
 */
export function declareSchema(db: Dexie, upTo = Infinity): void {
  // Version 1: meetings (listed newest first by date) and their drafts.
  db.version(1).stores({
    meetings: 'id, date, updatedAt',
    drafts: 'meetingId',
  });
  if (upTo < 2) return;

  // Version 2: committees and partnerships with their rosters. The body's name
  // and heading word move off the meeting onto a body of their own.
  db.version(2)
    .stores({
      meetings: 'id, bodyId, date, updatedAt',
      drafts: 'meetingId',
      bodies: 'id, name',
      people: 'id, bodyId',
    })
    .upgrade(upgradeToVersion2);
  if (upTo < 3) return;

  // Version 3: standing phrases an officer adds for a body (the built-in ones are code, not data).
  db.version(3).stores({ templates: 'id, bodyId' });
  if (upTo < 4) return;

  // Version 4: revisions of each meeting's minutes (automatic, at status changes, restored, signed,
  // amendments), numbered per meeting; and corrections of signed minutes under way. Drafts gain an index
  // on their restore count, so every autosave can check it from the index alone, without reading the
  // whole draft back. Nothing stored before changes shape.
  db.version(4).stores({
    drafts: 'meetingId, [meetingId+restoreCount]',
    revisions: 'id, meetingId, &[meetingId+number]',
    corrections: 'meetingId',
  });
  if (upTo < 5) return;

  // Version 5: spelling. The officer's personal dictionary, and the words ignored in one meeting (listed by
  // meeting, so deleting a meeting can drop them). Only new tables: nothing to upgrade.
  db.version(5).stores({ dictionary: 'word', ignoredWords: '[meetingId+word], meetingId' });
  if (upTo < 6) return;

  // Version 6: minutes that have left draft keep how they print (the meeting's print record: the body's
  // settings and roster as they were), so a later change to the roster changes only drafts. No new tables or
  // indexes; existing circulated, approved and signed meetings are given their record from the body now.
  db.version(6).stores({}).upgrade(upgradeToVersion6);
  if (upTo < 7) return;

  // Version 7: names as the council prints them. A person may have a forename and a title for the minutes' text,
  // and the attendance title may be empty. No new tables or indexes; every stored person gets the two new fields
  // empty, so they print exactly as before.
  db.version(7).stores({}).upgrade(upgradeToVersion7);
  if (upTo < 8) return;

  // Version 8: search across the minute book. The saved full-text index (one row, so it survives a restart), and
  // drafts indexed by when they were saved, so search can tell which minutes changed since it last looked by
  // reading keys alone, never three hours of minutes. Dexie builds the new index over the drafts there are.
  db.version(8).stores({ drafts: 'meetingId, [meetingId+restoreCount], savedAt', searchIndex: 'key' });
}

/** Opens the database at the current version. */
export function openMinuteBookDatabase(name: string = DATABASE_NAME, options: DatabaseOptions = {}): MinuteBookDatabase {
  const db = new Dexie(name, {
    // Chromium commits IndexedDB transactions "relaxed" by default: acknowledged
    // before they reach the disk. A flat battery must not eat minutes.
    chromeTransactionDurability: 'strict',
    ...options,
  }) as MinuteBookDatabase;
  declareSchema(db);
  return db;
}
