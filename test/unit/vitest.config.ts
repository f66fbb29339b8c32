import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every unit test file, as a path from the repository root with forward slashes. */
const testFiles = readdirSync(`${root}test/unit`, { recursive: true, encoding: 'utf8' })
  .map((file) => `test/unit/${file.replaceAll('\\', '/')}`)
  .filter((file) => /\.test\.tsx?$/.test(file));

/**
 * The files that read an exported .docx with software we did not write (LibreOffice, python-docx): whatever
 * imports test/support/docx-readers. They are found by what they import rather than by name, so a new one
 * lands in the `readers` project without anyone editing this file.
 */
const readerFiles = testFiles.filter((file) => /from\s+['"][./]*(?:test\/)?support\/docx-readers['"]/.test(readFileSync(`${root}${file}`, 'utf8')));

// Unit tests run in Node: shared/ logic, main-process services (with the `electron` module mocked), and renderer
// modules that need no real DOM. Two projects, run together by `npm run test:unit`:
//  - unit: everything else, in milliseconds a file;
//  - readers: the checks through LibreOffice and python-docx, which spend their time in those programs (one
//    LibreOffice start is about 5 s of CPU), not in Node.
// At least two workers, even on a two-core machine: one file waiting on LibreOffice leaves a core for the rest.
// `npx vitest run --config test/unit/vitest.config.ts --project unit` runs one project.
export default defineConfig({
  root,
  resolve: { alias: { '@shared': `${root}shared` } },
  test: {
    environment: 'node',
    reporters: ['default'],
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        // A test's time is never asserted (GUIDE.md); the timeout only catches one that hangs. Vitest's 5 s is met
        // by a CPU-bound test (ipc-payload-size walks 200,000 levels) on a quiet machine, not on a loaded one.
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], exclude: [...configDefaults.exclude, ...readerFiles], testTimeout: 30_000 },
      },
      {
        extends: true,
        // A file of the readers project reads every document it needs in one LibreOffice run where it can, so
        // its set-up can take minutes on a loaded machine.
        test: { name: 'readers', include: readerFiles, hookTimeout: 300_000, testTimeout: 120_000 },
      },
    ],
  },
});
