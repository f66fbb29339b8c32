import { describe, expect, it } from 'vitest';
import { currentDatabaseName, setAsideDatabases, setCurrentDatabaseAside } from '../../../renderer/src/db/database-name';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('the database’s name', () => {
  it('is minute-book until a database is set aside; then a new name, with the old one listed and never reused', () => {
    const storage = memoryStorage();
    expect(currentDatabaseName(storage)).toBe('minute-book');
    expect(setCurrentDatabaseAside(storage, new Date(Date.UTC(2026, 2, 5, 10, 42, 7)))).toBe('minute-book');
    expect(currentDatabaseName(storage)).toBe('minute-book-20260305T104207');
    setCurrentDatabaseAside(storage, new Date(Date.UTC(2026, 2, 6, 9, 0, 0)));
    expect(currentDatabaseName(storage)).toBe('minute-book-20260306T090000');
    expect(setAsideDatabases(storage)).toEqual([
      { name: 'minute-book', setAsideAt: Date.UTC(2026, 2, 5, 10, 42, 7) },
      { name: 'minute-book-20260305T104207', setAsideAt: Date.UTC(2026, 2, 6, 9, 0, 0) },
    ]);
  });

  it('ignores a stored name that is not one the app gives', () => {
    const storage = memoryStorage();
    storage.setItem('minute-book.database-name', 'someone-elses-db');
    expect(currentDatabaseName(storage)).toBe('minute-book');
    storage.setItem('minute-book.databases-set-aside', 'not json');
    expect(setAsideDatabases(storage)).toEqual([]);
  });
});
