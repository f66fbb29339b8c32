import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect, useState, type ReactNode } from 'react';
import { CloseActions, Modal } from '../../ui/Modal';
import { TEXT_ZOOM_SHORTCUTS } from '../../ui/text-zoom';
import { OPEN_SHORTCUTS_PANEL_COMMAND } from '../commands';
import { LEAVE_MINUTES_SHORTCUT, MEETING_TABS_SHORTCUT, MINUTES_SHORTCUTS, SUGGESTION_SHORTCUTS, WORD_SHORTCUTS } from '../shortcuts';

/** F1 or Ctrl+/: every shortcut of the minutes editor, from the tables the keys are matched with (shortcuts.ts, text-zoom.ts). */
export function ShortcutsPanelPlugin(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_SHORTCUTS_PANEL_COMMAND,
        () => {
          setOpen(true);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  if (!open) return null;
  const close = () => {
    setOpen(false);
    // Back to the minutes, where the officer was typing.
    requestAnimationFrame(() => editor.focus());
  };
  return (
    <Modal title="Keyboard shortcuts" onClose={close}>
      <ShortcutTable caption="Minute-taking" rows={MINUTES_SHORTCUTS} />
      <ShortcutTable caption="Suggestions (greyed after the caret)" rows={SUGGESTION_SHORTCUTS} />
      <ShortcutTable caption="As in Word" rows={WORD_SHORTCUTS} />
      <ShortcutTable caption="View" rows={VIEW_SHORTCUTS} />
      <CloseActions onClose={close} />
    </Modal>
  );
}

/** Keys that work anywhere in the window: the meeting's tabs, leaving the minutes, and the text size. */
const VIEW_SHORTCUTS: readonly { keys: string; description: string }[] = [MEETING_TABS_SHORTCUT, LEAVE_MINUTES_SHORTCUT, ...TEXT_ZOOM_SHORTCUTS];

/** One table of the panel: the keys, then what they do. */
function ShortcutTable({ caption, rows }: { caption: string; rows: readonly { keys: string; description: string }[] }): ReactNode {
  return (
    <table className="shortcuts">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.keys}>
            <th scope="row">
              <kbd>{row.keys}</kbd>
            </th>
            <td>{row.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
