import type { Page } from '@playwright/test';

/**
 * STANDS IN FOR ELECTRON'S MAIN PROCESS, which cannot run on these machines.
 * Puts a `window.minuteBook` on the page that keeps the contract of
 * shared/ipc/contract.ts (saveFile, onFlushBeforeQuit, backupMeeting,
 * listBackups, readBackup), so the renderer takes its Electron host, but keeps
 * the backups in the page's localStorage instead of <userData>/backups: they
 * survive a reload as main's files survive a restart. Main's own side (the
 * throttle, rotation, the atomic writes, the refusals, the emergency backup) is
 * unit-tested in test/unit/electron; this only lets the Restore screen be driven
 * end to end. Every hand-over becomes a backup here, at once.
 */
export async function installFakeDesktopShell(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const KEY = 'e2e-fake-main.backups';
    interface Stored {
      meetingId: string;
      backupId: string;
      kind: 'periodic' | 'quit' | 'emergency';
      savedAt: number;
      bytes: number;
      meetingTitle: string;
      meetingDate: string;
      text: string;
    }
    const load = (): Stored[] => JSON.parse(localStorage.getItem(KEY) ?? '[]') as Stored[];
    const store = (all: Stored[]) => localStorage.setItem(KEY, JSON.stringify(all));
    const flushes = new Set<() => Promise<boolean>>();
    let lastSavedAt = 0;
    const fake = {
      saveFile: async () => ({ status: 'cancelled' as const }),
      onFlushBeforeQuit: (flush: () => Promise<boolean>) => {
        flushes.add(flush);
        return () => void flushes.delete(flush);
      },
      backupMeeting: async ({ meetingId, meetingFile }: { meetingId: string; meetingFile: string }) => {
        // Main checks the whole file with parseMeetingFile; here, enough to refuse what is plainly not this meeting.
        const file = JSON.parse(meetingFile) as { format: string; meeting: { id: string; title: string; date: string } };
        if (file.format !== 'minute-book/meeting' || file.meeting.id !== meetingId) throw new Error('minutes:backup-meeting refused');
        const savedAt = Math.max(Date.now(), lastSavedAt + 1);
        lastSavedAt = savedAt;
        const backupId = `${new Date(savedAt).toISOString().replace(/[-:.]/g, '')}-periodic`;
        const all = load();
        all.push({ meetingId, backupId, kind: 'periodic', savedAt, bytes: new TextEncoder().encode(meetingFile).byteLength, meetingTitle: file.meeting.title, meetingDate: file.meeting.date, text: meetingFile });
        store(all);
      },
      listBackups: async ({ meetingId }: { meetingId?: string }) =>
        load()
          .filter((backup) => meetingId === undefined || backup.meetingId === meetingId)
          .sort((a, b) => b.savedAt - a.savedAt)
          .map(({ text: _text, ...summary }) => summary),
      readBackup: async ({ meetingId, backupId }: { meetingId: string; backupId: string }) => {
        const found = load().find((backup) => backup.meetingId === meetingId && backup.backupId === backupId);
        if (!found) throw new Error('The backup is no longer on disk.');
        return found.text;
      },
    };
    (window as unknown as { minuteBook: typeof fake }).minuteBook = fake;
    (window as unknown as { e2eFakeMain: { backups: () => Stored[] } }).e2eFakeMain = { backups: load };
  });
}
