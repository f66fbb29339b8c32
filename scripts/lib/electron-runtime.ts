import fs from 'node:fs';
import path from 'node:path';

/** File-system reads the check needs, injectable for tests. */
export interface ElectronRuntimeFs {
  readFile(file: string): string | null;
  exists(file: string): boolean;
}

const realFs: ElectronRuntimeFs = {
  readFile(file) {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
  exists: (file) => fs.existsSync(file),
};

/**
 * The Electron executable that `require('electron')` would return, or null when
 * the binary is not on disk. Mirrors node_modules/electron/index.js (path.txt,
 * dist/, ELECTRON_OVERRIDE_DIST_PATH) but never downloads: the electron package
 * fetches its binary lazily, and on an offline machine that fetch fails, so
 * callers must ask first rather than `require('electron')` and crash.
 */
export function electronExecutable(
  electronPackageDir: string,
  env: { ELECTRON_OVERRIDE_DIST_PATH?: string | undefined } = process.env,
  files: ElectronRuntimeFs = realFs,
): string | null {
  const relative = files.readFile(path.join(electronPackageDir, 'path.txt'))?.trim();
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return files.exists(overridden) ? overridden : null;
  }
  if (!relative) return null;
  const executable = path.join(electronPackageDir, 'dist', relative);
  return files.exists(executable) ? executable : null;
}
