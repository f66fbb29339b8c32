import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageFailure, isDiskFull, storageFailureCause } from '../../../renderer/src/db/storage-failure';
import { describeSaveError } from '../../../renderer/src/features/save/describe-save-error';

// The reports Chromium 14x gave on a real full disk (a 96 MB tmpfs profile), word for word.
const quota = new DOMException('Encountered disk full while committing transaction.', 'QuotaExceededError');
const requestAborted = new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError');
const backingStore = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');

describe('classifyStorageFailure', () => {
  it.each([
    ['a quota error', quota, 'disk-full'],
    ['Dexie’s AbortError wrapping it (inner)', new Dexie.AbortError('Transaction aborted', quota), 'disk-full'],
    ['the platform wrapping it (cause)', new Error('aborted', { cause: quota }), 'disk-full'],
    ['a quota error three wrappers deep', new Dexie.DatabaseClosedError(new Dexie.OpenFailedError(new Error('x', { cause: quota }))), 'disk-full'],
    ['a message that says so', new Error('IO error: No space left on device'), 'disk-full'],
    [
      'Chromium closing the connection for LevelDB’s full disk',
      new DOMException('Connection is closing because of: IO error: …/000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)', 'UnknownError'),
      'disk-full',
    ],
    ['the backing store failing to open', backingStore, 'unavailable'],
    ['Dexie’s closed database holding the backing store failure', new Dexie.DatabaseClosedError(backingStore), 'unavailable'],
    ['a closed database', new Dexie.DatabaseClosedError(), 'closed'],
    ['a connection closed under a transaction', new DOMException('The database connection is closing.', 'InvalidStateError'), 'closed'],
    ['a bare aborted request', requestAborted, 'aborted'],
    ['Dexie’s AbortError with nothing inside', new Dexie.AbortError('Transaction aborted'), 'aborted'],
    ['a newer schema', new Dexie.VersionError('The requested version (50) is less than the existing version (70).'), 'newer-version'],
    ['any other UnknownError', new DOMException('I/O', 'UnknownError'), 'unavailable'],
    ['anything else', new TypeError('x is undefined'), 'other'],
    ['a string thrown', 'broken', 'other'],
  ])('%s', (_what, error, kind) => {
    expect(classifyStorageFailure(error)).toBe(kind);
  });

  it('survives a wrapper that wraps itself', () => {
    const looped: { name: string; inner?: unknown } = { name: 'AbortError' };
    looped.inner = looped;
    expect(classifyStorageFailure(looped)).toBe('aborted');
    expect(isDiskFull(looped)).toBe(false);
  });
});

describe('describeSaveError', () => {
  it('says the disk is full in plain words, that nothing on screen is lost, and that saving resumes by itself', () => {
    expect(describeSaveError(new Dexie.AbortError('Transaction aborted', quota))).toBe(
      'The disk is full, so the minutes could not be saved. Everything you typed is still on screen; free some space and saving will resume by itself.',
    );
  });

  it('takes the caller’s word for the kind: a bare abort seen just after a full-disk abort is the full disk', () => {
    expect(describeSaveError(requestAborted, 'disk-full')).toMatch(/^The disk is full, so/);
    expect(describeSaveError(requestAborted)).toBe(
      'The browser’s storage refused the save (this usually means the disk is full), so the minutes could not be saved. Everything you typed is still on screen; Minute Book tries again every few seconds.',
    );
  });

  it('names a fault of no known kind by its innermost message, never as "[object Object]"', () => {
    expect(storageFailureCause(new Error('outer', { cause: new Error('  the real\n reason ') }))).toBe('The browser’s storage reported a fault (the real reason)');
    expect(describeSaveError(new Dexie.DatabaseClosedError(backingStore))).toMatch(/^The browser could not open the storage that holds the minutes/);
  });
});
