/**
 * How the end-to-end tests launch Chromium, in one place: the Playwright config
 * uses it for the 'chromium' project, and specs that need their own persistent
 * profile (close-and-relaunch tests) pass the same options to
 * `chromium.launchPersistentContext`.
 */
import fs from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** The fixed port of the test server; tests run one worker at a time. */
export const E2E_PORT = Number(process.env.MINUTE_BOOK_E2E_PORT ?? 47290);

/** The origin the browser specs load the renderer from. */
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

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

/** Launch options for Chromium, for the config and for launchPersistentContext alike. */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    ...(chromiumExecutablePath ? { executablePath: chromiumExecutablePath } : {}),
    args: [...chromiumArgs],
  };
}
