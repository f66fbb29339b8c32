/**
 * What went wrong with the browser's storage (IndexedDB, through Dexie), in one place: every screen that
 * reports a storage failure names it through here, so the officer reads the same plain words for the same fault.
 *
 * IndexedDB reports one fault several ways. Seen in Chromium on a full disk: the transaction aborts with
 * QuotaExceededError ("Encountered disk full while committing transaction"), but the request the app awaited
 * fails with a bare AbortError ("The transaction was aborted, so the request cannot be fulfilled"); Chromium
 * then closes the connection, and opening it again fails with UnknownError ("Internal error opening backing
 * store for indexedDB.open") until there is room. Another time the abort was UnknownError "Connection is
 * closing because of: IO error: …/000003.log: FILE_ERROR_NO_SPACE". Dexie wraps each in its own error (AbortError,
 * DatabaseClosedError, OpenFailedError) with the original in `inner`; the platform may use `cause`.
 */
export type StorageFailureKind =
  /** No room on the disk (or over the browser's quota). */
  | 'disk-full'
  /** The browser could not open its storage at all ("backing store"): a full disk, or damaged files. */
  | 'unavailable'
  /** The connection was closed under the app (the browser closes it after a failed write). */
  | 'closed'
  /** A transaction was stopped without a reason given: on a full disk this is the usual report. */
  | 'aborted'
  /** The stored data is of a newer schema than this version of the app knows. */
  | 'newer-version'
  | 'other';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
}

/** The error and everything it wraps (Dexie's `inner`, the platform's `cause`), outermost first, at most 6 deep. */
function errorChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let pending: unknown[] = [error];
  for (let depth = 0; depth < 6 && pending.length > 0; depth++) {
    const next: unknown[] = [];
    for (const item of pending) {
      if (item === null || typeof item !== 'object' || chain.includes(item as ErrorLike)) continue;
      const link = item as ErrorLike;
      chain.push(link);
      next.push(link.inner, link.cause);
    }
    pending = next;
  }
  return chain;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** How a full disk reads in messages: Chromium's "disk full", LevelDB's "No space left" and "FILE_ERROR_NO_SPACE", quota. */
const DISK_FULL_WORDS = /disk full|no[ _]space|quota/i;

/** Which kind of storage failure `error` is, looking through every wrapper. */
export function classifyStorageFailure(error: unknown): StorageFailureKind {
  const chain = errorChain(error);
  const named = (...names: string[]) => chain.some((link) => names.includes(text(link.name)));
  if (named('QuotaExceededError') || chain.some((link) => DISK_FULL_WORDS.test(text(link.message)))) return 'disk-full';
  if (named('VersionError')) return 'newer-version';
  if (named('UnknownError', 'OpenFailedError') && chain.some((link) => /backing store/i.test(text(link.message)))) return 'unavailable';
  if (named('DatabaseClosedError', 'InvalidStateError')) return 'closed';
  if (named('AbortError', 'TransactionInactiveError')) return 'aborted';
  if (named('UnknownError')) return 'unavailable';
  return 'other';
}

/** True for a full disk, however deeply the report is wrapped. */
export function isDiskFull(error: unknown): boolean {
  return classifyStorageFailure(error) === 'disk-full';
}

/** The innermost message worth showing, for a failure of no known kind. */
function detail(error: unknown): string {
  const withMessage = errorChain(error).filter((link) => text(link.message).trim() !== '');
  const innermost = withMessage.at(-1);
  return innermost ? text(innermost.message).trim().replace(/\s+/g, ' ') : String(error);
}

/**
 * Why storage failed, as the start of a sentence ("The disk is full"), for any screen to finish. `kind`
 * overrides the error's own kind when the caller knows better (an AbortError seen right after a transaction
 * aborted for a full disk is the full disk).
 */
export function storageFailureCause(error: unknown, kind: StorageFailureKind = classifyStorageFailure(error)): string {
  switch (kind) {
    case 'disk-full':
      return 'The disk is full';
    case 'unavailable':
      return 'The browser could not open the storage that holds the minutes (this happens when the disk is full, or when its files are damaged)';
    case 'closed':
      return 'The browser closed the storage that holds the minutes (it does this after a write fails, for example on a full disk)';
    case 'aborted':
      return 'The browser’s storage refused the save (this usually means the disk is full)';
    case 'newer-version':
      return 'The stored minutes were written by a newer version of Minute Book than this one';
    case 'other':
      return `The browser’s storage reported a fault (${detail(error)})`;
  }
}
