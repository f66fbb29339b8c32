import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { formatClockTime } from '@shared/format/british-date';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import {
  GO_TO_MINUTE_COMMAND,
  INSERT_NUMBERED_PARAGRAPH_COMMAND,
  INSERT_RESOLUTION_COMMAND,
  INSERT_SUB_POINT_COMMAND,
  INSERT_TIME_COMMAND,
  OPEN_PERSON_MENU_COMMAND,
  OPEN_SHORTCUTS_PANEL_COMMAND,
  OPEN_STYLE_CHECK_COMMAND,
  OPEN_TEMPLATE_MENU_COMMAND,
  OPEN_VOTE_DIALOG_COMMAND,
  OPEN_ACTION_DIALOG_COMMAND,
} from '../commands';
import { $goToMinute, $insertNumberedParagraph, $insertResolution, $insertSubPoint } from '../minute-blocks';
import { predictionEnabled, setPredictionEnabled } from '../../prediction/prediction-setting';
import { shortcutFor, type MinuteShortcutId } from '../shortcuts';
import { clockNow } from '../clock';

/** Sends the command behind a shortcut; true when something handled it. */
function dispatchShortcut(editor: LexicalEditor, id: MinuteShortcutId | 'toggle-suggestions'): boolean {
  switch (id) {
    case 'toggle-suggestions':
      setPredictionEnabled(!predictionEnabled());
      return true;
    case 'next-item':
      return editor.dispatchCommand(GO_TO_MINUTE_COMMAND, 'next');
    case 'previous-item':
      return editor.dispatchCommand(GO_TO_MINUTE_COMMAND, 'previous');
    case 'numbered-paragraph':
      return editor.dispatchCommand(INSERT_NUMBERED_PARAGRAPH_COMMAND, undefined);
    case 'sub-point':
      return editor.dispatchCommand(INSERT_SUB_POINT_COMMAND, undefined);
    case 'resolution':
      return editor.dispatchCommand(INSERT_RESOLUTION_COMMAND, undefined);
    case 'vote':
      return editor.dispatchCommand(OPEN_VOTE_DIALOG_COMMAND, null);
    case 'action':
      return editor.dispatchCommand(OPEN_ACTION_DIALOG_COMMAND, null);
    case 'insert-person':
      return editor.dispatchCommand(OPEN_PERSON_MENU_COMMAND, undefined);
    case 'insert-template':
      return editor.dispatchCommand(OPEN_TEMPLATE_MENU_COMMAND, undefined);
    case 'insert-time':
      return editor.dispatchCommand(INSERT_TIME_COMMAND, undefined);
    case 'style-check':
      return editor.dispatchCommand(OPEN_STYLE_CHECK_COMMAND, undefined);
    case 'shortcuts-panel':
      return editor.dispatchCommand(OPEN_SHORTCUTS_PANEL_COMMAND, undefined);
  }
}

/** Minute-taking keys (shortcuts.ts) and the commands behind them: items, numbered paragraphs, resolutions, the time. */
export function MinuteCommandsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event: KeyboardEvent) => {
            const id = shortcutFor(event);
            if (!id) return false;
            // Only swallow the key when something handled it.
            if (!dispatchShortcut(editor, id)) return false;
            event.preventDefault();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(GO_TO_MINUTE_COMMAND, (direction) => $goToMinute(direction) !== null, COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_NUMBERED_PARAGRAPH_COMMAND, () => ($insertNumberedParagraph(), true), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_SUB_POINT_COMMAND, () => ($insertSubPoint(), true), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_RESOLUTION_COMMAND, () => ($insertResolution(), true), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(
          INSERT_TIME_COMMAND,
          () => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            selection.insertText(formatClockTime(clockNow()));
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  return null;
}
