import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/**
 * Tells the autosave that the minutes' text changed. It runs on every keystroke,
 * so it only looks at which nodes are dirty (no serialising, no reading the
 * tree): a selection move alone is not a change worth saving.
 */
export function MinutesChangedPlugin({ onChange }: { onChange: () => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, editorState }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState === editorState) return;
        onChange();
      }),
    [editor, onChange],
  );
  return null;
}
