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
  OPEN_TEMPLATE_MENU_COMMAND,
} from '../commands';
import { setPredictionEnabled, usePredictionEnabled } from '../../prediction/prediction-setting';
import { useRovingToolbar } from '../../ui/roving-toolbar';
import { CurrentMinute } from '../components/CurrentMinute';
import { $currentListKind, toggleList, type ListKind } from '../list-commands';

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
 * minute-taking buttons (each with its shortcut in the tooltip), then which
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
      <ToolButton label="Undo" shortcut="Ctrl+Z" disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        ↶
      </ToolButton>
      <ToolButton label="Redo" shortcut="Ctrl+Y" disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        ↷
      </ToolButton>
      <span className="toolbar-gap" aria-hidden="true" />
      <ToolButton label="Bold" shortcut="Ctrl+B" pressed={formats.bold} onClick={() => format('bold')}>
        <b>B</b>
      </ToolButton>
      <ToolButton label="Italic" shortcut="Ctrl+I" pressed={formats.italic} onClick={() => format('italic')}>
        <i>I</i>
      </ToolButton>
      <ToolButton label="Underline" shortcut="Ctrl+U" pressed={formats.underline} onClick={() => format('underline')}>
        <u>U</u>
      </ToolButton>
      <span className="toolbar-gap" aria-hidden="true" />
      <ToolButton label="Numbered list" name="1. Numbered list" shortcut="Ctrl+Shift+7" pressed={formats.list === 'number'} onClick={() => toggleList(editor, 'number')}>
        1.
      </ToolButton>
      <ToolButton label="Bulleted list" shortcut="Ctrl+Shift+L" pressed={formats.list === 'bullet'} onClick={() => toggleList(editor, 'bullet')}>
        •
      </ToolButton>
      <ToolButton label="Decrease indent" shortcut="Shift+Tab" onClick={() => editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined)}>
        ⇤
      </ToolButton>
      <ToolButton label="Increase indent" shortcut="Tab" onClick={() => editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined)}>
        ⇥
      </ToolButton>
      <span className="toolbar-gap" aria-hidden="true" />
      <ToolButton label="New numbered paragraph" shortcut="Ctrl+Alt+N" onClick={() => editor.dispatchCommand(INSERT_NUMBERED_PARAGRAPH_COMMAND, undefined)}>
        ¶
      </ToolButton>
      <ToolButton label="New sub-point" shortcut="Ctrl+Alt+A" onClick={() => editor.dispatchCommand(INSERT_SUB_POINT_COMMAND, undefined)}>
        (a)
      </ToolButton>
      <ToolButton label="Resolution" name="RESOLVED: new resolution" shortcut="Ctrl+Alt+R" onClick={() => editor.dispatchCommand(INSERT_RESOLUTION_COMMAND, undefined)}>
        <b>RESOLVED</b>
      </ToolButton>
      <ToolButton label="Name a person" shortcut="Ctrl+Alt+P or @" onClick={() => editor.dispatchCommand(OPEN_PERSON_MENU_COMMAND, undefined)}>
        @ Person
      </ToolButton>
      <ToolButton label="Standard phrase" shortcut="Ctrl+Alt+T or /" onClick={() => editor.dispatchCommand(OPEN_TEMPLATE_MENU_COMMAND, undefined)}>
        / Phrase
      </ToolButton>
      <ToolButton
        label="Suggest the rest of words and phrases as you type"
        name="Suggest words as you type"
        shortcut="Tab takes a suggestion"
        pressed={suggesting}
        onClick={() => setPredictionEnabled(!suggesting)}
      >
        Suggest
      </ToolButton>
      <span className="toolbar-spacer" aria-hidden="true" />
      <CurrentMinute />
      {status}
      <ToolButton label="Keyboard shortcuts" shortcut="F1" onClick={() => editor.dispatchCommand(OPEN_SHORTCUTS_PANEL_COMMAND, undefined)}>
        ?
      </ToolButton>
    </div>
  );
}

interface ToolButtonProps {
  label: string;
  /**
   * What a screen reader says, when the button shows words of its own: it must begin with them, so an
   * officer using voice control can say what they see ("click RESOLVED"; WCAG 2.5.3). Else the label.
   */
  name?: string;
  shortcut: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function ToolButton({ label, name, shortcut, pressed, disabled, onClick, children }: ToolButtonProps): ReactNode {
  return (
    <button
      type="button"
      className="tool-button"
      aria-label={name ?? label}
      title={`${label} (${shortcut})`}
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
