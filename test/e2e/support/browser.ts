/**
 * How the end-to-end tests launch Chromium, in one place: the Playwright config
 * uses it for the 'chromium' project, and specs that need their own persistent
 * profile (close-and-relaunch tests) pass the same options to
 * `chromium.launchPersistentContext`. It also picks the test server's port.
 */
import net from 'node:net';

/** The test server's usual port (the browser host's real one is 47213, so they never meet). */
export const DEFAULT_E2E_PORT = 47290;

/** Whether 127.0.0.1:`port` is free to listen on. */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A port the OS reports free right now. */
function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The port for this run's test server: MINUTE_BOOK_E2E_PORT when set, else
 * 47290, else (when another run on this shared machine holds 47290) any free
 * port. The choice is written back to MINUTE_BOOK_E2E_PORT so Playwright's
 * workers, which load the config again and inherit the runner's environment,
 * agree with the runner on one origin.
 */
export async function chooseE2EPort(): Promise<number> {
  const chosen = process.env.MINUTE_BOOK_E2E_PORT;
  if (chosen) return Number(chosen);
  const port = (await isFree(DEFAULT_E2E_PORT)) ? DEFAULT_E2E_PORT : await anyFreePort();
  process.env.MINUTE_BOOK_E2E_PORT = String(port);
  return port;
}

// Which Chromium and with which switches: shared with the scripts (npm run icons), so it lives in scripts/lib.
export { chromiumArgs, chromiumExecutablePath, chromiumLaunchOptions } from '../../../scripts/lib/chromium';
