import type { RefObject } from 'react';
import type { Host } from '../../../host';
import type { BackupCourier } from '../../backups/backup-courier';
import type { DraftSaver } from '../../save/draft-saver';

/**
 * Makes the open meeting's "save now" reachable from outside it: the app calls `flushRef` before switching
 * meetings, the shell before quitting (through the host). A flush saves the minutes, then hands the disk
 * backups their copy. Returns the cleanup, which saves once more as the meeting closes.
 */
export function installFlush(
  saver: Pick<DraftSaver, 'flush'>,
  courier: Pick<BackupCourier, 'handOverNow'> | null,
  host: Pick<Host, 'onFlushBeforeQuit'>,
  flushRef: RefObject<(() => Promise<boolean>) | null>,
): () => void {
  const flush = async () => {
    const saved = await saver.flush();
    await courier?.handOverNow();
    return saved;
  };
  flushRef.current = flush;
  const stopQuitFlush = host.onFlushBeforeQuit(flush);
  return () => {
    stopQuitFlush();
    if (flushRef.current === flush) flushRef.current = null;
    void saver.flush();
  };
}
