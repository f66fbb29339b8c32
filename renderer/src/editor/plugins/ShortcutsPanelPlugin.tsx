import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect, useState, type ReactNode } from 'react';
import { Modal } from '../../ui/Modal';
import { OPEN_SHORTCUTS_PANEL_COMMAND } from '../commands';
import { MINUTES_SHORTCUTS, WORD_SHORTCUTS } from '../shortcuts';

/** F1 or Ctrl+/: every shortcut of the minutes editor, from the same table the keys are matched with. */
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
      <table className="shortcuts">
        <caption>Minute-taking</caption>
        <tbody>
          {MINUTES_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.id}>
              <th scope="row">
                <kbd>{shortcut.keys}</kbd>
              </th>
              <td>{shortcut.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="shortcuts">
        <caption>As in Word</caption>
        <tbody>
          {WORD_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys}>
              <th scope="row">
                <kbd>{shortcut.keys}</kbd>
              </th>
              <td>{shortcut.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  );
}
