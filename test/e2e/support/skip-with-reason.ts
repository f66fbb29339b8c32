import { test } from '@playwright/test';

/**
 * Skips every test of the spec file when `skip` is true, and says why in the run's output: the list reporter
 * shows a skipped test as a bare "-". The skip is taken in beforeEach, not at the file's top level, because
 * Playwright runs no hooks for a file whose tests are all skipped up front, so a beforeAll there never prints.
 */
export function skipAllUnless(run: boolean, reason: string): void {
  test.beforeAll(() => {
    if (!run) console.log(reason);
  });
  test.beforeEach(() => {
    test.skip(!run, reason);
  });
}
