import type { BackupSummary, SavedFileKind, SaveFileResult } from '@shared/ipc/contract';

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
  /** The desktop app's copies of each meeting on disk; null in a plain browser, which has no disk of its own to write to. */
  readonly backups: DiskBackups | null;
}

/** The rotating backups the shell keeps in its user-data folder (see electron/services/backups). */
export interface DiskBackups {
  /** Hands the shell the latest meeting file of a meeting that changed. Rejects with the shell's reason when it refuses. */
  handOver(meetingId: string, meetingFile: string): Promise<void>;
  /** The backups of one meeting, or of every meeting when no id is given, newest first. */
  list(meetingId?: string): Promise<BackupSummary[]>;
  /** One backup's text: a meeting file, to be read with parseMeetingFile. */
  read(meetingId: string, backupId: string): Promise<string>;
}
