import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The renderer is served from app://minutes/ in Electron and from 127.0.0.1 in the
// browser host; both serve dist/renderer at the origin's root, so absolute asset paths work.
export default defineConfig({
  root: here('./'),
  base: '/',
  plugins: [react()],
  resolve: { alias: { '@shared': here('../shared') } },
  build: {
    outDir: here('../dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    // Electron 45 ships a recent Chromium; no legacy syntax needed.
    target: 'chrome130',
    // No inline scripts or styles: the CSP forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
