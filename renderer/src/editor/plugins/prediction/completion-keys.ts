import { COMMAND_PRIORITY_CRITICAL, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { suggestionKeyFor } from '../../shortcuts';

/** What the keys act on: the suggestion shown, if any (PredictionController). */
export interface SuggestionActions {
  acceptAll(): boolean;
  acceptWord(): boolean;
  dismiss(): boolean;
}

/**
 * Tab, Ctrl+Right and Escape on a suggestion shown after the caret. Ahead of every other handler (Tab's blanks and
 * indenting, Escape's way out of the minutes), and only while a suggestion is shown: otherwise the key goes on to
 * do what it always does.
 */
export function registerSuggestionKeys(editor: LexicalEditor, actions: SuggestionActions): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event: KeyboardEvent) => {
      const key = suggestionKeyFor(event);
      if (!key) return false;
      const handled = key === 'accept' ? actions.acceptAll() : key === 'accept-word' ? actions.acceptWord() : actions.dismiss();
      if (handled) event.preventDefault();
      return handled;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}
