// Builds the benchmark's comparison page (test/bench/page) into dist/bench: a separate build, so nothing of it
// ships in dist/renderer. Run by `npm run bench`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./page'),
  base: '/',
  build: {
    outDir: here('../../dist/bench'),
    emptyOutDir: true,
    target: 'chrome130',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
