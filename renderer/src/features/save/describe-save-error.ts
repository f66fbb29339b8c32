/**
 * Plain words for why minutes could not be saved. IndexedDB reports a full disk
 * as QuotaExceededError, but Chromium sometimes wraps it in an AbortError whose
 * `inner` (Dexie) or `cause` holds the real reason, so we look inside.
 */
export function describeSaveError(error: unknown): string {
  if (isQuotaExceeded(error)) {
    return 'The disk is full, so the minutes could not be saved. Everything you typed is still on screen; free some space and saving will resume.';
  }
  const message = error instanceof Error && error.message ? error.message : String(error);
  return `The minutes could not be saved (${message}). Everything you typed is still on screen; saving will be tried again.`;
}

/** True for a quota error, however deeply it is wrapped. */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  const named = error as { name?: unknown; inner?: unknown; cause?: unknown };
  if (named.name === 'QuotaExceededError') return true;
  return isQuotaExceeded(named.inner, depth + 1) || isQuotaExceeded(named.cause, depth + 1);
}
