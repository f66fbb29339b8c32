import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Unit tests run in Node: shared/ logic, main-process services (with the
// `electron` module mocked), and renderer modules that need no real DOM.
export default defineConfig({
  root,
  resolve: { alias: { '@shared': `${root}shared` } },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default'],
  },
});
