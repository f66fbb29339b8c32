import { describe, expect, it } from 'vitest';
import { describeSaveError, isQuotaExceeded } from '../../../renderer/src/features/save/describe-save-error';

describe('describeSaveError', () => {
  it('recognises a quota error directly, wrapped by Dexie (inner) and by the platform (cause)', () => {
    expect(isQuotaExceeded({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaExceeded(new Error('aborted', { cause: { name: 'QuotaExceededError' } }))).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError' })).toBe(false);
  });

  it('says the disk is full in plain words and that nothing on screen is lost', () => {
    expect(describeSaveError({ name: 'QuotaExceededError' })).toBe(
      'The disk is full, so the minutes could not be saved. Everything you typed is still on screen; free some space and saving will resume.',
    );
  });

  it('names other failures and promises a retry', () => {
    expect(describeSaveError(new Error('UnknownError: I/O'))).toBe(
      'The minutes could not be saved (UnknownError: I/O). Everything you typed is still on screen; saving will be tried again.',
    );
  });
});
