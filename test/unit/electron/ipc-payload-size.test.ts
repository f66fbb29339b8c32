import { describe, expect, it } from 'vitest';
import { formatBytes, payloadSize } from '../../../electron/main/ipc-payload-size';

const BIG = Number.MAX_SAFE_INTEGER;

describe('payloadSize', () => {
  it('counts byte arrays by their length, strings by theirs, keys too', () => {
    expect(payloadSize(new Uint8Array(1000), BIG)).toBe(1000);
    expect(payloadSize(new ArrayBuffer(24), BIG)).toBe(24);
    expect(payloadSize('minutes', BIG)).toBe(7);
    expect(payloadSize({ kind: 'docx', bytes: new Uint8Array(10) }, BIG)).toBe('kind'.length + 4 + 'bytes'.length + 10);
    expect(payloadSize({ requestId: 3, saved: true }, BIG)).toBe('requestId'.length + 8 + 'saved'.length + 8);
    expect(payloadSize([1, 'ab', null], BIG)).toBe('0'.length + 8 + '1'.length + 2 + '2'.length + 1);
    expect(payloadSize(new Map([['a', new Uint8Array(5)]]), BIG)).toBe(1 + 5);
  });

  it('counts a shared or cyclic object once and does not loop', () => {
    const shared = new Uint8Array(100);
    const cyclic: Record<string, unknown> = { a: shared, b: shared };
    cyclic.self = cyclic;
    expect(payloadSize(cyclic, BIG)).toBe('a'.length + 'b'.length + 'self'.length + 100);
  });

  it('walks very deep nesting without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let depth = 0; depth < 200_000; depth += 1) deep = [deep];
    expect(payloadSize(deep, BIG)).toBe(200_000 + 1);
  });

  it('stops counting as soon as the limit is passed', () => {
    const flood = Array.from({ length: 100_000 }, () => new Uint8Array(1024));
    const size = payloadSize(flood, 4096);
    expect(size).toBeGreaterThan(4096);
    expect(size).toBeLessThanOrEqual(4096 + 1024 + 8);
  });
});

describe('formatBytes', () => {
  it('says sizes in the units a log reader expects', () => {
    expect(formatBytes(12)).toBe('12 bytes');
    expect(formatBytes(1024)).toBe('1.0 KB');
    expect(formatBytes(50 * 1024 * 1024 + 64 * 1024)).toBe('50.1 MB');
  });
});
