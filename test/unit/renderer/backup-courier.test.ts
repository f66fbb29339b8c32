import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_HAND_OVER_MS, BackupCourier } from '../../../renderer/src/features/backups/backup-courier';

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
