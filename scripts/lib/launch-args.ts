/** What the browser launch depends on. */
export interface AppWindowOptions {
  /** The renderer's address, e.g. http://127.0.0.1:47213/ */
  url: string;
  /** The Chromium profile folder that holds the drafts (IndexedDB). */
  profileDir: string;
  platform: NodeJS.Platform;
  /** Whether this process runs as root (uid 0). */
  isRoot: boolean;
}

/**
 * The command-line arguments that open Minute Book as an app window of a
 * Chromium-family browser: its own profile (so drafts are not mixed with the
 * person's browsing and survive between runs), no first-run screens, and no
 * background traffic (the app is offline by design; on a closed network
 * Chromium's update and sync probes only flood the logs).
 */
export function browserAppArgs(options: AppWindowOptions): string[] {
  const args = [
    `--app=${options.url}`,
    `--user-data-dir=${options.profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // Chromium refuses to start as root with its sandbox on ("Running as root
  // without --no-sandbox is not supported"). Root is normal on build machines
  // and containers; a person's desktop session never runs as root, so they keep
  // the sandbox.
  if (options.platform === 'linux' && options.isRoot) args.push('--no-sandbox');
  return args;
}
