import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  type ElementNode,
} from 'lexical';
import { useEffect } from 'react';

/**
 * Ctrl+Home and Ctrl+End (with Shift, to select) move to the first or last place the officer can type, done in
 * Lexical's model rather than left to the browser:
 * - minutes out of view are not laid out (content-visibility: auto in app.css, so typing stays fast in a long
 *   meeting), and Chromium cannot put its caret into content it has not laid out: left to itself, Ctrl+End in a
 *   long meeting moved the caret out of the editor, and what was typed next went nowhere;
 * - left to itself, Ctrl+Home put the caret before the first minute's heading, where typing made a stray
 *   paragraph above it; the start of the minutes is the start of the first minute's first paragraph.
 */
export function DocumentEdgesPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          const edge = event.key === 'Home' ? 'start' : event.key === 'End' ? 'end' : null;
          if (!edge || !(event.ctrlKey || event.metaKey) || event.altKey) return false;
          const block = $moveToEdge(edge, event.shiftKey);
          if (!block) return false;
          event.preventDefault();
          const element = editor.getElementByKey(block.getKey());
          layOutUntilRelevant(element?.closest<HTMLElement>('.mb-minute-item'));
          // Lexical scrolls a caret into view itself, but not a selection: bring its moving end into view.
          if (event.shiftKey) element?.scrollIntoView({ block: 'nearest' });
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}

/**
 * Lays out a minute the caret has just been moved into, at once rather than at the next frame. A minute out of
 * view is skipped (content-visibility: auto) until a frame sees the caret inside it, and a key typed before that
 * frame went astray: Chromium could not use a caret in skipped content, moved it into the next minute that was
 * laid out, and the words made a stray paragraph there (seen in long-minutes.spec.ts: Ctrl+Home and typing at
 * once, 8 times in 8, never with a pause between). Two frames later the caret itself keeps the minute laid out.
 */
function layOutUntilRelevant(minute: HTMLElement | null | undefined): void {
  if (!minute) return;
  minute.style.contentVisibility = 'visible';
  requestAnimationFrame(() => requestAnimationFrame(() => minute.style.removeProperty('content-visibility')));
}

/** A block that holds text directly: a paragraph, heading or list item, not a minute, list or list of sub-points. */
function isTextBlock(node: ElementNode): boolean {
  return !node.isInline() && !node.getChildren().some((child) => $isElementNode(child) && !child.isInline());
}

/** The first (or last) block in the minutes that holds text, depth first. */
function $edgeTextBlock(parent: ElementNode, edge: 'start' | 'end'): ElementNode | null {
  const children = parent.getChildren();
  if (edge === 'end') children.reverse();
  for (const child of children) {
    if (!$isElementNode(child) || child.isInline()) continue;
    if (isTextBlock(child)) return child;
    const inner = $edgeTextBlock(child, edge);
    if (inner) return inner;
  }
  return null;
}

/**
 * Moves the caret (or, extending, the selection's focus) to the start or end of the minutes; returns the block it
 * moved to, or null when there is nothing to move to. Runs inside the key's command, which is already an update.
 */
function $moveToEdge(edge: 'start' | 'end', extend: boolean): ElementNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const block = $edgeTextBlock($getRoot(), edge);
  if (!block) return null;
  const child = edge === 'start' ? block.getFirstChild() : block.getLastChild();
  const point = $isTextNode(child)
    ? { key: child.getKey(), offset: edge === 'start' ? 0 : child.getTextContentSize(), type: 'text' as const }
    : { key: block.getKey(), offset: edge === 'start' ? 0 : block.getChildrenSize(), type: 'element' as const };
  selection.focus.set(point.key, point.offset, point.type);
  if (!extend) selection.anchor.set(point.key, point.offset, point.type);
  return block;
}
