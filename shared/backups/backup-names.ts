import { BackupIdSchema, type BackupKind } from '../ipc/contract';

/**
 * A backup's id (its file name without ".json"): the UTC time it was written, to
 * the millisecond, then its kind: "20261122T143000123Z-periodic". Sorting the
 * names sorts the backups by time, and the kind is readable without opening the file.
 */
export function backupIdFor(savedAt: number, kind: BackupKind): string {
  const iso = new Date(savedAt).toISOString(); // 2026-11-22T14:30:00.123Z
  return `${iso.replace(/[-:.]/g, '')}-${kind}`;
}

/** The time and kind a backup id names, or null when the name is not one of ours (stray files are left alone). */
export function readBackupId(id: string): { savedAt: number; kind: BackupKind } | null {
  if (!BackupIdSchema.safeParse(id).success) return null;
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-(\w+)$/.exec(id);
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds, millis, kind] = match;
  const savedAt = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds), Number(millis));
  return Number.isNaN(savedAt) ? null : { savedAt, kind: kind as BackupKind };
}
