/**
 * What `npm start` and `npm test` need beyond `npm install`, and how to get it: pure decisions, so they can be
 * unit-tested; scripts/provision.ts looks at the machine and carries them out. This module is also loaded by the
 * distribution's old Node (18 on Debian 12 and Ubuntu 24.04), so it uses nothing newer.
 */

/** The oldest Node the project runs on (package.json "engines"; Vite 8 and Vitest 5 need it). */
export const MIN_NODE = { major: 22, minor: 12 } as const;

/**
 * The Node 22 fetched when the machine's is older: the official binary, published on the npm registry as
 * node-<platform>-<arch> (the only registry these build machines reach). Any 22.x from 22.12 on will do.
 */
export const NODE_22_VERSION = '22.23.5';

/** Whether a Node version ("v22.12.0" or "22.12.0") is MIN_NODE or newer. */
export function isRecentNode(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE.major || (major === MIN_NODE.major && minor >= MIN_NODE.minor);
}

/**
 * The npm package holding the Node binary (at bin/node) for this platform and CPU, or null where Node is to be
 * installed by hand (Windows, whose developers install Node from nodejs.org, and other systems).
 */
export function nodePackageName(platform: string, arch: string): string | null {
  const supported = (platform === 'linux' || platform === 'darwin') && (arch === 'x64' || arch === 'arm64');
  return supported ? `node-${platform}-${arch}` : null;
}

/** Something the tests need from outside npm. */
export interface TestTool {
  /** What it is, for messages. */
  name: string;
  /** Why the tests need it. */
  purpose: string;
  /** The Debian and Ubuntu package that provides it. */
  aptPackages: readonly string[];
}

/** The tools `npm test` checks for, in the order they are reported. */
export const TEST_TOOLS = {
  chromium: { name: 'Chromium', purpose: 'the browser the end-to-end tests drive', aptPackages: ['chromium'] },
  libreOffice: { name: 'LibreOffice Writer', purpose: 'reads the exported .docx as Word would', aptPackages: ['libreoffice-writer-nogui'] },
  poppler: { name: 'pdftotext (poppler)', purpose: 'reads the pages LibreOffice lays out', aptPackages: ['poppler-utils'] },
  pythonDocx: { name: 'python-docx', purpose: 'reads the exported .docx structure', aptPackages: ['python3-docx'] },
  fonts: { name: 'Liberation fonts', purpose: 'metric-compatible Arial and Times, so LibreOffice lays pages out as Word does', aptPackages: ['fonts-liberation'] },
  xvfb: { name: 'Xvfb', purpose: 'a screen for the Electron tests on a machine without one', aptPackages: ['xvfb', 'xauth'] },
} as const satisfies Record<string, TestTool>;

export type TestToolId = keyof typeof TEST_TOOLS;

/**
 * Where Chromium comes from. Debian packages it (/usr/bin/chromium); Ubuntu's `chromium` is a snap, which does
 * not run in containers or headless, so there (and on any other system) Playwright's own Chromium is used.
 */
export function chromiumSource(osRelease: { ID?: string | undefined }): 'apt' | 'playwright' {
  return osRelease.ID === 'debian' ? 'apt' : 'playwright';
}

/** Reads /etc/os-release text into its fields. */
export function parseOsRelease(text: string): Record<string, string> {
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const line of text.split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) fields[match[1]!] = match[2]!.replace(/^"(.*)"$/, '$1');
  }
  return fields;
}

/** The Debian packages that provide the missing tools, each once, in order. */
export function aptPackagesFor(missing: readonly TestToolId[]): string[] {
  return [...new Set(missing.flatMap((id) => TEST_TOOLS[id].aptPackages))];
}

/** The commands that install `packages`, as one line a person can paste (with sudo when not root). */
export function aptInstallLine(packages: readonly string[], isRoot: boolean): string {
  const sudo = isRoot ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}
