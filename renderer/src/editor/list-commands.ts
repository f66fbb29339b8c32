import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';

export type ListKind = 'number' | 'bullet';

/** The kind of list the caret is in, or null in an ordinary paragraph. Call inside a read or update. */
export function $currentListKind(): ListKind | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const list = $getNearestNodeOfType(selection.anchor.getNode(), ListNode);
  if (!$isListNode(list)) return null;
  const type = list.getListType();
  return type === 'number' ? 'number' : 'bullet';
}

/** Turns the current paragraphs into a list of that kind, or back into paragraphs if they already are one (as Word's buttons do). */
export function toggleList(editor: LexicalEditor, kind: ListKind): void {
  const current = editor.getEditorState().read(() => $currentListKind());
  if (current === kind) {
    editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  } else {
    editor.dispatchCommand(kind === 'number' ? INSERT_ORDERED_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined);
  }
}
