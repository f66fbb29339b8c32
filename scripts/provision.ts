/**
 * What `npm start` and `npm test` run first, so that on a fresh Debian 12 or Ubuntu 24.04 machine with only git
 * and the distribution's Node and npm, `npm install && npm start` and `npm test` are all it takes:
 *
 *   tsx scripts/provision.ts --for install                             (package.json "postinstall")
 *   tsx scripts/provision.ts --for start -- tsx scripts/start.ts      (package.json "start")
 *   tsx scripts/provision.ts --for test -- npm run test:all           (package.json "test")
 *
 * It provides what is missing, skipping whatever is already there, then runs the command after `--` with it:
 *  - all three: Node 22.12 or newer. The distribution's Node is older (18 on Debian 12 and Ubuntu 24.04), so the
 *    official Node 22 binary is fetched once from the npm registry into ~/.cache/minute-book/node22
 *    (MINUTE_BOOK_NODE_CACHE) and put first on PATH for the command. No root needed.
 *  - install: `npm install` under an old Node installs everything but the optional packages built only for newer
 *    Node (the bundler's native part), with an EBADENGINE warning for each package that wants Node 22. So after
 *    it, the install is run again under Node 22 (--no-save), which adds them.
 *  - test: Chromium for the end-to-end tests, LibreOffice, poppler and python-docx for the checks of the Word
 *    export, the Liberation fonts (lib/provision-plan.ts lists them); one try at the Electron runtime, so machines
 *    with internet run the Electron tests too, and Xvfb to give them a screen when there is none. System packages
 *    come from apt-get as root (or through sudo when it asks no password); otherwise it prints the exact command
 *    to run and stops.
 *
 * This file starts under whatever Node the machine has (tsx runs on 18), so until it has re-run itself under
 * Node 22 it uses only what Node 18 has.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeError } from '../shared/format/describe-error';
import { hasDisplay } from './lib/display';
import { electronExecutable } from './lib/electron-runtime';
import {
  aptInstallLine,
  aptPackagesFor,
  chromiumSource,
  isRecentNode,
  MIN_NODE,
  NODE_22_VERSION,
  nodePackageName,
  parseOsRelease,
  TEST_TOOLS,
  type TestToolId,
} from './lib/provision-plan';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const thisFile = fileURLToPath(import.meta.url);
const isWindows = process.platform === 'win32';
const isRoot = process.getuid?.() === 0;

function say(line: string): void {
  console.log(`[provision] ${line}`);
}

/** Says what to do in one plain paragraph and stops. */
function stop(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function parseArguments(argv: readonly string[]): { purpose: 'install' | 'start' | 'test'; command: string[] } {
  const dashes = argv.indexOf('--');
  const own = dashes === -1 ? argv : argv.slice(0, dashes);
  const command = dashes === -1 ? [] : argv.slice(dashes + 1);
  const purpose = own[own.indexOf('--for') + 1];
  if (purpose === 'install' && command.length === 0) return { purpose, command };
  if (!own.includes('--for') || (purpose !== 'start' && purpose !== 'test') || command.length === 0) {
    stop('Usage: tsx scripts/provision.ts --for install | --for start|test -- <command> [arguments]');
  }
  return { purpose, command };
}

/** Whether `command` is an executable on PATH. */
function onPath(command: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const extensions = isWindows ? ['.exe', '.cmd', ''] : [''];
  return (env.PATH ?? '').split(path.delimiter).some((dir) =>
    extensions.some((extension) => {
      try {
        fs.accessSync(path.join(dir, command + extension), fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

function succeeds(command: string, args: readonly string[], options: SpawnSyncOptions = {}): boolean {
  return spawnSync(command, args, { stdio: 'ignore', timeout: 60_000, ...options }).status === 0;
}

/** PATH with `dir` first. */
function pathWith(dir: string): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` };
}

// ---------------------------------------------------------------------------------------------------------------
// Node 22

/** The folder holding a Node 22 binary fetched from the npm registry, fetching it the first time. */
function node22BinDir(): string {
  const pkg = nodePackageName(process.platform, process.arch);
  if (!pkg) stop(`Minute Book needs Node ${MIN_NODE.major}.${MIN_NODE.minor} or newer (this is ${process.version}). Install Node ${MIN_NODE.major} from https://nodejs.org and run this again.`);
  const cache = process.env.MINUTE_BOOK_NODE_CACHE || path.join(os.homedir(), '.cache', 'minute-book', 'node22');
  const binDir = path.join(cache, 'node_modules', pkg, 'bin');
  const node = path.join(binDir, 'node');
  const version = () => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  if (!fs.existsSync(node) || !isRecentNode(version())) {
    say(`this machine's Node is ${process.version}; Minute Book needs ${MIN_NODE.major}.${MIN_NODE.minor} or newer. Fetching ${pkg}@${NODE_22_VERSION} from the npm registry into ${cache} (once only)…`);
    fs.mkdirSync(cache, { recursive: true });
    // From inside the cache folder, so npm never mistakes this project for the one to install into.
    const install = spawnSync('npm', ['install', '--prefix', cache, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', `${pkg}@${NODE_22_VERSION}`], {
      cwd: cache,
      stdio: 'inherit',
    });
    if (install.status !== 0 || !isRecentNode(version())) {
      stop(`Node ${MIN_NODE.major} could not be fetched from the npm registry (see above). Install Node ${MIN_NODE.major}.${MIN_NODE.minor} or newer yourself (https://nodejs.org) and run this again.`);
    }
  }
  return binDir;
}

/**
 * Under an old Node: fetches Node 22 and runs this script again under it, with Node 22's folder first on PATH
 * for everything it starts (npm scripts and tools run `node` from PATH). This process ends when that one does.
 */
function rerunUnderNode22(): void {
  const binDir = node22BinDir();
  const node = path.join(binDir, 'node');
  say(`using Node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()} from ${binDir}`);
  const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  run(node, [tsx, thisFile, ...process.argv.slice(2)], pathWith(binDir));
}

// ---------------------------------------------------------------------------------------------------------------
// What the tests need

/** Tries once to fetch the Electron runtime (quickly refused offline): with it, the Electron tests run for real. */
function electronRuntime(): string | null {
  const dir = path.join(repoRoot, 'node_modules', 'electron');
  const present = electronExecutable(dir);
  if (present || !fs.existsSync(path.join(dir, 'install.js'))) return present;
  succeeds(process.execPath, [path.join(dir, 'install.js')], { cwd: repoRoot, timeout: 120_000 });
  const fetched = electronExecutable(dir);
  say(fetched ? 'the Electron runtime was downloaded: the Electron tests will run' : 'no Electron runtime can be downloaded here: the Electron tests will report themselves skipped');
  return fetched;
}

function osRelease(): Record<string, string> {
  try {
    return parseOsRelease(fs.readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return {};
  }
}

/** Whether Playwright's own Chromium is installed (where Debian's is not used). */
async function playwrightChromiumInstalled(): Promise<boolean> {
  const { chromium } = await import('@playwright/test');
  return fs.existsSync(chromium.executablePath());
}

/** The tools the tests need that this machine lacks. */
async function missingTools(needScreen: boolean): Promise<TestToolId[]> {
  const present: Record<TestToolId, () => boolean | Promise<boolean>> = {
    // test/e2e/support/browser.ts takes the first of these.
    chromium: () => Boolean(process.env.PLAYWRIGHT_CHROMIUM_PATH) || fs.existsSync('/usr/bin/chromium') || playwrightChromiumInstalled(),
    libreOffice: () => onPath('soffice'),
    poppler: () => onPath('pdftotext'),
    // test/support/docx-readers.ts runs Debian's python, which has python-docx; the python first on PATH may not.
    pythonDocx: () => succeeds('/usr/bin/python3', ['-c', 'import docx']),
    fonts: () => onPath('fc-list') && spawnSync('fc-list', [':family=Liberation Sans', 'family'], { encoding: 'utf8' }).stdout.trim() !== '',
    xvfb: () => !needScreen || onPath('xvfb-run'),
  };
  const missing: TestToolId[] = [];
  for (const id of Object.keys(present) as TestToolId[]) if (!(await present[id]())) missing.push(id);
  return missing;
}

/** Installs Debian packages as root, or through sudo when it asks no password; else prints the command and stops. */
function aptInstall(packages: readonly string[], because: string): void {
  const line = aptInstallLine(packages, isRoot);
  const canSudo = !isRoot && onPath('sudo') && succeeds('sudo', ['-n', 'true']);
  if (!onPath('apt-get') || (!isRoot && !canSudo)) {
    stop(`${because}\nThe tests need them and this account cannot install them${onPath('apt-get') ? ' (no root rights)' : ' (no apt-get here)'}. Run:\n\n  ${line}\n\nthen npm test again. (npm run test:all runs the checks without this step.)`);
  }
  say(`installing ${packages.join(' ')}`);
  const sudo = isRoot ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['apt-get', 'update', '-q'], ['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...packages]]) {
    const [command, ...rest] = [...sudo, ...args];
    if (spawnSync(command!, rest, { stdio: 'inherit', env }).status !== 0) stop(`\`${[command, ...rest].join(' ')}\` failed (see above). Install them yourself:\n\n  ${line}`);
  }
}

/** Playwright's own Chromium, with the system libraries it needs where this account may install them. */
function installPlaywrightChromium(): void {
  const linux = process.platform === 'linux';
  const canSudo = !isRoot && onPath('sudo') && succeeds('sudo', ['-n', 'true']);
  if (linux && !isRoot && !canSudo) {
    stop(`Chromium is needed for the end-to-end tests, with system libraries this account cannot install (no root rights). Run:\n\n  sudo npx playwright install-deps chromium && npx playwright install chromium\n\nthen npm test again.`);
  }
  say('installing Playwright’s Chromium for the end-to-end tests');
  const npx = isWindows ? 'npx.cmd' : 'npx';
  if (linux) {
    const [command, ...rest] = [...(isRoot ? [] : ['sudo', '--preserve-env=PATH']), npx, 'playwright', 'install-deps', 'chromium'];
    if (spawnSync(command!, rest, { stdio: 'inherit', shell: isWindows }).status !== 0) stop('`npx playwright install-deps chromium` failed (see above).');
  }
  if (spawnSync(npx, ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: isWindows }).status !== 0) stop('`npx playwright install chromium` failed (see above).');
}

/** Provides what the tests need; returns the prefix that gives the command a screen, if it needs one. */
async function provideTestTools(): Promise<string[]> {
  const electron = electronRuntime();
  // Electron opens real windows even under test; headless Chromium does not need a screen.
  const needScreen = electron !== null && !hasDisplay(process.platform, process.env);
  const chromiumFrom = process.platform === 'linux' ? chromiumSource(osRelease()) : 'playwright';
  const missing = await missingTools(needScreen);
  const fromApt = missing.filter((id) => id !== 'chromium' || chromiumFrom === 'apt');
  if (fromApt.length > 0) {
    const named = fromApt.map((id) => `${TEST_TOOLS[id].name} (${TEST_TOOLS[id].purpose})`).join('; ');
    aptInstall(aptPackagesFor(fromApt), `Missing: ${named}.`);
  }
  if (missing.includes('chromium') && chromiumFrom === 'playwright') installPlaywrightChromium();
  if (missing.length === 0) say('Chromium, LibreOffice, poppler, python-docx and the Liberation fonts are present');
  return needScreen ? ['xvfb-run', '-a'] : [];
}

// ---------------------------------------------------------------------------------------------------------------

/** Runs the command to its end, then exits with its status (Ctrl+C reaches it through the terminal as ever). */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): void {
  const child = spawn(command, args, { stdio: 'inherit', env, shell: isWindows });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => stop(`\`${command}\` could not be started (${error.message}).`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** After `npm install` under an old Node: the same install again under Node 22, adding what the old Node skipped. */
function reinstallUnderNode22(): void {
  say(
    `this machine's Node is ${process.version}, older than the ${MIN_NODE.major}.${MIN_NODE.minor} Minute Book needs (so the EBADENGINE warnings above), ` +
      'and npm skipped the packages built only for newer Node. Installing them under Node 22…',
  );
  const binDir = node22BinDir();
  // The npm that is running this install (npm sets npm_execpath), under Node 22; --no-save leaves the lock file alone.
  const npm = process.env.npm_execpath;
  const args = ['install', '--no-save', '--no-audit', '--no-fund'];
  if (npm) run(path.join(binDir, 'node'), [npm, ...args], pathWith(binDir));
  else run('npm', args, pathWith(binDir));
}

async function main(): Promise<void> {
  const { purpose, command } = parseArguments(process.argv.slice(2));
  if (purpose === 'install') {
    // Under Node 22 the install is whole, and this is the end of the nested install below.
    if (!isRecentNode(process.version)) reinstallUnderNode22();
    return;
  }
  if (!isRecentNode(process.version)) {
    rerunUnderNode22();
    return;
  }
  const prefix = purpose === 'test' ? await provideTestTools() : [];
  const [program, ...args] = [...prefix, ...command];
  // The tools are there now, so a test that needs one fails rather than skips if it cannot find it (docx-readers.ts).
  run(program!, args, purpose === 'test' ? { ...process.env, MINUTE_BOOK_TEST_TOOLS: 'provided' } : process.env);
}

main().catch((error: unknown) => stop(describeError(error)));
