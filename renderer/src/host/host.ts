import type { SavedFileKind, SaveFileResult } from '@shared/ipc/contract';

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
}
