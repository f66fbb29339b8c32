import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../shared/security/content-security-policy';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Puts the app's Content-Security-Policy in the built index.html as a <meta>, first
 * in <head>, so it rules every script and style that follows. The servers send the
 * same policy as a header too. Build only: the dev server's React preamble is inline.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'minute-book-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

// The renderer is served from app://minutes/ in Electron and from 127.0.0.1 in the
// browser host; both serve dist/renderer at the origin's root, so absolute asset paths work.
export default defineConfig({
  root: here('./'),
  base: '/',
  plugins: [react(), contentSecurityPolicyMeta()],
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
