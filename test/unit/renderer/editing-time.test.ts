import { describe, expect, it } from 'vitest';
import { EditingTime, IDLE_AFTER_MS, SNAPSHOT_EVERY_MS } from '../../../renderer/src/features/revisions/editing-time';

/** A fake clock the test moves by hand. */
function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** Types one change every `intervalMs` for `forMs`. */
function typeFor(time: EditingTime, fake: ReturnType<typeof clock>, forMs: number, intervalMs = 2000): void {
  for (let spent = 0; spent < forMs; spent += intervalMs) {
    fake.advance(intervalMs);
    time.noteEdit();
  }
}

describe('EditingTime', () => {
  it('is due after ten minutes of editing, once, and then counts again from nothing', () => {
    const fake = clock();
    const time = new EditingTime({ now: fake.now });
    expect(SNAPSHOT_EVERY_MS).toBe(10 * 60_000);
    time.noteEdit();
    typeFor(time, fake, 9 * 60_000);
    expect(time.takeDue()).toBe(false);
    typeFor(time, fake, 60_000);
    expect(time.takeDue()).toBe(true);
    expect(time.takeDue()).toBe(false);
    expect(time.sinceLastSnapshotMs).toBe(0);
    typeFor(time, fake, 10 * 60_000);
    expect(time.takeDue()).toBe(true);
  });

  it('does not count idle time: an hour open with nobody typing adds nothing', () => {
    const fake = clock();
    const time = new EditingTime({ now: fake.now });
    time.noteEdit();
    typeFor(time, fake, 5 * 60_000);
    fake.advance(60 * 60_000); // the officer listens to a long presentation
    time.noteEdit();
    expect(time.sinceLastSnapshotMs).toBe(5 * 60_000);
    expect(time.takeDue()).toBe(false);
    // Pauses up to a minute between changes are still editing (thinking while typing).
    fake.advance(IDLE_AFTER_MS);
    time.noteEdit();
    expect(time.sinceLastSnapshotMs).toBe(6 * 60_000);
    fake.advance(IDLE_AFTER_MS + 1);
    time.noteEdit();
    expect(time.sinceLastSnapshotMs).toBe(6 * 60_000);
    typeFor(time, fake, 4 * 60_000);
    expect(time.takeDue()).toBe(true);
  });
});
