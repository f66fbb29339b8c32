import type { AgendaItem } from '@shared/model/agenda';
import type { Attendance, AttendanceRole, Movement } from '@shared/model/attendance';
import type { Meeting } from '@shared/model/meeting';
import { valueFor, withEntry } from '@shared/model/id-keys';

/** The clock time now, as the meeting records it (hh:mm, 24-hour). */
export function clockTimeNow(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/**
 * The item under discussion: the one the meeting reached most recently (by the
 * times recorded in itemTimes; on equal times the later on the agenda), or null
 * before any item is reached.
 */
export function currentItemId(meeting: Pick<Meeting, 'agenda' | 'itemTimes'>): string | null {
  let best: { id: string; time: string; index: number } | null = null;
  meeting.agenda.forEach((item: AgendaItem, index) => {
    const time = valueFor(meeting.itemTimes, item.id);
    if (time === undefined) return;
    if (!best || time > best.time || (time === best.time && index > best.index)) best = { id: item.id, time, index };
  });
  return (best as { id: string } | null)?.id ?? null;
}

/** The attendance with one person's line set, or cleared (null: not recorded). */
export function withRole(attendance: Attendance, personId: string, role: AttendanceRole | null): Attendance {
  return withEntry(attendance, personId, role ?? undefined);
}

/** Movements in the order they happened (by time; those at the same time in the order recorded). */
export function movementsInOrder(movements: readonly Movement[]): Movement[] {
  return movements
    .map((movement, index) => ({ movement, index }))
    .sort((a, b) => a.movement.time.localeCompare(b.movement.time) || a.index - b.index)
    .map(({ movement }) => movement);
}
