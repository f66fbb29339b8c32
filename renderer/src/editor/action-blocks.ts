import { $isListNode } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import { sentenceAt, type ActionMarking, type SentenceRange } from '@shared/domain/actions';
import { $createRangeSelection, $getNodeByKey, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, $setSelection, type ElementNode, type LexicalEditor, type LexicalNode, type NodeKey, type PointType } from 'lexical';
import type { OfferedSentence } from './commands';
import { $createActionNode, $isActionNode, ActionNode } from './nodes/ActionNode';
import { $isMentionNode, type MentionNode } from './nodes/MentionNode';

/**
 * Marking a sentence as an action in the live minutes, and taking the marking off: edits like any other, so
 * Ctrl+Z undoes them. Offsets count a paragraph's text as printed (a mention as the words it shows), as the
 * house-style check's places do, so an offered sentence is found where the check saw it.
 */

/** The tag of an update that marked an action (the check's panel runs again after one). */
export const ACTION_MARKED_TAG = 'action-marked';

/** The words a mention shows on screen (MentionWording writes them; its own text is only the short label). */
export type MentionWords = (mention: MentionNode) => string;

/** The words a mention shows on screen, as the check and the export count them. */
export function mentionWordsOf(editor: LexicalEditor): MentionWords {
  return (mention) => editor.getElementByKey(mention.getKey())?.textContent ?? mention.getTextContent();
}

/** One inline child of a paragraph (or of an action in it) with its printed text and where that text starts. */
interface Piece {
  node: LexicalNode;
  start: number;
  end: number;
  text: string;
}

/** The paragraph (or list item) holding a node: the nearest block element. */
export function $paragraphOf(node: LexicalNode): ElementNode | null {
  return $findMatchingParent(node, (candidate) => $isElementNode(candidate) && !candidate.isInline() && !$isListNode(candidate)) as ElementNode | null;
}

/** The printed pieces of a paragraph, in order: its inline children, an action's children counted in place. */
function $piecesOf(block: ElementNode, mentionWords: MentionWords): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  const visit = (node: LexicalNode) => {
    if ($isListNode(node)) return; // a nested list prints as paragraphs of its own
    if ($isActionNode(node)) {
      node.getChildren().forEach(visit);
      return;
    }
    const text = $isMentionNode(node) ? mentionWords(node) : node.getTextContent();
    pieces.push({ node, start: offset, end: (offset += text.length), text });
  };
  block.getChildren().forEach(visit);
  return pieces;
}

/** A paragraph's text as printed. */
export function $printedText(block: ElementNode, mentionWords: MentionWords): string {
  return $piecesOf(block, mentionWords)
    .map((piece) => piece.text)
    .join('');
}

/** The printed offset of a selection point inside `block`, or null when the point is elsewhere. */
function $printedOffset(block: ElementNode, point: PointType, mentionWords: MentionWords): number | null {
  const pieces = $piecesOf(block, mentionWords);
  const node = point.getNode();
  if ($isTextNode(node)) {
    const piece = pieces.find((candidate) => candidate.node.is(node));
    return piece ? piece.start + Math.min(point.offset, piece.text.length) : null;
  }
  if ($isElementNode(node)) {
    // An element point: before its child at `offset` (or at its end).
    const child = node.getChildAtIndex(point.offset);
    const piece = child ? pieces.find((candidate) => candidate.node.is(child) || child.isParentOf(candidate.node)) : null;
    if (piece) return piece.start;
    return node.is(block) ? (pieces.at(-1)?.end ?? 0) : null;
  }
  return null;
}

/** What the officer asked to mark (or is standing in): a paragraph and a stretch of its text, and any action there. */
export interface ActionTarget {
  block: ElementNode;
  range: SentenceRange;
  /** The sentence's words as printed. */
  text: string;
  /** The action the caret stands in, when it is already marked. */
  existing: ActionNode | null;
}

/**
 * Where the selection asks to mark: the action the caret is in (to change or un-mark it); the selected words, when
 * some are selected within one paragraph; or else the sentence around the caret. Null when there is no text there.
 */
export function $targetAtSelection(mentionWords: MentionWords): ActionTarget | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchorNode = selection.anchor.getNode();
  const block = $paragraphOf(anchorNode);
  if (!block) return null;
  const existing = $findMatchingParent(anchorNode, $isActionNode) as ActionNode | null;
  const text = $printedText(block, mentionWords);
  if (existing) {
    const range = $actionRange(block, existing, mentionWords);
    return { block, range, text: text.slice(range.start, range.end), existing };
  }
  const anchor = $printedOffset(block, selection.anchor, mentionWords);
  const focus = selection.isCollapsed() ? anchor : $printedOffset(block, selection.focus, mentionWords);
  if (anchor === null || focus === null) return null;
  let range: SentenceRange | null = { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
  if (range.start === range.end) range = sentenceAt(text, range.start);
  else range = trimmed(text, range);
  if (!range || range.end <= range.start) return null;
  return { block, range, text: text.slice(range.start, range.end), existing: null };
}

/** A stretch without the spaces at its ends. */
function trimmed(text: string, range: SentenceRange): SentenceRange {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/** Where an action's words stand in its paragraph's printed text. */
function $actionRange(block: ElementNode, action: ActionNode, mentionWords: MentionWords): SentenceRange {
  const inside = $piecesOf(block, mentionWords).filter((piece) => action.isParentOf(piece.node));
  return { start: inside[0]?.start ?? 0, end: inside.at(-1)?.end ?? 0 };
}

/** The people named in a stretch of a paragraph, in order: the first is an action's owner by default. */
export function $mentionedIn(block: ElementNode, range: SentenceRange, mentionWords: MentionWords): string[] {
  return $piecesOf(block, mentionWords)
    .filter((piece) => piece.start < range.end && piece.end > range.start && $isMentionNode(piece.node))
    .map((piece) => (piece.node as MentionNode).getPersonId());
}

/**
 * Marks the words [start, end) of a paragraph as an action: text nodes are split at the ends, a mention the range
 * touches is taken whole, and the words move into a new action node. An action already in the range is taken off
 * first (one sentence, one action). Returns the node, or null when the range holds nothing.
 */
export function $markAction(block: ElementNode, range: SentenceRange, marking: ActionMarking, mentionWords: MentionWords): ActionNode | null {
  for (const piece of $piecesOf(block, mentionWords)) {
    const parent = piece.node.getParent();
    if ($isActionNode(parent) && parent.isAttached() && piece.start < range.end && piece.end > range.start) $unmarkAction(parent);
  }
  const split = (at: number) => {
    const piece = $piecesOf(block, mentionWords).find((candidate) => candidate.start < at && at < candidate.end);
    if (piece && $isTextNode(piece.node)) piece.node.splitText(at - piece.start);
  };
  split(range.start);
  split(range.end);
  const inside = $piecesOf(block, mentionWords)
    .filter((piece) => piece.start < range.end && piece.end > range.start)
    .map((piece) => piece.node);
  const first = inside[0];
  if (!first) return null;
  const action = $createActionNode(marking);
  first.insertBefore(action);
  action.append(...inside);
  return action;
}

/** Takes a marking off: the words stay where they were, the action node goes. */
export function $unmarkAction(action: ActionNode): void {
  for (const child of action.getChildren()) action.insertBefore(child);
  action.remove();
}

/** The paragraph at a path of child indices from the root (a check's place), or null when it is gone. */
export function $blockAtPath(path: readonly number[]): ElementNode | null {
  let node: LexicalNode | null = $getRoot();
  for (const index of path) node = $isElementNode(node) ? node.getChildAtIndex(index) : null;
  return $isElementNode(node) && !node.isInline() ? node : null;
}

/** The paragraph of a place when its words are still there, as the check saw them. */
export function $placedBlock(place: OfferedSentence, mentionWords: MentionWords): ElementNode | null {
  const block = $blockAtPath(place.nodePath);
  return block && $printedText(block, mentionWords).slice(place.start, place.end) === place.text ? block : null;
}

/** Selects a sentence where the check saw it; its paragraph's key, or null when the words are no longer there. */
export function $selectOffered(place: OfferedSentence, mentionWords: MentionWords): NodeKey | null {
  const block = $placedBlock(place, mentionWords);
  if (!block) return null;
  const pieces = $piecesOf(block, mentionWords);
  const point = (offset: number, end: boolean): { key: NodeKey; offset: number; type: 'text' | 'element' } | null => {
    const piece = pieces.find((candidate) => (end ? candidate.start < offset && offset <= candidate.end : candidate.start <= offset && offset < candidate.end));
    if (!piece) return null;
    if ($isTextNode(piece.node)) return { key: piece.node.getKey(), offset: offset - piece.start, type: 'text' };
    const parent = piece.node.getParent();
    return parent ? { key: parent.getKey(), offset: piece.node.getIndexWithinParent() + (end ? 1 : 0), type: 'element' } : null;
  };
  const start = point(place.start, false);
  const end = point(place.end, true);
  if (!start || !end) {
    block.selectStart();
    return block.getKey();
  }
  const selection = $createRangeSelection();
  selection.anchor.set(start.key, start.offset, start.type);
  selection.focus.set(end.key, end.offset, end.type);
  $setSelection(selection);
  return block.getKey();
}

/**
 * Keeps every action's id its own: an action node copied (pasted, or split in two by Enter) arrives with the id of
 * the one it came from and is given a new one. `holders` says which node holds each id (the caller fills it as
 * nodes appear; this fills it as they change). Runs only when an action node itself is created or changed.
 */
export function registerUniqueActionIds(editor: LexicalEditor, holders: Map<string, NodeKey>, newId: () => string = () => crypto.randomUUID()): () => void {
  return editor.registerNodeTransform(ActionNode, (node) => {
    const { actionId } = node.getMarking();
    const holder = holders.get(actionId);
    const other = holder === undefined || holder === node.getKey() ? null : $getNodeByKey(holder);
    if ($isActionNode(other) && other.isAttached() && other.getMarking().actionId === actionId) {
      node.setMarking({ ...node.getMarking(), actionId: newId() });
    } else {
      holders.set(actionId, node.getKey());
    }
  });
}
