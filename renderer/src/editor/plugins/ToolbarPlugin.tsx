import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useEffect, useState, type ReactNode } from 'react';
import {
  INSERT_NUMBERED_PARAGRAPH_COMMAND,
  INSERT_RESOLUTION_COMMAND,
  INSERT_SUB_POINT_COMMAND,
  OPEN_PERSON_MENU_COMMAND,
  OPEN_SHORTCUTS_PANEL_COMMAND,
  OPEN_STYLE_CHECK_COMMAND,
  OPEN_TEMPLATE_MENU_COMMAND,
  OPEN_VOTE_DIALOG_COMMAND,
  OPEN_ACTION_DIALOG_COMMAND,
} from '../commands';
import { setPredictionEnabled, usePredictionEnabled } from '../../prediction/prediction-setting';
import { useRovingToolbar } from '../../ui/roving-toolbar';
import { CurrentMinute } from '../components/CurrentMinute';
import { $currentListKind, toggleList, type ListKind } from '../list-commands';
import { shortcut, type ShortcutId } from '../shortcuts';

interface ActiveFormats {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  list: ListKind | null;
}

const NONE: ActiveFormats = { bold: false, italic: false, underline: false, list: null };

function sameFormats(a: ActiveFormats, b: ActiveFormats): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.list === b.list;
}

/**
 * The bar above the minutes, sticky while the officer scrolls: formatting and
 * minute-taking buttons (each named, with its keys in the tooltip, from the shortcuts table), then which
 * minute the caret is in and whether it is saved (`status`).
 */
export function ToolbarPlugin({ status }: { status?: ReactNode }): ReactNode {
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<ActiveFormats>(NONE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        // Reads the selection only (cheap) and re-renders only when a button's state flips.
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return NONE;
            return {
              bold: selection.hasFormat('bold'),
              italic: selection.hasFormat('italic'),
              underline: selection.hasFormat('underline'),
              list: $currentListKind(),
            };
          });
          setFormats((previous) => (sameFormats(previous, next) ? previous : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  const suggesting = usePredictionEnabled();
  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const roving = useRovingToolbar();

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" ref={roving.ref} onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
      <ToolButton shortcut="undo" disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        ↶
      </ToolButton>
      <ToolButton shortcut="redo" disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        ↷
      </ToolButton>
      <span className="toolbar-gap" aria-hidden="true" />
      <ToolButton shortcut="bold" pressed={formats.bold} onClick={() => format('bold')}>
        <b>B</b>
      </ToolButton>
      <ToolButton shortcut="italic" pressed={formats.italic} onClick={() => format('italic')}>
        <i>I</i>
      </ToolButton>
      <ToolButton shortcut="underline" pressed={formats.underline} onClick={() => format('underline')}>
        <u>U</u>
      </ToolButton>
      <span className="toolbar-gap" aria-hidden="true" />
      <ToolButton shortcut="numbered-list" name="1. Numbered list" pressed={formats.list === 'number'} onClick={() => toggleList(editor, 'number')}>
        1.
      </ToolButton>
      <ToolButton shortcut="bulleted-list" pressed={formats.list === 'bullet'} onClick={() => toggleList(editor, 'bullet')}>
        •
      </ToolButton>
      <ToolButton shortcut="outdent" onClick={() => editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined)}>
        ⇤
      </ToolButton>
      <ToolButton shortcut="indent" onClick={() => editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined)}>
        ⇥
      </ToolButton>
      <span className="toolbar-gap" aria-hidden="true" />
      <ToolButton shortcut="numbered-paragraph" onClick={() => editor.dispatchCommand(INSERT_NUMBERED_PARAGRAPH_COMMAND, undefined)}>
        ¶
      </ToolButton>
      <ToolButton shortcut="sub-point" onClick={() => editor.dispatchCommand(INSERT_SUB_POINT_COMMAND, undefined)}>
        (a)
      </ToolButton>
      <ToolButton shortcut="resolution" name="RESOLVED: new resolution" onClick={() => editor.dispatchCommand(INSERT_RESOLUTION_COMMAND, undefined)}>
        <b>RESOLVED</b>
      </ToolButton>
      <ToolButton shortcut="vote" onClick={() => editor.dispatchCommand(OPEN_VOTE_DIALOG_COMMAND, null)}>
        Vote
      </ToolButton>
      <ToolButton shortcut="action" onClick={() => editor.dispatchCommand(OPEN_ACTION_DIALOG_COMMAND, null)}>
        Action
      </ToolButton>
      <ToolButton shortcut="insert-person" onClick={() => editor.dispatchCommand(OPEN_PERSON_MENU_COMMAND, undefined)}>
        @ Person
      </ToolButton>
      <ToolButton shortcut="insert-template" onClick={() => editor.dispatchCommand(OPEN_TEMPLATE_MENU_COMMAND, undefined)}>
        / Phrase
      </ToolButton>
      <ToolButton shortcut="toggle-suggestions" pressed={suggesting} onClick={() => setPredictionEnabled(!suggesting)}>
        Suggest
      </ToolButton>
      <span className="toolbar-gap" aria-hidden="true" />
      <ToolButton shortcut="style-check" name="Check minutes" onClick={() => editor.dispatchCommand(OPEN_STYLE_CHECK_COMMAND, undefined)}>
        ✓ Check
      </ToolButton>
      <span className="toolbar-spacer" aria-hidden="true" />
      <CurrentMinute />
      {status}
      <ToolButton shortcut="shortcuts-panel" onClick={() => editor.dispatchCommand(OPEN_SHORTCUTS_PANEL_COMMAND, undefined)}>
        ?
      </ToolButton>
    </div>
  );
}

interface ToolButtonProps {
  /** Its entry in the shortcuts table, which gives its name and the keys in its tooltip. */
  shortcut: ShortcutId;
  /**
   * What a screen reader says, when the button shows words of its own: it must begin with them, so an
   * officer using voice control can say what they see ("click RESOLVED"; WCAG 2.5.3). Else the label.
   */
  name?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function ToolButton({ shortcut: id, name, pressed, disabled, onClick, children }: ToolButtonProps): ReactNode {
  const { button: label = id, keys } = shortcut(id);
  return (
    <button
      type="button"
      className="tool-button"
      aria-label={name ?? label}
      title={`${label} (${keys})`}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the caret in the minutes: a mouse click on a toolbar button must not steal focus.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
