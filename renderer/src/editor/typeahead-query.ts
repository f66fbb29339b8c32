import type { TriggerFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $isTextNode, type LexicalEditor, type TextNode } from 'lexical';

/**
 * The text node holding exactly what was typed from the trigger ("@pe", "/res") up to the caret, mended from the
 * one Lexical's typeahead split off.
 *
 * Lexical splits that node using the match it last showed in the menu, and the menu follows the typing in a React
 * transition: on a busy machine it can be a key or two behind when Enter is pressed. A match shorter than what was
 * typed left part of it ("@p") in front of the chosen person; one longer (after a Backspace) took the space before
 * the "@" with it. Here the trigger is run again on the text as it is now, and the split moved to where it belongs.
 * Returns the node unchanged when it is already right, or when the text no longer matches at all.
 */
export function $mendQueryNode(node: TextNode, trigger: TriggerFn, editor: LexicalEditor): TextNode {
  const previous = node.getPreviousSibling();
  const before = $isTextNode(previous) && previous.isSimpleText() ? previous.getTextContent() : '';
  const text = node.getTextContent();
  const match = trigger(before + text, editor);
  if (!match) return node;
  const query = match.replaceableString;
  if (query.length === text.length) return node;
  if (query.length < text.length) {
    // Too much split off: give back what came before the trigger.
    if (!text.endsWith(query)) return node;
    const [, queryNode] = node.splitText(text.length - query.length);
    return queryNode ?? node;
  }
  // Too little: the start of the query was left in the text before it.
  const missing = query.length - text.length;
  if (!$isTextNode(previous) || !before.endsWith(query.slice(0, missing))) return node;
  if (missing === before.length) previous.remove();
  else previous.splitText(before.length - missing)[1]?.remove();
  return node.setTextContent(query);
}
