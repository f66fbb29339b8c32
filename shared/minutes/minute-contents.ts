import { NodeType } from './editor-json';

type Node = { type?: unknown; itemId?: unknown; text?: unknown; children?: unknown };

/** Whether a node or anything under it holds words (text, a blank, a mention). Nodes nest only a few levels. */
function holdsWords(node: Node): boolean {
  if (node.type === NodeType.mention) return true;
  if (typeof node.text === 'string' && node.text.trim() !== '') return true;
  return Array.isArray(node.children) && (node.children as Node[]).some(holdsWords);
}

/**
 * The agenda items among `itemIds` whose minute in the saved minutes (editor JSON text) holds any words:
 * removing such an item would leave a minute without its agenda item.
 */
export function minutesWithWords(editorStateJson: string, itemIds: ReadonlySet<string>): string[] {
  if (itemIds.size === 0) return [];
  const state = JSON.parse(editorStateJson) as { root?: { children?: Node[] } };
  return (state.root?.children ?? [])
    .filter((node) => node.type === NodeType.minuteItem && typeof node.itemId === 'string' && itemIds.has(node.itemId) && holdsWords(node))
    .map((node) => node.itemId as string);
}

/**
 * Whether saved minutes (editor JSON text, as JSON.stringify writes it) name anyone. Read from the text, not
 * parsed: a quotation mark inside typed text is always escaped, so `"type":"mention"` can only be a node's type.
 */
export function minutesNameAnyone(editorStateJson: string): boolean {
  return editorStateJson.includes(`"type":"${NodeType.mention}"`);
}
