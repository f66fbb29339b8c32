/**
 * `npm run dist:dir` packs what build/electron-builder.yml says, and flips the fuses.
 *
 * No real Electron can be downloaded on the build machines, so electron-builder is
 * handed a stand-in unpacked Electron: a folder whose `electron` file carries the
 * fuse wire exactly as Electron's binary does (the sentinel, a version byte, a length
 * byte, then one '0'/'1' per fuse, here set to the opposite of what we ask for). That
 * is all the packaging step reads of the binary, so the test sees the real app.asar
 * and the real fuse flipping. Runs against the build `npm run test:e2e` just made.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { skipAllUnless } from './support/skip-with-reason';

const require = createRequire(import.meta.url);
const { listPackage } = require('@electron/asar') as { listPackage(archive: string, options?: object): string[] };
const fuses = require('@electron/fuses') as {
  FuseV1Options: Record<number, string>;
  getCurrentFuseWire(binary: string): Promise<Record<string, number>>;
};

const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

skipAllUnless(
  process.platform === 'linux',
  `Packaging test skipped on ${process.platform}: its stand-in Electron is a Linux unpacked folder (electron-builder packs per platform).`,
);

test('dist:dir packs only the built app into app.asar and sets every fuse', async () => {
  test.setTimeout(600_000);
  const work = await mkdtemp(path.join(tmpdir(), 'minute-book-dist-'));
  try {
    const standIn = path.join(work, 'electron');
    await mkdir(path.join(standIn, 'resources'), { recursive: true });
    // Fuses in Electron's order: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect,
    // EmbeddedAsarIntegrity, OnlyLoadAppFromAsar, BrowserProcessV8Snapshot, FileProtocolExtraPrivileges.
    await writeFile(path.join(standIn, 'electron'), Buffer.concat([Buffer.from(`#!/bin/sh\n# ${FUSE_SENTINEL}`), Buffer.from([1, 8]), Buffer.from('10110001\n')]));
    await chmod(path.join(standIn, 'electron'), 0o755);
    await writeFile(path.join(standIn, 'LICENSE'), 'stand-in\n');
    const output = path.join(work, 'release');

    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'scripts/dist.ts', '--dir', `-c.electronDist=${standIn}`, `-c.directories.output=${output}`],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    expect(stdout).toContain('executing @electron/fuses');

    const app = path.join(output, 'linux-unpacked');
    const files = listPackage(path.join(app, 'resources', 'app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/'));
    // Our build and package.json, nothing else: no sources, tests, maps or node_modules.
    expect(files.filter((file) => !/^\/dist\/(electron|renderer)(\/|$)/.test(file))).toEqual(['/dist', '/package.json']);
    expect(files).toEqual(expect.arrayContaining(['/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html']));
    expect(files.some((file) => file.endsWith('.map') || file.endsWith('.ts') || file.includes('node_modules'))).toBe(false);

    const wire = await fuses.getCurrentFuseWire(path.join(app, 'minute-book'));
    const state = Object.fromEntries(
      Object.entries(wire)
        .filter(([key]) => key !== 'version')
        .map(([key, value]) => [fuses.FuseV1Options[Number(key)], String.fromCharCode(value) === '1']),
    );
    expect(state).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
