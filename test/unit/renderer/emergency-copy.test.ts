import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMERGENCY_REFRESH_MS, EmergencyCopies } from '../../../renderer/src/features/backups/emergency-copy';
import type { SaveState } from '../../../renderer/src/features/save/save-state';
import type { EmergencyBackupResult } from '../../../shared/ipc/contract';

const written: EmergencyBackupResult = { status: 'written', path: '/home/officer/.config/Minute Book/backups/m/x-emergency.json', place: 'backups' };

function setUp(write: (file: string) => Promise<EmergencyBackupResult> = async () => written, chooseFolder: (() => Promise<EmergencyBackupResult>) | null = null) {
  let screen = 'on screen 1';
  let changes = 1;
  const copies: string[] = [];
  const listeners = new Set<() => void>();
  const saver = {
    current: { kind: 'saved', at: 1 } as SaveState,
    subscribe: (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener)),
  };
  const say = (state: SaveState) => {
    saver.current = state;
    for (const listener of listeners) listener();
  };
  const emergency = new EmergencyCopies({
    compose: () => screen,
    changeCount: () => changes,
    write: (file) => (copies.push(file), write(file)),
    chooseFolder,
  });
  const stop = emergency.follow(saver);
  return {
    emergency,
    copies,
    stop,
    fail: () => say({ kind: 'failed', message: 'The disk is full…', lastSavedAt: 1 }),
    save: () => say({ kind: 'saved', at: 2 }),
    type: (more: string) => ((screen = `${screen}${more}`), (changes += 1)),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('EmergencyCopies', () => {
  it('copies everything on screen the moment a save fails, and says where it went', async () => {
    const { emergency, copies, fail } = setUp();
    fail();
    expect(copies).toEqual(['on screen 1']);
    expect(emergency.current).toEqual({ kind: 'writing' });
    await vi.advanceTimersByTimeAsync(0);
    expect(emergency.current).toMatchObject({ kind: 'done', result: written });
  });

  it('while the failures go on, copies again at most every 30 s, and only after something changed', async () => {
    const { copies, fail, type } = setUp();
    fail();
    await vi.advanceTimersByTimeAsync(0);
    for (let second = 1; second <= 29; second += 1) {
      fail(); // the saver retries, and fails, every few seconds
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(copies).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2000);
    fail();
    expect(copies).toHaveLength(1); // nothing typed since: nothing new to copy
    type(' and more');
    fail();
    await vi.advanceTimersByTimeAsync(EMERGENCY_REFRESH_MS);
    expect(copies).toEqual(['on screen 1', 'on screen 1 and more']);
  });

  it('copies at once again at the first failure after saving came back', async () => {
    const { copies, fail, save, type } = setUp();
    fail();
    await vi.advanceTimersByTimeAsync(0);
    save();
    type(' typed after');
    fail();
    expect(copies).toEqual(['on screen 1', 'on screen 1 typed after']);
  });

  it('reports a copy that could not be written, and lets the officer choose a folder', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const needsFolder: EmergencyBackupResult = { status: 'needs-folder', message: 'The disk is full…' };
    const chosen: EmergencyBackupResult = { status: 'written', path: '/media/usb/copy.json', place: 'chosen-folder' };
    const { emergency, fail } = setUp(async () => needsFolder, async () => chosen);
    expect(emergency.canChooseFolder).toBe(true);
    fail();
    await vi.advanceTimersByTimeAsync(0);
    expect(emergency.current).toMatchObject({ kind: 'done', result: needsFolder });
    await emergency.chooseFolder();
    expect(emergency.current).toMatchObject({ kind: 'done', result: chosen });
  });

  it('turns a write that throws into a failure the banner can show', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { emergency, fail } = setUp(async () => {
      throw new Error('minutes:emergency-backup refused');
    });
    fail();
    await vi.advanceTimersByTimeAsync(0);
    expect(emergency.current).toMatchObject({ kind: 'done', result: { status: 'failed', message: 'minutes:emergency-backup refused' } });
  });

  it('stops following when asked', async () => {
    const { copies, fail, stop } = setUp();
    stop();
    fail();
    await vi.advanceTimersByTimeAsync(EMERGENCY_REFRESH_MS);
    expect(copies).toEqual([]);
  });
});
