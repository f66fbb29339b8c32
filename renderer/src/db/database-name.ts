import { DATABASE_NAME } from './database';

/**
 * Which IndexedDB database holds the minute book. Always DATABASE_NAME, unless the officer set a database aside
 * because it could not be opened: a page cannot rename an IndexedDB database, and must never delete one (IT may
 * still recover its contents), so the old one is left exactly as it is and the app moves on to a new name,
 * remembered here. (A database Chromium itself finds damaged is deleted by Chromium as it opens it; only the
 * desktop app can keep its files, by copying them aside first: see electron/services/storage.)
 */
const CURRENT_KEY = 'minute-book.database-name';
/** The databases set aside, oldest first, for IT: [{ name, setAsideAt }]. */
const SET_ASIDE_KEY = 'minute-book.databases-set-aside';

export interface SetAsideDatabase {
  name: string;
  setAsideAt: number;
}

/** The name of the database the app opens. */
export function currentDatabaseName(storage: Pick<Storage, 'getItem'> = localStorage): string {
  const stored = storage.getItem(CURRENT_KEY);
  return stored && /^minute-book(-\d{8}T\d{6})?$/.test(stored) ? stored : DATABASE_NAME;
}

/** The databases set aside so far, oldest first. */
export function setAsideDatabases(storage: Pick<Storage, 'getItem'> = localStorage): SetAsideDatabase[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(SET_ASIDE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((entry): entry is SetAsideDatabase => typeof entry?.name === 'string' && typeof entry?.setAsideAt === 'number') : [];
  } catch {
    return [];
  }
}

/**
 * Leaves the current database untouched and names a new, empty one for the app to open from now on (after a
 * reload). Resolves with the name of the one set aside.
 */
export function setCurrentDatabaseAside(storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage, now = new Date()): string {
  const old = currentDatabaseName(storage);
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15); // 20260305T191502
  storage.setItem(SET_ASIDE_KEY, JSON.stringify([...setAsideDatabases(storage), { name: old, setAsideAt: now.getTime() }]));
  storage.setItem(CURRENT_KEY, `minute-book-${stamp}`);
  return old;
}
