import { createEmptyHistoryState, registerHistory, type HistoryState } from '@lexical/history';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';

/** Undo goes back this many steps, as in Word. */
export const UNDO_LEVELS = 100;
/** Typing without a pause this long is one step of undo (Lexical's own default). */
const MERGE_TYPING_WITHIN_MS = 1000;

/**
 * Undo and redo (Ctrl+Z, Ctrl+Y) over the last UNDO_LEVELS steps. Lexical's HistoryPlugin keeps every step for
 * ever, and each step holds a whole editor state, whose map of nodes grows with the minutes: at 100,000 words a
 * step cost about 1.2 MB, so a three-hour meeting (a step at every pause) would have grown by gigabytes and typing
 * would have slowed as the garbage collector worked through them. Older versions are kept by the revisions.
 */
export function registerUndoHistory(editor: LexicalEditor, dateNow: () => number = Date.now): { history: HistoryState; stop: () => void } {
  const history = createEmptyHistoryState();
  const stop = registerHistory(editor, history, MERGE_TYPING_WITHIN_MS, dateNow, undefined, UNDO_LEVELS);
  return { history, stop };
}

export function UndoHistoryPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerUndoHistory(editor).stop, [editor]);
  return null;
}
