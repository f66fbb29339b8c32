import { classifyStorageFailure, storageFailureCause, type StorageFailureKind } from '../../db/storage-failure';
import type { StorageKeeper } from '../../db/storage-keeper';

/**
 * Plain words for why minutes could not be saved, for the banner and the save indicator: the cause
 * (db/storage-failure.ts names every kind of storage fault), that nothing on screen is lost, and what
 * happens next. `kind` overrides the error's own kind when the caller knows better (see StorageKeeper).
 */
export function describeSaveError(error: unknown, kind: StorageFailureKind = classifyStorageFailure(error)): string {
  const cause = storageFailureCause(error, kind);
  if (kind === 'disk-full') {
    return `${cause}, so the minutes could not be saved. Everything you typed is still on screen; free some space and saving will resume by itself.`;
  }
  return `${cause}, so the minutes could not be saved. Everything you typed is still on screen; Minute Book tries again every few seconds.`;
}

/**
 * What a DraftSaver needs from the app's storage keeper: reopen the database before a retry, and explain a
 * failure with what the keeper saw (a bare abort after a full-disk abort is the full disk). Spread into the
 * saver's options.
 */
export function savingThrough(keeper: Pick<StorageKeeper, 'recover' | 'classifySettled'>): { recover: () => Promise<void>; explain: (error: unknown) => Promise<string> } {
  return {
    recover: () => keeper.recover(),
    explain: async (error) => describeSaveError(error, await keeper.classifySettled(error)),
  };
}
