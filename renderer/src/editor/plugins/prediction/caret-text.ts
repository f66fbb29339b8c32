import { $isListNode } from '@lexical/list';
import { personMark } from '@shared/prediction/tokens';
import {
  $getRoot,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { $isMentionNode } from '../../nodes/MentionNode';
import { $isTemplateFieldNode } from '../../nodes/TemplateFieldNode';

/**
 * What prediction reads of the minutes: a paragraph's own words (a paragraph, list item, resolution or heading),
 * with mentions as personMark(id) and unfilled template blanks as a break, and where the caret stands in one.
 * Read inside a read or update of the editor, never on the keystroke itself.
 */

/** How much of the paragraph before the caret is sent to be predicted from: the last few words are all it uses. */
const BEFORE_CHARACTERS = 200;

/** The paragraph-like block holding a node: its nearest ancestor that holds inline content of its own. */
export function $textBlockOf(node: LexicalNode): ElementNode | null {
  let current: LexicalNode | null = node;
  while (current && !($isElementNode(current) && !current.isInline())) current = current.getParent();
  if (!current || $isRootOrShadowRoot(current) || $isListNode(current)) return null;
  return current;
}

/** Whether a node is a paragraph-like block (a list item holding only a nested list has no words of its own, but counts). */
function isTextBlock(node: LexicalNode): node is ElementNode {
  return $isElementNode(node) && !node.isInline() && !$isRootOrShadowRoot(node) && !$isListNode(node);
}

/** A block's own text for prediction, up to `stop` (a child) when given: nested lists are other blocks. */
function $inlineText(block: ElementNode, stop?: LexicalNode): string {
  let text = '';
  for (const child of block.getChildren()) {
    if (stop && child.is(stop)) break;
    if ($isMentionNode(child)) text += personMark(child.getPersonId());
    else if ($isTemplateFieldNode(child) && !child.isFilled()) text += '\n';
    else if ($isTextNode(child)) text += child.getTextContent();
    else if ($isLineBreakNode(child)) text += ' ';
    else if ($isDecoratorNode(child)) text += '\n';
  }
  return text;
}

/** A block's own words, whole (for learning). */
export function $blockText(block: ElementNode): string {
  return $inlineText(block);
}

/** Every paragraph-like block of the minutes, in order (for learning the whole meeting when it opens). */
export function $allTextBlocks(): ElementNode[] {
  const blocks: ElementNode[] = [];
  const visit = (node: LexicalNode) => {
    if (isTextBlock(node)) blocks.push(node);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return blocks;
}

/** Where the caret is, for prediction: at the end of a block's own text, with what comes before it. */
export interface CaretText {
  blockKey: NodeKey;
  /** The text node the caret is in (null at an element point, after a mention or in an empty block). */
  anchorKey: NodeKey | null;
  anchorOffset: number;
  /** The node just before the caret (for whether a mention there would be a first), or the block when it is empty. */
  last: LexicalNode;
  /** The end of the block's text before the caret (mentions as personMark). */
  before: string;
  /** Whether `before` starts at the block's start. */
  fromParagraphStart: boolean;
}

/**
 * The caret, when prediction may offer something there: a collapsed caret at the very end of a block's own text
 * (a suggestion never covers words after the caret), not in a template blank. Null otherwise.
 */
export function $caretText(): CaretText | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const anchor = selection.anchor;
  const node = anchor.getNode();
  const block = $textBlockOf(node);
  if (!block) return null;
  let last: LexicalNode;
  let stopBefore: LexicalNode | undefined;
  let tail = '';
  if ($isTextNode(node)) {
    if ($isTemplateFieldNode(node) && !node.isFilled()) return null;
    if (anchor.offset !== node.getTextContentSize()) return null;
    if (node.getParent() !== block) return null;
    if (!isLastInline(node)) return null;
    last = node;
    stopBefore = node;
    tail = node.getTextContent();
  } else if ($isElementNode(node) && node.is(block)) {
    const children = block.getChildren();
    if (children.slice(anchor.offset).some((child) => !$isListNode(child))) return null;
    const previous = children[anchor.offset - 1];
    last = previous ?? block;
    stopBefore = children[anchor.offset];
  } else {
    return null;
  }
  const whole = `${$inlineText(block, stopBefore)}${tail}`;
  return {
    blockKey: block.getKey(),
    anchorKey: $isTextNode(node) ? node.getKey() : null,
    anchorOffset: anchor.offset,
    last,
    before: whole.slice(-BEFORE_CHARACTERS),
    fromParagraphStart: whole.length <= BEFORE_CHARACTERS,
  };
}

/** Whether only nested lists (other blocks) follow a node among its block's children. */
function isLastInline(node: LexicalNode): boolean {
  for (let next = node.getNextSibling(); next; next = next.getNextSibling()) {
    if (!$isListNode(next) && !($isTextNode(next) && next.getTextContentSize() === 0)) return false;
  }
  return true;
}
