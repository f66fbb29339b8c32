import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The largest preload bundle allowed: a sandboxed preload is loaded whole into every window before the page. */
const PRELOAD_LIMIT_BYTES = 100 * 1024;

/** Bundles an entry as scripts/build-electron.ts bundles the preload, in memory. */
async function bundledSize(entry: { file: string } | { source: string }): Promise<number> {
  const result = await build({
    absWorkingDir: root,
    ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.source, resolveDir: root, loader: 'ts' } }),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    tsconfig: 'electron/tsconfig.json',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles.reduce((total, file) => total + file.contents.byteLength, 0);
}

describe('the preload bundle', () => {
  it('stays under 100 KiB, built here from the sources so it can never pass on a stale build', async () => {
    const size = await bundledSize({ file: 'electron/preload/index.ts' });
    console.info(`preload bundle: ${(size / 1024).toFixed(1)} KiB`);
    expect(size).toBeGreaterThan(1024); // it really bundled the bridge
    expect(size).toBeLessThan(PRELOAD_LIMIT_BYTES);
  });

  it('would fail if the preload took the whole IPC contract, with zod (the check can fail)', async () => {
    const size = await bundledSize({ source: "import * as contract from './shared/ipc/contract';\nconsole.log(contract);" });
    expect(size).toBeGreaterThan(PRELOAD_LIMIT_BYTES);
  });
});
