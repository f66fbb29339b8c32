// Lint for the whole tree. Beyond the usual TypeScript rules it holds the
// architecture's one-way imports: renderer → shared ← electron. The renderer and
// the shell meet only in shared/ipc, and shared/ depends on neither. Inside
// renderer/src, each floor imports only the floors below it (RENDERER_FLOORS).
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

/**
 * The floors of renderer/src, top to bottom (README, Layout). A file may import its own floor, the floors
 * below it and shared/ (as @shared/…), never a floor above: the first import that runs back up fails the lint.
 * The rooms of the services floor stay apart from one another as well, and the editor reaches db/ and
 * host/ only through its port. A room is a folder ("db/") or a file ("App.tsx") at renderer/src/.
 */
const RENDERER_FLOORS = [
  { floor: 'the composition (App.tsx, main.tsx)', rooms: ['App.tsx', 'main.tsx'] },
  { floor: 'the screens (features/, with app-context.ts)', rooms: ['features/', 'app-context.ts'] },
  {
    floor: 'the editor (editor/)',
    rooms: ['editor/'],
    // Below it, but only through the port: the editor's data and writes never come from the database or the shell directly.
    notBelow: ['db/', 'host/'],
    why: 'the editor gets its data and writes through its port (editor/minutes-port.ts), which features/ hands it',
  },
  { floor: 'the services (db/, spelling/, prediction/, search/, host/, meeting-files/)', rooms: ['db/', 'spelling/', 'prediction/', 'search/', 'host/', 'meeting-files/'], apart: true },
  { floor: 'the generic controls (ui/)', rooms: ['ui/'] },
];

/** "db/" → "db", "App.tsx" → "App": how an import names the room. */
const roomName = (room) => room.replace(/\/$|\.tsx?$/, '');

/** A relative import that lands in `room` at renderer/src/: "../../db/x", "./App", "../editor". */
function roomImport(room) {
  return `^(\\./|(\\.\\./)+)${roomName(room)}(/|\\.tsx?$|$)`;
}

/** The no-restricted-imports options of one room: everything above its floor (and, on the services floor, its neighbours). */
function floorRestrictions(index, room) {
  const { floor, rooms, apart, notBelow = [], why } = RENDERER_FLOORS[index];
  const above = RENDERER_FLOORS.slice(0, index).flatMap((upper) => upper.rooms.map((name) => ({ name, upper })));
  const neighbours = apart ? rooms.filter((name) => name !== room).map((name) => ({ name })) : [];
  return {
    patterns: [
      ...rendererMayNotImport.patterns,
      ...above.map(({ name, upper }) => ({
        regex: roomImport(name),
        message: `renderer/src/${room} is on ${floor}, below ${upper.floor}: it imports only downward${why ? `; ${why}` : ''}.`,
      })),
      ...notBelow.map((name) => ({
        regex: roomImport(name),
        message: `renderer/src/${room} may not import renderer/src/${name}: ${why}.`,
      })),
      ...neighbours.map(({ name }) => ({
        regex: roomImport(name),
        message: `renderer/src/${room} and renderer/src/${name} share ${floor} and stay apart: what both need belongs on a floor below (ui/ or shared/).`,
      })),
    ],
    paths: [
      ...rendererMayNotImport.paths,
      ...(room === 'editor/'
        ? ['dexie', 'dexie-react-hooks'].map((name) => ({ name, message: `The editor never reaches the database: ${why}.` }))
        : []),
    ],
  };
}

/** One config block per room of renderer/src, each with its floor's restrictions. */
const rendererFloorBlocks = RENDERER_FLOORS.flatMap(({ rooms }, index) =>
  rooms.map((room) => ({
    files: [room.endsWith('/') ? `renderer/src/${room}**/*.{ts,tsx}` : `renderer/src/${room}`],
    rules: { 'no-restricted-imports': ['error', floorRestrictions(index, room)] },
  })),
);

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
  ...rendererFloorBlocks,
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
