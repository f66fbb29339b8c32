/**
 * The size limits every door applies, in one small module that imports nothing, so the IPC contract, the
 * meeting-file reader, the shell and the command line can share them without pulling in each other.
 */

/** Largest file the renderer may hand to the shell to save (a Word file or a meeting file): far above any real minutes. */
export const MAX_SAVED_FILE_BYTES = 50 * 1024 * 1024;

/** Largest meeting file read or handed over (about 40 times a 100,000-word meeting): anything bigger is refused unread. */
export const MEETING_FILE_MAX_BYTES = 50 * 1024 * 1024;
