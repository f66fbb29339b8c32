import type { FilePath } from './places';

/** Fields of a meeting file that the schema does not know, found by walking the file beside what the schema kept. */
export interface LeftOut {
  count: number;
  /** The first of them, to name in the note. */
  first: FilePath | null;
}

/** The minutes are checked node by node (checkEditorState), which says itself what it leaves out. */
const MINUTES: FilePath = ['minutes', 'editorState'];

const isFields = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the schema dropped: every field of `raw` with no counterpart in `kept` (the schema's output, which keeps
 * only the fields Minute Book writes). Such a file is still read, its unknown fields left out, and the officer
 * is told: a repair that is obvious and safe. Walks only the parts outside the minutes, once.
 */
export function fieldsLeftOut(raw: unknown, kept: unknown): LeftOut {
  const found: LeftOut = { count: 0, first: null };
  const stack: { raw: unknown; kept: unknown; path: FilePath }[] = [{ raw, kept, path: [] }];
  while (stack.length > 0) {
    const { raw: here, kept: there, path } = stack.pop()!;
    if (path.length === MINUTES.length && path.every((key, index) => key === MINUTES[index])) continue;
    if (Array.isArray(here) && Array.isArray(there)) {
      for (let index = here.length - 1; index >= 0; index -= 1) stack.push({ raw: here[index], kept: there[index], path: [...path, index] });
    } else if (isFields(here) && isFields(there)) {
      const keys = Object.keys(here);
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        const key = keys[index]!;
        if (Object.hasOwn(there, key)) stack.push({ raw: here[key], kept: there[key], path: [...path, key] });
        else {
          found.count += 1;
          found.first ??= [...path, key];
        }
      }
    }
  }
  return found;
}
