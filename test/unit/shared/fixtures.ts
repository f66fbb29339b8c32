import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A saved editor state from test/fixtures/editor-states, e.g. "minute-94". */
export function editorStateFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/editor-states', `${name}.json`), 'utf8'));
}
