import path from 'node:path';

/** One place a Chromium-family browser may be installed. */
export interface BrowserCandidate {
  /** The name a person would recognise: "Chromium", "Google Chrome", "Microsoft Edge". */
  name: string;
  /** Absolute path of the executable to try. */
  executable: string;
}

/** The environment variables the browser search reads (a subset of process.env). */
export interface BrowserEnv {
  MINUTE_BOOK_BROWSER?: string | undefined;
  PATH?: string | undefined;
  Path?: string | undefined;
  HOME?: string | undefined;
  LOCALAPPDATA?: string | undefined;
  PROGRAMFILES?: string | undefined;
  'PROGRAMFILES(X86)'?: string | undefined;
  ProgramFiles?: string | undefined;
  'ProgramFiles(x86)'?: string | undefined;
}

const LINUX_COMMANDS: ReadonlyArray<[command: string, name: string]> = [
  ['chromium', 'Chromium'],
  ['chromium-browser', 'Chromium'],
  ['google-chrome', 'Google Chrome'],
  ['google-chrome-stable', 'Google Chrome'],
  ['microsoft-edge', 'Microsoft Edge'],
  ['microsoft-edge-stable', 'Microsoft Edge'],
];

const MAC_APPS: ReadonlyArray<[bundle: string, name: string]> = [
  ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Google Chrome'],
  ['Chromium.app/Contents/MacOS/Chromium', 'Chromium'],
  ['Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Microsoft Edge'],
];

/** The folders of a PATH-style variable, in order, without blanks or repeats. */
function pathDirs(value: string | undefined, separator: string): string[] {
  return [...new Set((value ?? '').split(separator).filter((dir) => dir !== ''))];
}

/** Names a Chromium-family executable for its path, for the override case. */
function nameFor(executable: string): string {
  const lower = executable.toLowerCase();
  if (lower.includes('edge')) return 'Microsoft Edge';
  if (lower.includes('chrome') && !lower.includes('chromium')) return 'Google Chrome';
  return 'Chromium';
}

/**
 * Every place to look for a Chromium-family browser on this platform, best
 * first. MINUTE_BOOK_BROWSER (a path, or a command name looked up on PATH)
 * replaces the whole list, so a wrong override fails loudly instead of quietly
 * opening some other browser.
 */
export function browserCandidates(platform: NodeJS.Platform, env: BrowserEnv): BrowserCandidate[] {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const searchPath = pathDirs(env.PATH ?? env.Path, platform === 'win32' ? ';' : ':');
  const override = env.MINUTE_BOOK_BROWSER;
  if (override) {
    const looksLikePath = override.includes('/') || (platform === 'win32' && override.includes('\\'));
    if (looksLikePath) return [{ name: nameFor(override), executable: paths.resolve(override) }];
    return searchPath.map((dir) => ({ name: nameFor(override), executable: paths.join(dir, override) }));
  }

  if (platform === 'darwin') {
    const roots = ['/Applications', ...(env.HOME ? [paths.join(env.HOME, 'Applications')] : [])];
    return roots.flatMap((root) => MAC_APPS.map(([bundle, name]) => ({ name, executable: paths.join(root, bundle) })));
  }

  if (platform === 'win32') {
    const programFiles = env.PROGRAMFILES ?? env.ProgramFiles ?? 'C:\\Program Files';
    const programFilesX86 = env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)';
    const local = env.LOCALAPPDATA;
    const chrome = 'Google\\Chrome\\Application\\chrome.exe';
    const edge = 'Microsoft\\Edge\\Application\\msedge.exe';
    const list: BrowserCandidate[] = [
      { name: 'Google Chrome', executable: paths.join(programFiles, chrome) },
      { name: 'Google Chrome', executable: paths.join(programFilesX86, chrome) },
      ...(local ? [{ name: 'Google Chrome', executable: paths.join(local, chrome) }] : []),
      { name: 'Microsoft Edge', executable: paths.join(programFilesX86, edge) },
      { name: 'Microsoft Edge', executable: paths.join(programFiles, edge) },
      ...(local ? [{ name: 'Microsoft Edge', executable: paths.join(local, edge) }] : []),
      ...(local ? [{ name: 'Chromium', executable: paths.join(local, 'Chromium\\Application\\chrome.exe') }] : []),
    ];
    return dedupe(list);
  }

  // Linux and the BSDs: each command on PATH, then in /usr/bin in case PATH is bare.
  const dirs = [...searchPath, ...(searchPath.includes('/usr/bin') ? [] : ['/usr/bin'])];
  return dedupe(LINUX_COMMANDS.flatMap(([command, name]) => dirs.map((dir) => ({ name, executable: paths.join(dir, command) }))));
}

function dedupe(list: BrowserCandidate[]): BrowserCandidate[] {
  const seen = new Set<string>();
  return list.filter((candidate) => !seen.has(candidate.executable) && seen.add(candidate.executable));
}

/** The first candidate that is an executable file, or null. */
export function findBrowser(
  candidates: readonly BrowserCandidate[],
  isExecutable: (file: string) => boolean,
): BrowserCandidate | null {
  return candidates.find((candidate) => isExecutable(candidate.executable)) ?? null;
}

/** A short human list of what was looked for, for the "no browser" message. */
export function describeSearch(platform: NodeJS.Platform, env: BrowserEnv): string {
  if (env.MINUTE_BOOK_BROWSER) return `MINUTE_BOOK_BROWSER=${env.MINUTE_BOOK_BROWSER}`;
  if (platform === 'linux' || (platform !== 'darwin' && platform !== 'win32')) {
    return `${LINUX_COMMANDS.map(([command]) => command).join(', ')} (on PATH and in /usr/bin)`;
  }
  return browserCandidates(platform, env).map((candidate) => candidate.executable).join(', ');
}
