import { SAVED_FILE_KINDS } from '@shared/ipc/contract';
import { createBrowserCopies } from './browser-copies';
import type { Host } from './host';

/**
 * The host in a plain browser: files go out as downloads, and the last
 * save is attempted when the page is hidden or closed (the browser gives no
 * way to wait for it, which is why saving never waits for a pause in typing).
 */
export function createBrowserHost(win: Window = window): Host {
  return {
    kind: 'browser',
    // A page cannot write to the disk, but it can keep copies outside IndexedDB in its private file system.
    backups: createBrowserCopies(win.navigator.storage),
    // A page cannot reach the database's files, nor read the disk's free space (storage.estimate() reports a
    // quota that ignores how full the disk is).
    databaseFiles: null,
    onDiskSpace: () => () => undefined,
    warnBeforeLeaving(hasUnsaved) {
      // The browser asks "Leave site? Changes you made may not be saved." (its own words: a page's are ignored).
      const onBeforeUnload = (event: BeforeUnloadEvent) => {
        if (!hasUnsaved()) return;
        event.preventDefault();
        event.returnValue = ''; // older Chromium asks only when this is set
      };
      win.addEventListener('beforeunload', onBeforeUnload);
      return () => win.removeEventListener('beforeunload', onBeforeUnload);
    },
    async saveFile(kind, suggestedName, bytes) {
      const blob = new Blob([bytes], { type: SAVED_FILE_KINDS[kind].mimeType });
      const url = URL.createObjectURL(blob);
      try {
        const link = win.document.createElement('a');
        link.href = url;
        link.download = suggestedName;
        link.rel = 'noopener';
        win.document.body.append(link);
        link.click();
        link.remove();
      } finally {
        // Revoke later: revoking at once can cancel the download in Chromium.
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      }
      return { status: 'saved', path: suggestedName };
    },
    onFlushBeforeQuit(flush) {
      const onHidden = () => {
        if (win.document.visibilityState === 'hidden') void flush();
      };
      const onPageHide = () => void flush();
      win.document.addEventListener('visibilitychange', onHidden);
      win.addEventListener('pagehide', onPageHide);
      return () => {
        win.document.removeEventListener('visibilitychange', onHidden);
        win.removeEventListener('pagehide', onPageHide);
      };
    },
  };
}
