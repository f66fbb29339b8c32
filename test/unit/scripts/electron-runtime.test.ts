import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronExecutable, type ElectronRuntimeFs } from '../../../scripts/lib/electron-runtime';

const pkg = '/repo/node_modules/electron';

function fakeFs(files: Record<string, string>): ElectronRuntimeFs {
  return { readFile: (file) => files[file] ?? null, exists: (file) => file in files };
}

describe('electronExecutable', () => {
  it('is null when the package never downloaded its binary (no path.txt)', () => {
    expect(electronExecutable(pkg, {}, fakeFs({}))).toBeNull();
  });

  it('is null when path.txt names a binary that is not on disk', () => {
    expect(electronExecutable(pkg, {}, fakeFs({ [path.join(pkg, 'path.txt')]: 'electron' }))).toBeNull();
  });

  it('is the binary under dist/ when it is there', () => {
    const binary = path.join(pkg, 'dist', 'electron');
    expect(electronExecutable(pkg, {}, fakeFs({ [path.join(pkg, 'path.txt')]: 'electron', [binary]: '' }))).toBe(binary);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    expect(electronExecutable(pkg, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, fakeFs({ '/opt/electron/electron': '' }))).toBe(
      '/opt/electron/electron',
    );
    expect(electronExecutable(pkg, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, fakeFs({}))).toBeNull();
  });

  it('reports what is really on this machine without trying to download', () => {
    const real = electronExecutable(path.resolve('node_modules/electron'));
    expect(real === null || typeof real === 'string').toBe(true);
  });
});
