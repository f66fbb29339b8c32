import type { BackupKind } from '@shared/ipc/contract';
import { formatClockTime, formatMinutesDate } from '@shared/format/british-date';

/** What each kind of backup is called on screen. */
export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  periodic: 'Every few minutes',
  quit: 'On quit',
  emergency: 'Emergency',
  latest: 'Latest, kept as you type',
};

/** Said beside an emergency backup, which an officer will not have seen before. */
export const EMERGENCY_EXPLAINED =
  'Written at once when a save failed (everything on screen then), or when the app closed before its last save was confirmed (the latest copy the desktop app held).';

/**
 * A backup's time as the officer reads it, in local time, to the second, because
 * several can fall in one minute (one on leaving a meeting, one on quitting):
 * "Thursday, 19 March 2015, 10.04.37 am", the council's dotted time with seconds.
 */
export function formatBackupTime(at: number): string {
  const when = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const isoDate = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  const time = formatClockTime(`${pad(when.getHours())}:${pad(when.getMinutes())}`).replace(' ', `.${pad(when.getSeconds())} `);
  return `${formatMinutesDate(isoDate)}, ${time}`;
}

const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A file size in the units a person expects: "850 bytes", "86 KB", "1.3 MB". */
export function formatBackupSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
}
