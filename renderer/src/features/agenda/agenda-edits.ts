import type { AgendaItem } from '@shared/model/agenda';
import type { PastedAgendaItem } from '@shared/domain/agenda-paste';

/** The code a new item is likely to have after `previous`: "B3" → "B4", "C1a" → "C2"; "" when there is no pattern. */
export function nextAgendaCode(previous: string | undefined): string {
  const match = /^([A-Za-z])(\d{1,2})[a-z]?$/.exec((previous ?? '').trim());
  if (!match) return '';
  return `${match[1]!.toUpperCase()}${Number(match[2]) + 1}`;
}

/** The agenda with `item` inserted at `index` (clamped to the ends). */
export function insertItem(agenda: readonly AgendaItem[], index: number, item: AgendaItem): AgendaItem[] {
  const at = Math.max(0, Math.min(index, agenda.length));
  return [...agenda.slice(0, at), item, ...agenda.slice(at)];
}

/** The agenda with the item `id` moved to `toIndex` (clamped); unchanged when there is no such item. */
export function moveItem(agenda: readonly AgendaItem[], id: string, toIndex: number): AgendaItem[] {
  const from = agenda.findIndex((item) => item.id === id);
  if (from === -1) return [...agenda];
  const rest = agenda.filter((item) => item.id !== id);
  return insertItem(rest, toIndex, agenda[from]!);
}

/** The agenda with the item `id` changed. */
export function changeItem(agenda: readonly AgendaItem[], id: string, changes: Partial<Omit<AgendaItem, 'id'>>): AgendaItem[] {
  return agenda.map((item) => (item.id === id ? { ...item, ...changes } : item));
}

/** The agenda without the item `id`. */
export function removeItem(agenda: readonly AgendaItem[], id: string): AgendaItem[] {
  return agenda.filter((item) => item.id !== id);
}

/** Pasted items made into agenda items, added after the agenda or replacing it. */
export function addPastedItems(
  agenda: readonly AgendaItem[],
  pasted: readonly PastedAgendaItem[],
  mode: 'append' | 'replace',
  newId: () => string,
): AgendaItem[] {
  const items = pasted.map((p) => ({ id: newId(), code: p.code, title: p.title, part: p.part }));
  return mode === 'replace' ? items : [...agenda, ...items];
}

/**
 * Where each pasted item would stand among those the officer kept ticked (0, 1, 2 …), or null for an unticked
 * item: only ticked items become minutes, so only they take a number.
 */
export function tickedPositions(count: number, unticked: ReadonlySet<number>): (number | null)[] {
  let next = 0;
  return Array.from({ length: count }, (_, index) => (unticked.has(index) ? null : next++));
}

/** The pasted items the officer kept ticked, in the paste's order. */
export function tickedItems<T>(items: readonly T[], unticked: ReadonlySet<number>): T[] {
  return items.filter((_, index) => !unticked.has(index));
}
