import { liveQuery } from 'dexie';
import type { LiveValue } from '../ui/live-value';

/**
 * A LiveValue over a Dexie query: it runs while anyone is subscribed, and again whenever a table it read changes
 * (Dexie's liveQuery), once however many subscribe. Until the first answer the value is undefined; a failed
 * query is thrown from `current()`, as useLiveQuery throws it into the screen.
 */
export function liveValue<T>(query: () => Promise<T>): LiveValue<T> {
  let loaded: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  let subscription: { unsubscribe(): void } | null = null;
  const listeners = new Set<() => void>();
  const settle = (next: NonNullable<typeof loaded>) => {
    loaded = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    current: () => {
      if (loaded && !loaded.ok) throw loaded.error;
      return loaded?.value;
    },
    subscribe: (changed) => {
      listeners.add(changed);
      subscription ??= liveQuery(query).subscribe({
        next: (value) => settle({ ok: true, value }),
        error: (error: unknown) => settle({ ok: false, error }),
      });
      return () => {
        listeners.delete(changed);
        if (listeners.size > 0) return;
        subscription?.unsubscribe();
        subscription = null;
      };
    },
  };
}
