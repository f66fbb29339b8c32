import type { BackupSummary, DiskSpace, EmergencyBackupResult, SavedFileKind, SaveFileResult } from '@shared/ipc/contract';

/**
 * What the renderer needs from whatever it runs inside: the Electron shell
 * (through the preload bridge) or a plain browser (the fallback when Electron
 * cannot be installed). Screens use this and never know which one it is.
 */
export interface Host {
  readonly kind: 'electron' | 'browser';
  /** Offers a file to the officer: a Save dialog in Electron, a download in a browser. */
  saveFile(kind: SavedFileKind, suggestedName: string, bytes: Uint8Array<ArrayBuffer>): Promise<SaveFileResult>;
  /**
   * Registers the function that saves unsaved minutes before the app closes.
   * Returns an unsubscribe function.
   */
  onFlushBeforeQuit(flush: () => Promise<boolean>): () => void;
  /**
   * The copies of each meeting kept outside IndexedDB: the desktop app's disk backups, or in a plain browser
   * its own copies in the Origin Private File System (see browser-copies.ts); null where neither exists.
   */
  readonly backups: DiskBackups | null;
  /**
   * Warns before the page is left while the screen holds text not yet saved (`hasUnsaved`): a browser's own
   * "Leave site?" question. Nothing in the desktop app, whose quit waits for the last save. Returns the stop.
   */
  warnBeforeLeaving(hasUnsaved: () => boolean): () => void;
  /** Calls `listener` with the free space on the disk that holds the minutes, when known and when it crosses the low mark. Returns the stop. */
  onDiskSpace(listener: (space: DiskSpace) => void): () => void;
  /** Keeps the database's files safe around each open (desktop app only: a page cannot reach them). */
  readonly databaseFiles: DatabaseFilesGuard | null;
}

/** See StorageKeeper: the desktop app sets the database's files aside before an open that follows trouble. */
export interface DatabaseFilesGuard {
  /** Rejects, as a full disk, when the files could not be set aside yet. */
  beforeOpen(reason: 'start' | 'reopen'): Promise<void>;
  /** Resolves with where the old files were kept, or null. */
  afterOpen(intact: boolean): Promise<string | null>;
}

/** The rotating backups the shell keeps in its user-data folder (see electron/services/backups). */
export interface DiskBackups {
  /** Hands the shell the latest meeting file of a meeting that changed. Rejects with the shell's reason when it refuses. */
  handOver(meetingId: string, meetingFile: string): Promise<void>;
  /** The backups of one meeting, or of every meeting when no id is given, newest first. */
  list(meetingId?: string): Promise<BackupSummary[]>;
  /** One backup's text: a meeting file, to be read with parseMeetingFile. */
  read(meetingId: string, backupId: string): Promise<string>;
  /** Writes everything on screen at once because a save failed, and says where it went (or why it could not go). */
  emergency(meetingId: string, meetingFile: string): Promise<EmergencyBackupResult>;
  /** Asks the officer for a folder for the emergency copy (the backups' disk is full); null where the host cannot ask. */
  readonly chooseEmergencyFolder: ((meetingId: string) => Promise<EmergencyBackupResult>) | null;
  /**
   * How often the window hands copies over: 'every-save' where these copies are the only ones outside
   * IndexedDB and must never lag behind it (the browser's), 'throttled' where the shell holds them and writes
   * on its own schedule (the desktop app's, at most once a minute).
   */
  readonly cadence: 'every-save' | 'throttled';
  /** Where the copies are kept, in words for the officer: "on this computer's disk". */
  readonly place: string;
}
