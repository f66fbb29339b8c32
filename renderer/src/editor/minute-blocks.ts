import { $createListItemNode, $createListNode, $isListItemNode, $isListNode, type ListItemNode, type ListNode } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { $isMinuteItemNode, type MinuteItemNode } from './nodes/MinuteItemNode';
import { $createResolutionNode, $isResolutionNode } from './nodes/ResolutionNode';

/** The minute the caret is in, or null outside any minute. */
export function $currentMinute(): MinuteItemNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return $findMatchingParent(selection.anchor.getNode(), $isMinuteItemNode) as MinuteItemNode | null;
}

/** The agenda item of the minute holding the node, or null outside any minute. */
export function $minuteItemIdOf(node: LexicalNode): string | null {
  const minute = $findMatchingParent(node, $isMinuteItemNode) as MinuteItemNode | null;
  return minute?.getItemId() ?? null;
}

/** The block (a child of a minute, or of the root) that holds the node. */
export function $blockOf(node: LexicalNode): ElementNode | null {
  let current: LexicalNode | null = node;
  while (current) {
    const parent: ElementNode | null = current.getParent();
    if (parent === null || $isMinuteItemNode(parent) || $isRootNode(parent)) return current as ElementNode;
    current = parent;
  }
  return null;
}

/** The outermost list item (a numbered paragraph, not a sub-point) holding the node. */
function $outerListItem(node: LexicalNode): ListItemNode | null {
  let item = $findMatchingParent(node, $isListItemNode) as ListItemNode | null;
  while (item) {
    const list = item.getParent();
    const above = list?.getParent();
    if (!$isListItemNode(above)) return item;
    item = above;
  }
  return null;
}

/** Puts a list right after `block`, joining it to a numbered list just before or after, so numbering runs on. */
function $placeNumberedList(block: ElementNode, list: ListNode): void {
  if ($isParagraphNode(block) && block.getTextContent().trim() === '' && block.getType() === 'paragraph') block.replace(list);
  else block.insertAfter(list);
  const before = list.getPreviousSibling();
  if ($isListNode(before) && before.getListType() === 'number') {
    before.append(...list.getChildren());
    list.remove();
    list = before;
  }
  const after = list.getNextSibling();
  if ($isListNode(after) && after.getListType() === 'number') {
    list.append(...after.getChildren());
    after.remove();
  }
}

/**
 * A new numbered paragraph after the one the caret is in (or after the current
 * block), numbered on from the minute's others, with the caret in it.
 */
export function $insertNumberedParagraph(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const anchor = selection.anchor.getNode();
  const outer = $outerListItem(anchor);
  const item = $createListItemNode();
  if (outer && $isListNode(outer.getParent()) && (outer.getParent() as ListNode).getListType() === 'number') {
    outer.insertAfter(item);
  } else {
    const block = $blockOf(anchor);
    if (!block) return;
    const list = $createListNode('number');
    list.append(item);
    $placeNumberedList(block, list);
  }
  item.select();
}

/** A new sub-point ((a), (b) …) under the current numbered paragraph, with the caret in it. */
export function $insertSubPoint(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const current = $findMatchingParent(selection.anchor.getNode(), $isListItemNode) as ListItemNode | null;
  if (current && current.getIndent() > 0) {
    const sibling = $createListItemNode();
    current.insertAfter(sibling);
    sibling.select();
    return;
  }
  $insertNumberedParagraph();
  const fresh = $getSelection();
  if (!$isRangeSelection(fresh)) return;
  const item = $findMatchingParent(fresh.anchor.getNode(), $isListItemNode) as ListItemNode | null;
  item?.setIndent(1);
  item?.select();
}

/**
 * Puts a resolution (or any paragraph that ends a run of numbered ones) where
 * the caret is: in place of an empty paragraph, or after the current block.
 * An empty numbered paragraph the officer had just started ("9." after Enter)
 * is dropped rather than left behind.
 */
export function $placeAfterCurrentBlock(paragraph: ElementNode): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  let anchor: LexicalNode = selection.anchor.getNode();
  const emptyItem = $findMatchingParent(anchor, $isListItemNode) as ListItemNode | null;
  if (emptyItem && emptyItem.getTextContent().trim() === '' && emptyItem.getChildren().every((c) => !$isListNode(c))) {
    const list = emptyItem.getParent();
    const neighbour = emptyItem.getPreviousSibling() ?? emptyItem.getNextSibling();
    emptyItem.remove();
    anchor = neighbour ?? list ?? anchor;
    if ($isListNode(list) && list.getChildrenSize() === 0) {
      const holder = list.getParent();
      list.replace($createParagraphNode());
      if ($isListItemNode(holder) && holder.getChildrenSize() === 0) holder.remove();
      anchor = list;
    }
  }
  const block = anchor.isAttached() ? $blockOf(anchor) : null;
  if (!block) {
    $getRoot().append(paragraph);
  } else if (block.getType() === 'paragraph' && block.getTextContent().trim() === '') {
    block.replace(paragraph);
  } else {
    block.insertAfter(paragraph);
  }
  paragraph.selectEnd();
}

/** The words after RESOLVED in a resolution just begun, and what pressing Ctrl+Alt+R again there makes of them. */
const FRESH_RESOLUTION_TURNS: Readonly<Record<string, string>> = { ' that ': ' to ', ' to ': ' that ' };

/**
 * "RESOLVED that " (the word in bold) as a paragraph of its own after the current block, the caret after "that ".
 * Pressed again on a resolution just begun (nothing typed after "that "), it turns it into "RESOLVED to " (to note,
 * to agree …), and a third time back.
 */
export function $insertResolution(): void {
  if ($turnFreshResolution()) return;
  $placeAfterCurrentBlock($createFreshResolution());
}

/** "RESOLVED that " with the word in bold: a resolution just begun, for the officer to finish. */
export function $createFreshResolution(): ElementNode {
  return $createResolutionNode().append($createTextNode('RESOLVED').toggleFormat('bold'), $createTextNode(' that '));
}

/** "RESOLVED that " ⇄ "RESOLVED to " when the caret ends a resolution with nothing typed after those words. */
function $turnFreshResolution(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const caret = selection.anchor.getNode();
  const resolution = $isResolutionNode(caret) ? caret : $findMatchingParent(caret, $isResolutionNode);
  if (!resolution) return false;
  const [word, rest, ...more] = resolution.getChildren();
  if (more.length > 0 || !$isTextNode(word) || word.getTextContent() !== 'RESOLVED' || !$isTextNode(rest)) return false;
  const turned = FRESH_RESOLUTION_TURNS[rest.getTextContent()];
  if (turned === undefined) return false;
  const atEnd = selection.anchor.type === 'text' ? caret.is(rest) && selection.anchor.offset === rest.getTextContentSize() : selection.anchor.offset === 2;
  if (!atEnd) return false;
  rest.setTextContent(turned).select(turned.length, turned.length);
  return true;
}

/** Moves the caret to the end of the next or previous minute. Returns the minute reached, or null. */
export function $goToMinute(direction: 'next' | 'previous'): MinuteItemNode | null {
  const minutes = $getRoot().getChildren().filter($isMinuteItemNode);
  if (minutes.length === 0) return null;
  const current = $currentMinute();
  const index = current ? minutes.indexOf(current) : -1;
  const targetIndex = current === null ? (direction === 'next' ? 0 : minutes.length - 1) : index + (direction === 'next' ? 1 : -1);
  const target = minutes[targetIndex];
  if (!target) return null;
  const last = target.getLastChild();
  if (last && 'selectEnd' in last && typeof last.selectEnd === 'function') {
    (last as ElementNode).selectEnd();
  } else {
    const paragraph = $createParagraphNode();
    target.append(paragraph);
    paragraph.select();
  }
  return target;
}
