import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { toggleList } from '../list-commands';

/**
 * Keyboard shortcuts officers know from Word and Google Docs that Lexical does
 * not provide itself (it already has Ctrl+B/I/U, Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z):
 * Ctrl+Shift+L (Word) or Ctrl+Shift+8 for bullets, Ctrl+Shift+7 for a numbered list.
 */
export function WordShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          const mod = event.ctrlKey || event.metaKey;
          if (!mod || !event.shiftKey || event.altKey) return false;
          const kind = event.code === 'Digit7' ? 'number' : event.code === 'Digit8' || event.code === 'KeyL' ? 'bullet' : null;
          if (!kind) return false;
          event.preventDefault();
          toggleList(editor, kind);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}
