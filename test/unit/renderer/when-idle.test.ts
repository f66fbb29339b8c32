import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../renderer/src/ui/when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('asks the browser for its next idle moment with the deadline given, and can be cancelled', () => {
    const asked: { run: IdleRequestCallback; timeout: number | undefined }[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback, options?: IdleRequestOptions) => asked.push({ run, timeout: options?.timeout }));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle));
    const budgets: number[] = [];
    const cancel = whenIdle((idle) => budgets.push(idle.timeRemaining()), 500);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.timeout).toBe(500);
    expect(budgets).toEqual([]);
    asked[0]!.run({ didTimeout: false, timeRemaining: () => 12 });
    expect(budgets).toEqual([12]);
    cancel();
    expect(cancelled).toEqual([1]);
  });

  it('without requestIdleCallback (Node) runs on the next task, as if the deadline had passed, unless cancelled first', async () => {
    vi.useFakeTimers();
    const runs: boolean[] = [];
    whenIdle((idle) => runs.push(idle.didTimeout), 100);
    const cancel = whenIdle(() => runs.push(false), 100);
    cancel();
    expect(runs).toEqual([]);
    await vi.runAllTimersAsync();
    expect(runs).toEqual([true]);
  });
});
