// Bundles the Electron shell: main and preload, each into one CommonJS file in
// dist/electron/. The preload must be a single file because a sandboxed preload
// can require only 'electron'; main is bundled too so dist/ runs without sources.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

const bundles = [
  { entry: 'electron/main/index.ts', outfile: 'dist/electron/main.cjs' },
  { entry: 'electron/preload/index.ts', outfile: 'dist/electron/preload.cjs' },
];

/** Bundles one entry point for Electron's Node and prints its size. */
async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Electron 45 runs Node 22.
    target: 'node22',
    // Provided by Electron at run time, never bundled.
    external: ['electron'],
    sourcemap: 'linked',
    tsconfig: 'electron/tsconfig.json',
    logLevel: 'warning',
  });
  const { size } = await stat(path.join(root, outfile));
  console.log(`${outfile}  ${(size / 1024).toFixed(1)} KiB`);
}

await Promise.all(bundles.map(({ entry, outfile }) => bundle(entry, outfile)));
