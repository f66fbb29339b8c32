import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftSaver } from '../../../renderer/src/features/save/draft-saver';
import type { SaveState } from '../../../renderer/src/features/save/save-state';

function setup(write: (snapshot: string) => Promise<number>) {
  let text = '';
  const states: SaveState[] = [];
  const writes: string[] = [];
  const saver = new DraftSaver({
    snapshot: () => text,
    write: async (snapshot) => {
      writes.push(snapshot);
      return write(snapshot);
    },
    onStateChange: (state) => states.push(state),
    delayMs: 300,
    retryDelayMs: 5000,
    // A due save starts at the window's next idle moment; these tests count time in the saver's own delays.
    whenQuiet: (start) => start(),
  });
  return { saver, states, writes, type: (more: string) => ((text += more), saver.markChanged()) };
}

describe('DraftSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves within the delay even while typing never pauses (throttle, not debounce)', async () => {
    const { writes, type } = setup(async () => 1000);
    for (let i = 0; i < 10; i++) {
      type('a');
      await vi.advanceTimersByTimeAsync(100); // ten keystrokes a second
    }
    // 1 s of non-stop typing: at least three saves, the latest carrying all but the last few keys.
    expect(writes.length).toBeGreaterThanOrEqual(3);
    await vi.advanceTimersByTimeAsync(300);
    expect(writes.at(-1)).toBe('aaaaaaaaaa');
  });

  it('does not serialise on each keystroke', async () => {
    const { writes, type } = setup(async () => 1);
    type('a');
    type('b');
    type('c');
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toEqual(['abc']);
  });

  it('flush saves at once and resolves true once durable', async () => {
    const { saver, writes, states, type } = setup(async () => 4242);
    type('Minute 92');
    await expect(saver.flush()).resolves.toBe(true);
    expect(writes).toEqual(['Minute 92']);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: 4242 });
  });

  it('a flush during a running save waits for it and then saves the newer text', async () => {
    let release!: (at: number) => void;
    const first = new Promise<number>((resolve) => (release = resolve));
    let call = 0;
    const { saver, writes, type } = setup(() => (call++ === 0 ? first : Promise.resolve(2)));
    type('old');
    await vi.advanceTimersByTimeAsync(300); // first save now in flight
    type(' new');
    const flushed = saver.flush();
    release(1);
    await expect(flushed).resolves.toBe(true);
    expect(writes).toEqual(['old', 'old new']);
  });

  it('keeps the text dirty after a failed write, reports the failure in plain words, and retries', async () => {
    let fail = true;
    const quota = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    const { saver, states, writes, type } = setup(async () => {
      if (fail) throw quota;
      return 9;
    });
    type('Apologies were received from Mr Hill.');
    await vi.advanceTimersByTimeAsync(300);
    const failed = states.at(-1);
    expect(failed?.kind).toBe('failed');
    expect(failed && 'message' in failed ? failed.message : '').toMatch(/disk is full.*still on screen/);
    expect(saver.hasUnsavedChanges).toBe(true);
    fail = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: 9 });
    expect(writes.at(-1)).toBe('Apologies were received from Mr Hill.');
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('flush resolves false while the disk refuses the write', async () => {
    const { saver, type } = setup(async () => {
      throw new Error('disk I/O error');
    });
    type('x');
    await expect(saver.flush()).resolves.toBe(false);
  });

  it('discard stops a pending save from writing (used when the meeting is deleted)', async () => {
    const { saver, writes, type } = setup(async () => 1);
    type('to be deleted');
    await saver.discard();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
  });

  it('starts a due save only at a quiet moment, and a flush meanwhile saves at once without a second write', async () => {
    let text = '';
    const writes: string[] = [];
    const quiet: (() => void)[] = [];
    const saver = new DraftSaver({
      snapshot: () => text,
      write: async (snapshot) => (writes.push(snapshot), 1),
      delayMs: 300,
      whenQuiet: (start) => quiet.push(start),
    });
    text = 'The Committee noted';
    saver.markChanged();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]); // due, but the window has not been idle yet
    expect(quiet).toHaveLength(1);
    quiet.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual(['The Committee noted']);

    text += ' the report.';
    saver.markChanged();
    await vi.advanceTimersByTimeAsync(300);
    expect(quiet).toHaveLength(1);
    await expect(saver.flush()).resolves.toBe(true); // blur, switching meetings, quitting: never waits
    expect(writes).toEqual(['The Committee noted', 'The Committee noted the report.']);
    quiet.shift()!(); // the quiet moment after the flush finds nothing left to do
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(2);
    expect(saver.hasUnsavedChanges).toBe(false);
  });
});

describe('DraftSaver on signed minutes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes nothing while read-only, drops what was pending, and saves again once opened for a correction', async () => {
    const { saver, writes, states, type } = setup(async () => 7);
    type('Signed text');
    await expect(saver.flush()).resolves.toBe(true);
    expect(writes).toEqual(['Signed text']);
    type(' and a change on its way');
    saver.setReadOnly(true);
    expect(saver.hasUnsavedChanges).toBe(false);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: 7 });
    type(' typed after signing');
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(saver.flush()).resolves.toBe(true);
    expect(writes).toEqual(['Signed text']);
    saver.setReadOnly(false);
    type(' corrected');
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toEqual(['Signed text', 'Signed text and a change on its way typed after signing corrected']);
  });
});
