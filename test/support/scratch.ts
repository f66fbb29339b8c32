import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Fresh folders for one test file's files, all inside one temporary folder that is removed when the file's tests
 * end, so a run of the suite leaves nothing in the system's temporary folder. Call at the top of a test file;
 * each call of the function returned makes a new, empty folder.
 */
export function scratchFolders(prefix: string): () => string {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return () => mkdtempSync(join(root, 'f-'));
}
