/**
 * `npm start`: build, then open Minute Book.
 *
 * In Electron when its binary is on this machine (or can be downloaded now).
 * Otherwise, in an installed Chromium-family browser as an app window, served
 * from 127.0.0.1 on a FIXED port: IndexedDB belongs to the origin, so a port
 * that changed between runs would make every draft "disappear".
 *
 * Options: --no-build (open the last build), --renderer <dir> (serve another
 * built renderer folder; for trying this script out).
 * Environment: MINUTE_BOOK_PORT, MINUTE_BOOK_BROWSER, MINUTE_BOOK_PROFILE,
 * MINUTE_BOOK_DEBUG=1 (log every request and the browser's own output).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { browserCandidates, describeSearch, findBrowser } from './lib/browser-candidates';
import { hasDisplay } from './lib/display';
import { electronExecutable } from './lib/electron-runtime';
import { browserAppArgs } from './lib/launch-args';
import { probePortOwner } from './lib/port-owner';
import { browserProfileDir } from './lib/profile-dir';
import { MARKER_PATH, startRendererServer, type RendererServer } from './serve-renderer';
import { describeError } from '../shared/format/describe-error';

/** The browser host's port, fixed so the drafts' origin never changes. */
export const DEFAULT_PORT = 47213;
const ELECTRON_DOWNLOAD_TIMEOUT_MS = 60_000;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronPackageDir = path.join(repoRoot, 'node_modules', 'electron');
const npmCommand = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const debug = process.env.MINUTE_BOOK_DEBUG === '1';

/** Says what went wrong in one plain paragraph and stops. */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function build(): void {
  const result = spawnSync(npmCommand, ['run', 'build'], { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) fail('The build failed (see above), so Minute Book was not opened.');
}

/** The Electron binary, fetching it once if the package has not yet. */
async function findOrFetchElectron(): Promise<string | null> {
  const present = electronExecutable(electronPackageDir);
  if (present || !fs.existsSync(path.join(electronPackageDir, 'install.js'))) return present;
  // Quietly: on an offline machine this fails at once, and the one line printed
  // after it says what happens instead. Only a real download takes long enough
  // to deserve a word.
  const child = spawn(process.execPath, [path.join(electronPackageDir, 'install.js')], {
    cwd: repoRoot,
    stdio: debug ? 'inherit' : 'ignore',
  });
  const notice = setTimeout(() => console.log('Downloading the Electron runtime (once only; this can take a minute)…'), 3000);
  const giveUp = setTimeout(() => child.kill(), ELECTRON_DOWNLOAD_TIMEOUT_MS);
  await new Promise<void>((resolve) => {
    child.on('error', () => resolve());
    child.on('exit', () => resolve());
  });
  clearTimeout(notice);
  clearTimeout(giveUp);
  return electronExecutable(electronPackageDir);
}

function runElectron(executable: string): void {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // set by some shells/IDEs; it would make Electron a plain Node.
  // Start the folder, not dist/electron/main.cjs itself: Electron then reads
  // package.json ("main" is that file) and takes its productName, so the user
  // data and the drafts in it live under "Minute Book" as in the packaged app,
  // not under "Electron".
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'electron', 'main.cjs'))) fail('dist/electron/main.cjs is missing: run `npm run build`.');
  const child = spawn(executable, [repoRoot], { cwd: repoRoot, stdio: 'inherit', env });
  forwardSignals(child.pid === undefined ? undefined : (signal) => child.kill(signal));
  child.on('error', (error) => fail(`Electron could not be started (${error.message}).`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function forwardSignals(kill: ((signal: NodeJS.Signals) => void) | undefined): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => kill?.(signal));
  }
}

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fixedPort(): number {
  const value = process.env.MINUTE_BOOK_PORT;
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`MINUTE_BOOK_PORT must be a port number from 1 to 65535, not "${value}".`);
  return port;
}

/** Our own server on the fixed port, or null when an earlier Minute Book server already holds it. */
async function serveOnFixedPort(root: string, port: number): Promise<RendererServer | null> {
  try {
    return await startRendererServer({
      root,
      port,
      ...(debug ? { onRequest: (method, url, status) => console.log(`[server] ${status} ${method} ${url}`) } : {}),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') fail((error as Error).message);
  }
  const owner = await probePortOwner(port, MARKER_PATH);
  if (owner.kind === 'minute-book') {
    if (path.resolve(owner.root) !== fs.realpathSync(root)) {
      fail(
        `Port ${port} is held by another copy of Minute Book serving ${owner.root}. ` +
          `Close that copy first, or give this one its own port with MINUTE_BOOK_PORT (its drafts then live under that port).`,
      );
    }
    return null; // An earlier `npm start` is still serving this very build: share it.
  }
  fail(
    `Port ${port} on 127.0.0.1 is in use by another program, and Minute Book needs it. ` +
      `Stop that program, or choose another fixed port, e.g. MINUTE_BOOK_PORT=${port + 1} npm start ` +
      `(then use that same port every time: drafts belong to the address they were typed at).`,
  );
}

async function openInBrowser(rendererRoot: string): Promise<void> {
  const env = process.env;
  const candidates = browserCandidates(process.platform, env);
  const browser = findBrowser(candidates, isExecutableFile);
  if (!browser) {
    fail(
      `Electron could not be downloaded on this machine, and no Chromium-family browser was found to open Minute Book in instead.\n` +
        `Looked for: ${describeSearch(process.platform, env)}.\n` +
        `Install Chromium, Google Chrome or Microsoft Edge, or set MINUTE_BOOK_BROWSER to the browser's executable.`,
    );
  }
  if (!hasDisplay(process.platform, env)) {
    fail(
      `Electron could not be downloaded on this machine, and there is no display to open ${browser.name} on ` +
        `(neither DISPLAY nor WAYLAND_DISPLAY is set). On a machine without a screen, run: xvfb-run npm start`,
    );
  }
  const port = fixedPort();
  const profileDir = browserProfileDir(process.platform, env, os.homedir());
  fs.mkdirSync(profileDir, { recursive: true });
  console.log(
    `Electron could not be downloaded on this machine, so Minute Book is opening in ${browser.name} instead (drafts are kept in ${profileDir}).`,
  );

  const server = await serveOnFixedPort(rendererRoot, port);
  const url = server?.url ?? `http://127.0.0.1:${port}/`;
  const args = browserAppArgs({ url, profileDir, platform: process.platform, isRoot: process.getuid?.() === 0 });
  const child = spawn(browser.executable, args, { stdio: ['ignore', debug ? 'inherit' : 'ignore', debug ? 'inherit' : 'ignore'] });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await server?.close();
    process.exit(code);
  };
  forwardSignals((signal) => {
    // Closing the browser closes its window; the exit handler then stops the server.
    if (child.exitCode === null) child.kill(signal);
    else void stop(0);
  });
  child.on('error', (error) => {
    console.error(`${browser.name} could not be started (${error.message}).`);
    void stop(1);
  });
  // If a window of this profile is already open, Chromium hands the new window
  // to that browser and this process exits at once; the earlier run's server
  // keeps serving it (we share that server in that case: server is null).
  child.on('exit', (code) => void stop(code ?? 0));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'no-build': { type: 'boolean', default: false }, renderer: { type: 'string' } },
  });
  if (!values['no-build']) build();
  const electron = await findOrFetchElectron();
  if (electron) {
    runElectron(electron);
    return;
  }
  await openInBrowser(path.resolve(values.renderer ?? path.join(repoRoot, 'dist', 'renderer')));
}

main().catch((error: unknown) => fail(describeError(error)));
