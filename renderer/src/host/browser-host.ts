import { SAVED_FILE_KINDS } from '@shared/ipc/contract';
import type { Host } from './host';

/**
 * The host in a plain browser: files go out as downloads, and the last
 * save is attempted when the page is hidden or closed (the browser gives no
 * way to wait for it, which is why saving never waits for a pause in typing).
 */
export function createBrowserHost(win: Window = window): Host {
  return {
    kind: 'browser',
    // Disk backups are the desktop app's: a browser page cannot write to the user-data folder.
    backups: null,
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
