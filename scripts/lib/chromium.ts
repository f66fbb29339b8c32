/**
 * How the scripts and the tests launch Chromium through Playwright, in one place:
 * `npm run icons` draws the icons with it, the end-to-end tests and benchmarks run
 * the app in it (test/e2e/support/browser.ts passes these on).
 */
import fs from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium when it is installed (Playwright's own browser download is
 * not reachable from the build machines), else undefined so Playwright uses its
 * own. PLAYWRIGHT_CHROMIUM_PATH overrides.
 */
export const chromiumExecutablePath: string | undefined =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Build machines run as root, where Chromium needs its sandbox off; the
 * network switches stop Chromium probing a network that is not there.
 */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for Chromium, for `chromium.launch` and `launchPersistentContext` alike. */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    ...(chromiumExecutablePath ? { executablePath: chromiumExecutablePath } : {}),
    args: [...chromiumArgs],
  };
}
