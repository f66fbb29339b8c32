// Lint for the whole tree. Beyond the usual TypeScript rules it holds the
// architecture's one-way imports: renderer → shared ← electron. The renderer and
// the shell meet only in shared/ipc, and shared/ depends on neither.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const rendererMayNotImport = {
  patterns: [
    { group: ['**/electron/**', '**/electron', '!electron'], message: 'renderer/ must not import electron/: go through shared/ipc and the host bridge.' },
  ],
  paths: [{ name: 'electron', message: 'The renderer has no Node or Electron: use renderer/src/host.' }],
};
const electronMayNotImport = {
  patterns: [{ group: ['**/renderer/**', '**/renderer'], message: 'electron/ must not import renderer/: go through shared/ipc.' }],
};
const sharedMayNotImport = {
  patterns: [
    { group: ['**/renderer/**', '**/renderer', '**/electron/**'], message: 'shared/ is pure: it may not import renderer/ or electron/.' },
  ],
  paths: ['electron', 'fs', 'node:fs', 'path', 'node:path', 'react', 'dexie'].map((name) => ({
    name,
    message: 'shared/ runs in the renderer, the shell and the command line alike: no runtime-specific imports.',
  })),
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/e2e/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', rendererMayNotImport],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', electronMayNotImport] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', sharedMayNotImport] },
  },
  {
    files: ['scripts/**/*.{mjs,ts}', 'test/**/*.{ts,tsx,mjs}', '*.config.{js,ts}', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
