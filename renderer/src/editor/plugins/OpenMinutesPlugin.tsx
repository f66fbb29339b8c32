import { registerList } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG, type SerializedEditorState } from 'lexical';
import { useLayoutEffect, useState } from 'react';

/**
 * Word-style lists (Lexical's list commands and transforms), registered first, then the saved minutes loaded.
 * The order matters for long minutes: registering a transform marks every node of its type dirty, and the list
 * transforms watch every text node, so lists registered after a 100,000-word draft was loaded (as Lexical's
 * ListPlugin does, twice) re-ran transforms over and re-reconciled every text node of it while the meeting opened.
 * The draft was written by this editor with the same transforms running, so nothing in it needs them on load.
 * Both happen in a layout effect: after the editable element is attached, before the first paint.
 */
export function OpenMinutesPlugin({ initialState }: { initialState: SerializedEditorState | null }): null {
  const [editor] = useLexicalComposerContext();
  // Only the first value counts: later changes come from typing, or from another window's saves.
  const [savedMinutes] = useState(initialState);
  useLayoutEffect(() => {
    const stopLists = registerList(editor);
    if (savedMinutes) editor.setEditorState(editor.parseEditorState(savedMinutes), { tag: HISTORY_MERGE_TAG });
    return stopLists;
  }, [editor, savedMinutes]);
  return null;
}
