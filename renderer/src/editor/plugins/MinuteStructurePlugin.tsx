import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { useMinutesContext } from '../minutes-context';
import { $createMinuteHeadingNode, $isMinuteHeadingNode, MinuteHeadingNode } from '../nodes/MinuteHeadingNode';
import { $createMinuteItemNode, $isMinuteItemNode, MinuteItemNode } from '../nodes/MinuteItemNode';

/** True when a minute holds nothing but its heading and empty paragraphs: safe to drop. */
function $isEmptyMinute(item: MinuteItemNode): boolean {
  return item.getChildren().every((child) => $isMinuteHeadingNode(child) || child.getTextContent().trim() === '');
}

/**
 * Keeps the minutes in shape with node transforms (not update listeners, which
 * would cost a second update per keystroke):
 * - a minute always starts with its own heading, and has one;
 * - a minute always has somewhere to type after its heading;
 * - minutes sit at the top level (a minute pasted inside another is unwrapped);
 * - a heading outside its minute is dropped (it is derived, nothing is lost).
 * And it lays out one minute per agenda item, in agenda order, whenever the agenda changes.
 */
export function MinuteStructurePlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { meeting } = useMinutesContext();
  const agendaIds = meeting.agenda.map((item) => item.id).join('\n');

  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(MinuteItemNode, (item) => {
          const parent = item.getParent();
          if (parent && parent !== $getRoot()) {
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
          if (!$isMinuteItemNode(parent) || parent.getFirstChild() !== heading || parent.getItemId() !== heading.getItemId()) {
            heading.remove();
          }
        }),
      ),
    [editor],
  );

  useEffect(() => {
    const wanted = agendaIds ? agendaIds.split('\n') : [];
    editor.update(
      () => {
        const root = $getRoot();
        const existing = new Map<string, MinuteItemNode>();
        for (const child of root.getChildren()) if ($isMinuteItemNode(child)) existing.set(child.getItemId(), child);

        // Minutes of items taken off the agenda: dropped if empty, kept (headed as removed) if anything was typed.
        for (const [itemId, item] of existing) {
          if (!wanted.includes(itemId) && $isEmptyMinute(item)) {
            item.remove();
            existing.delete(itemId);
          }
        }

        let previous: LexicalNode | null = null;
        for (const itemId of wanted) {
          const item = existing.get(itemId) ?? $createMinuteItemNode(itemId);
          if (previous === null) {
            // The first minute goes after any text typed before the agenda existed.
            const firstMinute = root.getChildren().find($isMinuteItemNode);
            if (!item.isAttached()) {
              if (firstMinute) firstMinute.insertBefore(item);
              else root.append(item);
            } else if (firstMinute && firstMinute !== item) {
              firstMinute.insertBefore(item);
            }
          } else if (previous.getNextSibling() !== item) {
            previous.insertAfter(item);
          }
          previous = item;
        }
        // A document must never be left without a place for the caret.
        const last = root.getLastChild();
        if (!last) root.append($createParagraphNode());
        else if (!$isElementNode(last)) root.append($createParagraphNode());
      },
      // Laying out the agenda is not something the officer should undo.
      { tag: 'history-merge' },
    );
  }, [editor, agendaIds]);

  return null;
}
