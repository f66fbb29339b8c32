/**
 * Records keyed by id (a meeting's attendance, item times and minute numbers) are plain objects when they
 * come back from IndexedDB or JSON, so `record[id]` for a person whose id is "constructor" or "toString"
 * finds Object.prototype's function instead of nothing. Every look-up and change by id goes through here.
 */

/** The value stored under `id` itself, never one every object inherits. */
export function valueFor<T>(record: Readonly<Record<string, T>> | null | undefined, id: string): T | undefined {
  return record != null && Object.hasOwn(record, id) ? record[id] : undefined;
}

/** Whether `id` has an entry of its own. */
export function hasEntry(record: Readonly<Record<string, unknown>> | null | undefined, id: string): boolean {
  return record != null && Object.hasOwn(record, id);
}

/**
 * A copy of the record with `id` set to `value` (or taken out when `value` is undefined). The copy has no
 * prototype, so no id can reach Object.prototype by assignment (`copy.__proto__ = …` would).
 */
export function withEntry<T>(record: Readonly<Record<string, T>>, id: string, value: T | undefined): Record<string, T> {
  const copy = Object.assign(Object.create(null) as Record<string, T>, record);
  if (value === undefined) delete copy[id];
  else Object.defineProperty(copy, id, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}
