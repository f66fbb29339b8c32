import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getRoot, $isElementNode, $isRootNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { $createMinuteHeadingNode, $isMinuteHeadingNode, MinuteHeadingNode } from './nodes/MinuteHeadingNode';
import { $createMinuteItemNode, $isMinuteItemNode, MinuteItemNode } from './nodes/MinuteItemNode';

/** True when a minute holds nothing but its heading and empty paragraphs: safe to drop. */
function $isEmptyMinute(item: MinuteItemNode): boolean {
  return item.getChildren().every((child) => $isMinuteHeadingNode(child) || child.getTextContent().trim() === '');
}

/**
 * Keeps the minutes in shape with node transforms (not update listeners, which
 * would cost a second update per keystroke):
 * - a minute always starts with its own heading, and has only that one;
 * - a minute always has somewhere to type after its heading;
 * - minutes sit at the top level (a minute pasted inside another is unwrapped);
 * - a heading outside its minute is dropped (it is derived, nothing is lost).
 */
export function registerMinuteShape(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(MinuteItemNode, (item) => {
      const parent = item.getParent();
      if (parent && !$isRootNode(parent)) {
        for (const child of item.getChildren()) if (!$isMinuteHeadingNode(child)) item.insertBefore(child);
        item.remove();
        return;
      }
      const itemId = item.getItemId();
      const first = item.getFirstChild();
      if (!$isMinuteHeadingNode(first) || first.getItemId() !== itemId) {
        const heading = $createMinuteHeadingNode(itemId);
        if (first) first.insertBefore(heading);
        else item.append(heading);
      }
      item.getChildren().forEach((child, index) => {
        if (index > 0 && $isMinuteHeadingNode(child)) child.remove();
      });
      if (item.getChildrenSize() === 1) item.append($createParagraphNode());
    }),
    editor.registerNodeTransform(MinuteHeadingNode, (heading) => {
      const parent = heading.getParent();
      if (!$isMinuteItemNode(parent) || !heading.is(parent.getFirstChild()) || parent.getItemId() !== heading.getItemId()) {
        heading.remove();
      }
    }),
  );
}

/**
 * Lays out one minute per agenda item, in agenda order (call inside an update).
 * Minutes of items taken off the agenda are dropped if empty and kept if
 * anything was typed in them; text typed before the agenda existed stays first.
 */
export function $layOutAgenda(agendaItemIds: readonly string[]): void {
  const root = $getRoot();
  const existing = new Map<string, MinuteItemNode>();
  for (const child of root.getChildren()) if ($isMinuteItemNode(child)) existing.set(child.getItemId(), child);

  for (const [itemId, item] of existing) {
    if (!agendaItemIds.includes(itemId) && $isEmptyMinute(item)) {
      item.remove();
      existing.delete(itemId);
    }
  }

  let previous: LexicalNode | null = null;
  for (const itemId of agendaItemIds) {
    const item = existing.get(itemId) ?? $createMinuteItemNode(itemId);
    // Compare by key (.is), never by object: Lexical clones a node when it becomes writable.
    if (previous === null) {
      const firstMinute = root.getChildren().find($isMinuteItemNode);
      if (!firstMinute) root.append(item);
      else if (!firstMinute.is(item)) firstMinute.insertBefore(item);
    } else if (!item.is(previous.getNextSibling())) {
      previous.insertAfter(item);
    }
    previous = item;
  }
  // A document must never be left without a place for the caret.
  const last = root.getLastChild();
  if (!last || !$isElementNode(last)) root.append($createParagraphNode());
}
