import type { Page } from '@playwright/test';

/**
 * STANDS IN FOR ELECTRON'S MAIN PROCESS, which cannot run on these machines.
 * Puts a `window.minuteBook` on the page that keeps the contract of
 * shared/ipc/contract.ts (saveFile, onFlushBeforeQuit, backupMeeting,
 * listBackups, readBackup, emergencyBackup, chooseEmergencyFolder, onDiskSpace,
 * guardDatabaseFiles), so the renderer takes its Electron host, but keeps
 * the backups in the page's localStorage instead of <userData>/backups: they
 * survive a reload as main's files survive a restart. Main's own side (the
 * throttle, rotation, the atomic writes, the refusals, the emergency backup) is
 * unit-tested in test/unit/electron; this only lets the Restore screen be driven
 * end to end. Every hand-over becomes a backup here, at once. `window.e2eFakeMain`
 * lets a test play main's part: fill the disk (emergency backups then ask for a
 * folder), say which folder the officer picks, and send a free-space reading.
 */
/** What a test can do as main, through `window.e2eFakeMain`. */
export interface FakeMainControls {
  backups: () => { meetingId: string; backupId: string; kind: string; text: string }[];
  /** While true, emergency backups find no room in the backups folder and ask for a folder. */
  fillDisk: (full: boolean) => void;
  /** The folder the officer picks in the next folder dialog (null: they cancel). */
  chooseFolderNextTime: (folder: string | null) => void;
  /** Sends the window a free-space reading, as main's disk watch does. */
  sendDiskSpace: (space: { freeBytes: number; low: boolean }) => void;
}

export async function installFakeDesktopShell(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const KEY = 'e2e-fake-main.backups';
    interface Stored {
      meetingId: string;
      backupId: string;
      kind: 'periodic' | 'quit' | 'emergency' | 'latest';
      savedAt: number;
      bytes: number;
      meetingTitle: string;
      meetingDate: string;
      text: string;
    }
    const load = (): Stored[] => JSON.parse(localStorage.getItem(KEY) ?? '[]') as Stored[];
    const store = (all: Stored[]) => localStorage.setItem(KEY, JSON.stringify(all));
    const flushes = new Set<() => Promise<boolean>>();
    const diskSpaceListeners = new Set<(space: { freeBytes: number; low: boolean }) => void>();
    // As the preload does: the latest reading main sent, for a screen that listens after it came.
    let latestDiskSpace: { freeBytes: number; low: boolean } | null = null;
    const controls = { diskFull: false, folderToChoose: null as string | null, chosenFolder: null as string | null };
    let lastSavedAt = 0;
    const keep = (meetingId: string, meetingFile: string, kind: Stored['kind']): Stored => {
      // Main checks the whole file with parseMeetingFile; here, enough to refuse what is plainly not this meeting.
      const file = JSON.parse(meetingFile) as { format: string; meeting: { id: string; title: string; date: string } };
      if (file.format !== 'minute-book/meeting' || file.meeting.id !== meetingId) throw new Error('minutes:backup-meeting refused');
      const savedAt = Math.max(Date.now(), lastSavedAt + 1);
      lastSavedAt = savedAt;
      const backupId = `${new Date(savedAt).toISOString().replace(/[-:.]/g, '')}-${kind}`;
      const stored: Stored = { meetingId, backupId, kind, savedAt, bytes: new TextEncoder().encode(meetingFile).byteLength, meetingTitle: file.meeting.title, meetingDate: file.meeting.date, text: meetingFile };
      store([...load(), stored]);
      return stored;
    };
    const fake = {
      saveFile: async () => ({ status: 'cancelled' as const }),
      onFlushBeforeQuit: (flush: () => Promise<boolean>) => {
        flushes.add(flush);
        return () => void flushes.delete(flush);
      },
      backupMeeting: async ({ meetingId, meetingFile }: { meetingId: string; meetingFile: string }) => {
        keep(meetingId, meetingFile, 'periodic');
      },
      emergencyBackup: async ({ meetingId, meetingFile }: { meetingId: string; meetingFile: string }) => {
        if (!controls.diskFull) {
          const stored = keep(meetingId, meetingFile, 'emergency');
          return { status: 'written', path: `/home/officer/.config/Minute Book/backups/${meetingId}/${stored.backupId}.json`, place: 'backups' };
        }
        if (controls.chosenFolder) return { status: 'written', path: `${controls.chosenFolder}/emergency copy.json`, place: 'chosen-folder' };
        return { status: 'needs-folder', message: 'The disk is full, so the emergency copy could not be written to Minute Book’s backups folder. Choose a folder on another drive (a USB stick or a network drive) and it will be written there.' };
      },
      chooseEmergencyFolder: async () => {
        if (!controls.folderToChoose) return { status: 'cancelled' };
        controls.chosenFolder = controls.folderToChoose;
        return { status: 'written', path: `${controls.chosenFolder}/emergency copy.json`, place: 'chosen-folder' };
      },
      onDiskSpace: (listener: (space: { freeBytes: number; low: boolean }) => void) => {
        diskSpaceListeners.add(listener);
        if (latestDiskSpace) listener(latestDiskSpace);
        return () => void diskSpaceListeners.delete(listener);
      },
      guardDatabaseFiles: async ({ step }: { step: 'before-open' | 'after-open' }) => (step === 'before-open' ? { status: 'ready' } : { status: 'done', keptAt: null }),
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
    (window as unknown as { e2eFakeMain: FakeMainControls }).e2eFakeMain = {
      backups: load,
      fillDisk: (full: boolean) => void (controls.diskFull = full),
      chooseFolderNextTime: (folder: string | null) => void (controls.folderToChoose = folder),
      sendDiskSpace: (space: { freeBytes: number; low: boolean }) => {
        latestDiskSpace = space;
        diskSpaceListeners.forEach((listener) => listener(space));
      },
    };
  });
}
