import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_HAND_OVER_MS, BackupCourier } from '../../../renderer/src/features/backups/backup-courier';
import type { SaveState } from '../../../renderer/src/features/save/save-state';
import { meetingFileSaying, SEED_ID } from '../electron/backup-fixtures';

let text: string;
let handedOver: string[];

function courier(handOver: (file: string) => Promise<void> = async (file) => void handedOver.push(file)) {
  return new BackupCourier({ compose: () => text, handOver, whenIdle: (work) => work() });
}

beforeEach(() => {
  vi.useFakeTimers();
  text = 'version 1';
  handedOver = [];
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('BackupCourier', () => {
  it('hands over the first change at once, then at most once per interval, always the latest text', async () => {
    const c = courier();
    c.markChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(handedOver).toEqual(['version 1']);

    for (let second = 1; second <= 59; second += 1) {
      text = `version at ${second} s`;
      c.markChanged();
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(handedOver).toEqual(['version 1']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(handedOver).toEqual(['version 1', 'version at 59 s']);
    expect(BACKUP_HAND_OVER_MS).toBe(60_000);
  });

  it('hands over nothing when nothing changed, even when asked', async () => {
    const c = courier();
    await c.handOverNow();
    await vi.advanceTimersByTimeAsync(BACKUP_HAND_OVER_MS * 3);
    expect(handedOver).toEqual([]);
  });

  it('hands over at once when asked (leaving the meeting, quitting), and not again at the timer', async () => {
    const c = courier();
    c.markChanged();
    await vi.advanceTimersByTimeAsync(0);
    text = 'typed just before quitting';
    c.markChanged();
    await c.handOverNow();
    expect(handedOver).toEqual(['version 1', 'typed just before quitting']);
    await vi.advanceTimersByTimeAsync(BACKUP_HAND_OVER_MS * 2);
    expect(handedOver).toHaveLength(2);
  });

  it('logs a refusal and tries again with the next change', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let refuse = true;
    const c = courier(async (file) => {
      if (refuse) throw new Error('minutes:backup-meeting refused: the disk is full');
      handedOver.push(file);
    });
    c.markChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(warn).toHaveBeenCalledWith('The copy of this meeting outside the database was not kept:', expect.any(Error));
    refuse = false;
    await c.handOverNow();
    expect(handedOver).toEqual(['version 1']);
  });

  it('waits while there is nothing to hand over yet, and stops after dispose', async () => {
    let ready = false;
    const c = new BackupCourier({ compose: () => (ready ? text : null), handOver: async (file) => void handedOver.push(file), whenIdle: (work) => work() });
    c.markChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(handedOver).toEqual([]);
    ready = true;
    await c.handOverNow();
    expect(handedOver).toEqual(['version 1']);
    c.dispose();
    c.markChanged();
    await vi.advanceTimersByTimeAsync(BACKUP_HAND_OVER_MS * 2);
    expect(handedOver).toEqual(['version 1']);
  });
});

describe('BackupCourier following saves (a plain browser’s copies)', () => {
  /** A saver that reports whatever state the test sets. */
  function fakeSaver() {
    const listeners = new Set<() => void>();
    const saver = {
      current: { kind: 'pending' } as SaveState,
      subscribe: (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener)),
      set(state: SaveState) {
        saver.current = state;
        for (const listener of listeners) listener();
      },
    };
    return saver;
  }

  it('hands over after every save when anything changed, never behind, one at a time and in order', async () => {
    let release: () => void = () => undefined;
    const slow: string[] = [];
    const c = new BackupCourier({
      compose: () => text,
      handOver: (file) =>
        new Promise<void>((resolve) => {
          slow.push(`started ${file}`);
          release = () => (slow.push(`finished ${file}`), resolve());
        }),
      whenIdle: (work) => work(),
      cadence: 'every-save',
    });
    const saver = fakeSaver();
    const stop = c.followSaves(saver);
    saver.set({ kind: 'saved', at: 1 }); // nothing changed yet: nothing handed over
    expect(slow).toEqual([]);
    c.markChanged();
    saver.set({ kind: 'saved', at: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(slow).toEqual(['started version 1']);
    text = 'version 2';
    c.markChanged();
    saver.set({ kind: 'saved', at: 3 }); // while the first is still being written: it waits its turn
    await vi.advanceTimersByTimeAsync(0);
    expect(slow).toEqual(['started version 1']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(slow).toEqual(['started version 1', 'finished version 1', 'started version 2']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    stop();
    c.markChanged();
    saver.set({ kind: 'saved', at: 4 });
    await vi.advanceTimersByTimeAsync(0);
    expect(slow.filter((line) => line.startsWith('started'))).toHaveLength(2);
    c.dispose();
  });

  it('follows nothing with the throttled cadence (the desktop app hands over once a minute)', async () => {
    const c = courier();
    const saver = fakeSaver();
    c.followSaves(saver);
    c.markChanged();
    await vi.advanceTimersByTimeAsync(0);
    text = 'version 2';
    c.markChanged();
    saver.set({ kind: 'saved', at: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(handedOver).toEqual(['version 1']);
    c.dispose();
  });

  it('gives the meeting on screen as a checked meeting file, or null when it does not check', () => {
    text = meetingFileSaying('On screen');
    expect(courier().currentFile()?.meeting.id).toBe(SEED_ID);
    text = '{"format":"minute-book/meeting"}';
    expect(courier().currentFile()).toBeNull();
  });
});
