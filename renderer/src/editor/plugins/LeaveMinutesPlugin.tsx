import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_CRITICAL, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND, KEY_ESCAPE_COMMAND, KEY_TAB_COMMAND } from 'lexical';
import { useEffect } from 'react';

/** Read to a screen reader when the minutes take the focus (see MinutesEditor's aria-describedby). */
export const LEAVE_MINUTES_HINT = 'Tab indents, or takes a suggestion shown after the caret. To leave the minutes, press Escape (twice while a suggestion is shown), then Tab or Shift+Tab.';

/**
 * Tab in the minutes indents (as in Word), so on its own it can never take the focus out of
 * them: a keyboard trap. Escape, then Tab or Shift+Tab, leaves for the next or previous control,
 * the way code editors do it. An Escape a pop-up list used to close counts too: the list is gone.
 */
export function LeaveMinutesPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let leaving = false;
    return mergeRegister(
      // Any other key typed after Escape means the officer stayed: Tab indents again.
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          if (event.key !== 'Escape' && event.key !== 'Tab' && event.key !== 'Shift') leaving = false;
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        () => {
          leaving = true;
          return false;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      // Above the template blanks and the indenting: the browser moves the focus as it does anywhere else.
      editor.registerCommand(
        KEY_TAB_COMMAND,
        () => {
          if (!leaving) return false;
          leaving = false;
          return true; // handled, but not prevented
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor]);
  return null;
}
