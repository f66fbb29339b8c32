import { correctionFor, type Correction, type TypedText, type TypingRules } from '@shared/autocorrect/typing-rules';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  COLLABORATION_TAG,
  COMMAND_PRIORITY_HIGH,
  HISTORIC_TAG,
  HISTORY_PUSH_TAG,
  KEY_BACKSPACE_COMMAND,
  PASTE_TAG,
  UNDO_COMMAND,
  type EditorState,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type TextNode,
} from 'lexical';

/** Marks AutoCorrect's own updates, so it never corrects its own correction. */
const AUTOCORRECT_TAG = 'autocorrect';
/** How far back a correction reads: the word just ended and the character before it (a longer word is no abbreviation). */
const WINDOW = 64;
/** The characters after which anything can be corrected: a quotation mark, or whitespace ending a word (Enter too). */
const MAY_CORRECT = /['"\s]/u;

/** Where a correction was made (or taken back): the text node, where in it, and what was typed there. */
interface Place {
  key: NodeKey;
  from: number;
  typed: string;
}

/** A character just typed at a collapsed caret in plain text: what the rules are asked about. */
interface JustTyped {
  key: NodeKey;
  /** Where in the node `typed.text` starts (after its lead, if any). */
  offset: number;
  /** Where the caret is in the node, just after the character typed; null when Enter took it to the next paragraph. */
  caret: number | null;
  typed: TypedText;
}

/**
 * AutoCorrect in the minutes editor, as Word does it while the officer types: after a quotation mark, or a space
 * or Enter that ends a word, the house style's rules (shared/autocorrect) may replace the mark or the word. The correction
 * is an update of its own, after the one that typed the character, pushed as its own step of undo, so:
 * - Ctrl+Z straight after takes back just the correction, leaving what was typed ("kcc ", a straight quote);
 * - Backspace straight after does the same (Word's way), instead of deleting the space;
 * - a correction taken back is not made again at that place (typing the space again there keeps "kcc").
 * Only plain text is corrected: never a person's mention, a vote, a template blank, a heading, a paste, an undo, or
 * while an input method is composing. On a keystroke it reads the character before the caret and stops there
 * unless it is a quotation mark or whitespace; the rules then look only at the word just ended.
 */
export function registerAutoCorrect(editor: LexicalEditor, rules: () => TypingRules): () => void {
  /** The correction asked for, until its update is committed. */
  let pending: Place | null = null;
  /** The editor state the last correction produced, and where it was made. */
  let corrected: { state: EditorState; place: Place } | null = null;
  /** The last correction taken back: not made again at the same place. */
  let declined: Place | null = null;

  const takeBack = (): void => {
    if (corrected && editor.getEditorState() === corrected.state) declined = corrected.place;
    corrected = null;
  };

  return mergeRegister(
    editor.registerUpdateListener(({ editorState, prevEditorState, tags, dirtyLeaves, dirtyElements }) => {
      if (tags.has(AUTOCORRECT_TAG)) {
        // Nothing dirty: the text had changed before the correction could be made, and it was not.
        corrected = pending && dirtyLeaves.size > 0 ? { state: editorState, place: pending } : null;
        pending = null;
        return;
      }
      if (tags.has(HISTORIC_TAG) || tags.has(PASTE_TAG) || tags.has(COLLABORATION_TAG)) return;
      if ((dirtyLeaves.size === 0 && dirtyElements.size === 0) || editor.isComposing() || !editor.isEditable()) return;
      const typed = editorState.read(() => $justTyped(prevEditorState));
      if (!typed) return;
      const correction = correctionFor(typed.typed, rules());
      if (!correction) return;
      const place: Place = { key: typed.key, from: typed.offset + correction.from - typed.typed.lead, typed: correction.typed };
      if (declined && declined.key === place.key && declined.from === place.from && declined.typed === place.typed) return;
      declined = null;
      pending = place;
      editor.update(() => $applyCorrection(typed, correction), { tag: [AUTOCORRECT_TAG, HISTORY_PUSH_TAG] });
    }),
    // Ctrl+Z: history takes the correction back; it is remembered as declined first.
    editor.registerCommand(
      UNDO_COMMAND,
      () => {
        takeBack();
        return false;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      KEY_BACKSPACE_COMMAND,
      (event: KeyboardEvent) => {
        if (!corrected || editor.getEditorState() !== corrected.state) return false;
        event.preventDefault();
        editor.dispatchCommand(UNDO_COMMAND, undefined);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}

/** Only words of the minutes' text: not inside template blanks (their own node type) or headings. */
function isPlainText(node: TextNode): boolean {
  if (node.getType() !== 'text' || node.isToken() || node.isSegmented()) return false;
  const parent = node.getParent();
  return parent !== null && parent.getType() !== 'heading';
}

/**
 * What the last update ended, if it could start a correction: one character typed at a collapsed caret in plain
 * text (a quotation mark or whitespace), or a paragraph ended by Enter straight after a word. Null otherwise.
 */
function $justTyped(prevEditorState: EditorState): JustTyped | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const caret = selection.anchor.offset;
  if (caret === 0) return $paragraphEnded(prevEditorState, selection.anchor.getNode());
  const node = selection.anchor.getNode();
  if (selection.anchor.type !== 'text' || !$isTextNode(node)) return null;
  const content = node.getTextContent();
  if (!MAY_CORRECT.test(content.charAt(caret - 1))) return null;
  if (!isPlainText(node)) return null;
  if (!wasOneCharacterTyped(prevEditorState, node.getKey(), content, caret)) return null;
  return $typedText(node, caret, '');
}

/**
 * Enter at the end of a paragraph's last word: the word is ended as a space would end it ("… sent to kcc." then
 * Enter writes it out), in the paragraph left behind. The caret, now at the start of the next paragraph, stays.
 */
function $paragraphEnded(prevEditorState: EditorState, caretNode: LexicalNode): JustTyped | null {
  const was = prevEditorState.read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return null;
    const node = selection.anchor.getNode();
    const text = node.getTextContent();
    return selection.anchor.offset === text.length && node.getNextSibling() === null ? { key: node.getKey(), text } : null;
  });
  if (!was) return null;
  const caretBlock = $isElementNode(caretNode) && !caretNode.isInline() ? caretNode : caretNode.getParent();
  if (!caretBlock || (caretBlock !== caretNode && caretNode.getPreviousSibling() !== null)) return null;
  // A new block: Enter made it (an arrow key moving to the next paragraph's start makes none).
  const blockKey = caretBlock.getKey();
  if (prevEditorState.read(() => $getNodeByKey(blockKey)) !== null) return null;
  const node = $getNodeByKey(was.key);
  if (!$isTextNode(node) || !isPlainText(node) || node.getTextContent() !== was.text || was.text === '') return null;
  // The caret must be at the start of the block right after the one the word ends.
  if (!node.getParent()?.getNextSibling()?.is(caretBlock)) return null;
  return $typedText(node, null, ' ');
}

/**
 * The end of a text node's words up to `caret` (null: to its end, followed by `ending`, a space standing for the
 * Enter that ended the paragraph), with the one character before the node that matters to the rules.
 */
function $typedText(node: TextNode, caret: number | null, ending: string): JustTyped {
  const content = node.getTextContent();
  const end = caret ?? content.length;
  const from = Math.max(0, end - WINDOW);
  let lead = '';
  let startsParagraph = false;
  if (from > 0) {
    lead = 'x'; // The window starts mid-word or later: a word running back past it is too long to be corrected.
  } else {
    const previous = node.getPreviousSibling();
    if (previous === null) startsParagraph = true;
    else if ($isLineBreakNode(previous)) lead = ' ';
    else if ($isTextNode(previous)) lead = previous.getTextContent().slice(-1);
    else if ($isDecoratorNode(previous)) lead = 'x'; // A person's name: "@Mr Smith" then ' is Mr Smith’s.
  }
  return { key: node.getKey(), offset: from, caret, typed: { text: lead + content.slice(from, end) + ending, lead: lead.length, startsParagraph } };
}

/** Whether the node was, before this update, itself less the one character before the caret, with the caret there. */
function wasOneCharacterTyped(prevEditorState: EditorState, key: NodeKey, content: string, caret: number): boolean {
  return prevEditorState.read(() => {
    const before = $getNodeByKey(key);
    const selection = $getSelection();
    // A character typed after a mention or at a block's start may make a new text node of its own.
    if (!before) return content.length === 1;
    if (!$isTextNode(before) || !$isRangeSelection(selection) || !selection.isCollapsed()) return false;
    if (selection.anchor.key !== key || selection.anchor.offset !== caret - 1) return false;
    const was = before.getTextContent();
    return was.length === content.length - 1 && was === content.slice(0, caret - 1) + content.slice(caret);
  });
}

/** Makes the correction, when the text is still as it was read; the caret stays after the character typed. */
function $applyCorrection(typed: JustTyped, correction: Correction): void {
  const node = $getNodeByKey(typed.key);
  if (!$isTextNode(node)) return;
  const content = node.getTextContent();
  const from = typed.offset + correction.from - typed.typed.lead;
  const to = typed.offset + correction.to - typed.typed.lead;
  if (from < 0 || to > content.length || content.slice(from, to) !== correction.typed) return;
  node.setTextContent(content.slice(0, from) + correction.replacement + content.slice(to));
  if (typed.caret === null) return;
  const after = typed.caret + correction.replacement.length - (to - from);
  node.select(after, after);
}
