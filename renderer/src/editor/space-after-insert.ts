import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { $textBlockOf } from './plugins/prediction/caret-text';

/** Marks the update that put a word or a person in with a space after it (a suggestion taken, a mention chosen). */
const SPACE_AFTER_INSERT_TAG = 'space-after-insert';

/** What a space put in after a word gives way to, as a phone's keyboard does: punctuation that closes up to the word. */
export const GIVES_WAY_TO = /^[.,;:!?)]$/u;

/**
 * Inside the update that inserted a word or a person and then a space, with the caret just after that space: marks
 * the space as the editor's, not the officer's (see registerSpaceAfterInsert).
 */
export function $markSpaceAfterInsert(): void {
  $addUpdateTag(SPACE_AFTER_INSERT_TAG);
}

/** Where the editor's space is: the text node holding it and the caret's offset just after it. */
interface Place {
  key: NodeKey;
  offset: number;
  blockKey: NodeKey;
}

/**
 * The space the editor puts after a suggestion taken with Tab or Ctrl+Right, or a person chosen after "@", saves the
 * officer the space bar before the next word. So that it never costs a key, straight after it (nothing else typed or
 * moved since):
 * - a full stop, comma, semicolon, colon, question or exclamation mark, or closing bracket takes its place ("noted.");
 * - a space typed out of habit is not doubled;
 * - leaving the paragraph (Enter, the next item, a new point) takes it away, so no paragraph ends in a space.
 * Anything else keeps it as an ordinary space; Backspace deletes it as it deletes any space.
 */
export function registerSpaceAfterInsert(editor: LexicalEditor): () => void {
  let place: Place | null = null;

  const $caretAtPlace = (): boolean => {
    const selection = $getSelection();
    if (!place || !$isRangeSelection(selection) || !selection.isCollapsed()) return false;
    const { anchor } = selection;
    return anchor.type === 'text' && anchor.key === place.key && anchor.offset === place.offset && $spaceAt(place);
  };

  return mergeRegister(
    editor.registerUpdateListener(({ editorState, prevEditorState, tags }) => {
      if (tags.has(SPACE_AFTER_INSERT_TAG)) {
        place = editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return null;
          const block = $textBlockOf(selection.anchor.getNode());
          const found: Place = { key: selection.anchor.key, offset: selection.anchor.offset, blockKey: block?.getKey() ?? '' };
          return block && $spaceAt(found) ? found : null;
        });
        return;
      }
      // Undo and redo put back a state as it was: nothing of theirs is taken away, and the space is forgotten.
      if (tags.has(HISTORIC_TAG)) place = null;
      if (!place || tags.has(HISTORY_MERGE_TAG)) return;
      const left = place;
      const stillThere = editorState.read($caretAtPlace);
      if (stillThere) return;
      place = null;
      // The caret went to another paragraph straight after the space: a space ending the paragraph left is taken away.
      const movedOn = editorState.read(() => {
        const selection = $getSelection();
        const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
        return anchor !== null && $textBlockOf(anchor)?.getKey() !== left.blockKey;
      });
      const wasAtPlace = prevEditorState.read(() => {
        const selection = $getSelection();
        return $isRangeSelection(selection) && selection.anchor.key === left.key && selection.anchor.offset === left.offset;
      });
      if (movedOn && wasAtPlace && editorState.read(() => $endsBlock(left))) {
        editor.update(() => $removeSpace(left), { tag: HISTORY_MERGE_TAG });
      }
    }),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event: KeyboardEvent) => {
        if (!place || event.ctrlKey || event.altKey || event.metaKey || editor.isComposing()) return false;
        if (event.key !== ' ' && !GIVES_WAY_TO.test(event.key)) return false;
        if (!$caretAtPlace()) return false;
        const at = place;
        place = null;
        event.preventDefault();
        const node = $getNodeByKey(at.key);
        if (event.key !== ' ' && $isTextNode(node)) node.spliceText(at.offset - 1, 1, event.key, true);
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
  );
}

/** Whether the character before `place` is still a space. */
function $spaceAt(place: Place): boolean {
  const node = $getNodeByKey(place.key);
  return $isTextNode(node) && place.offset > 0 && node.getTextContent().charAt(place.offset - 1) === ' ';
}

/** Whether the space at `place` is the last thing in its paragraph. */
function $endsBlock(place: Place): boolean {
  const node = $getNodeByKey(place.key);
  if (!$isTextNode(node) || !node.isAttached() || !$spaceAt(place) || place.offset !== node.getTextContentSize()) return false;
  for (let next = node.getNextSibling(); next; next = next.getNextSibling()) {
    if (!($isTextNode(next) && next.getTextContentSize() === 0) && next.getType() !== 'list') return false;
  }
  return true;
}

/** Deletes the space before `place` (inside an update; the caret is in another paragraph by then). */
function $removeSpace(place: Place): void {
  const node = $getNodeByKey(place.key);
  if (!$isTextNode(node) || !$spaceAt(place)) return;
  if (node.getTextContentSize() === 1) node.remove();
  else node.spliceText(place.offset - 1, 1, '');
}
