import type { AgendaItem } from '@shared/model/agenda';
import type { Attendance, AttendanceRole, Movement } from '@shared/model/attendance';
import type { Meeting } from '@shared/model/meeting';
import type { Person } from '@shared/model/person';
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

/** The members of the committee the officer expects at a meeting: its current members, in the roster's order. */
function sittingMembers(roster: readonly Person[]): Person[] {
  return roster.filter((person) => person.kind === 'member' && !person.retired);
}

/** Whether some current member of the committee is not yet on any line, so marking everyone present would do something. */
export function someMemberNotRecorded(attendance: Attendance, roster: readonly Person[]): boolean {
  return sittingMembers(roster).some((person) => valueFor(attendance, person.id) === undefined);
}

/**
 * Every current member of the committee not yet on a line, marked present: the ids marked, and the attendance
 * after. Members already on a line (apologies sent before the meeting, say) keep it; officers and visitors are
 * left to the officer.
 */
export function markCommitteePresent(attendance: Attendance, roster: readonly Person[]): { attendance: Attendance; marked: string[] } {
  const marked = sittingMembers(roster)
    .filter((person) => valueFor(attendance, person.id) === undefined)
    .map((person) => person.id);
  return { attendance: marked.reduce((next, id) => withRole(next, id, 'present'), attendance), marked };
}

/** Undoes markCommitteePresent: those it marked who are still present go back to not recorded; later corrections stay. */
export function unmarkPresent(attendance: Attendance, marked: readonly string[]): Attendance {
  return marked.reduce((next, id) => (valueFor(next, id) === 'present' ? withRole(next, id, null) : next), attendance);
}
