/**
 * Roughly how many bytes an IPC payload holds, counted without copying it:
 * byte arrays by their length, strings by their length, numbers and flags as 8,
 * object keys by their length. Counting stops as soon as the total passes
 * `limit`, so a 2 GB array or a million-key object is refused after one look,
 * before zod (or anything else) walks it. Payloads arrive by structured clone,
 * which can carry cycles and deep nesting: each object is counted once, and the
 * walk uses its own stack rather than recursion.
 */
export function payloadSize(payload: unknown, limit: number): number {
  let size = 0;
  const seen = new Set<object>();
  const pending: unknown[] = [payload];
  while (pending.length > 0 && size <= limit) {
    const value = pending.pop();
    if (value === null || value === undefined) {
      size += 1;
    } else if (typeof value === 'string') {
      size += value.length;
    } else if (typeof value !== 'object') {
      // number, boolean, bigint (functions and symbols cannot be cloned)
      size += 8;
    } else if (seen.has(value)) {
      continue;
    } else {
      seen.add(value);
      if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
        size += value.byteLength;
      } else if (value instanceof Map) {
        for (const [key, item] of value) pending.push(key, item);
      } else if (value instanceof Set) {
        for (const item of value) pending.push(item);
      } else {
        for (const key of Object.keys(value)) {
          size += key.length;
          // A huge array or object stops here, not after every key.
          if (size > limit) break;
          pending.push((value as Record<string, unknown>)[key]);
        }
      }
    }
  }
  return size;
}

/** A size for a log line: "52.4 MB", "1.0 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
