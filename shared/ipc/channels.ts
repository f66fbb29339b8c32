/**
 * The IPC channel names, apart from their schemas so the preload script can name them without bundling the
 * whole contract (and zod with it). Every channel is prefixed "minutes:" so main can refuse anything else.
 * Invoke channels go renderer → main and answer; event channels are one-way.
 */
export const Channels = {
  /** renderer → main (invoke): show a Save dialog and write the file (Word minutes or meeting file) crash-safely. */
  saveFile: 'minutes:save-file',
  /** main → renderer (event): the app is quitting; flush unsaved minutes, then answer. */
  flushBeforeQuit: 'minutes:flush-before-quit',
  /** renderer → main (event): the flush asked for has finished (saved or failed). */
  flushedBeforeQuit: 'minutes:flushed-before-quit',
  /** renderer → main (invoke): the latest meeting file of a meeting that changed, for the rotating disk backups. */
  backupMeeting: 'minutes:backup-meeting',
  /** renderer → main (invoke): the disk backups of one meeting, or of every meeting, newest first. */
  listBackups: 'minutes:list-backups',
  /** renderer → main (invoke): the text of one disk backup (a meeting file). */
  readBackup: 'minutes:read-backup',
} as const;
