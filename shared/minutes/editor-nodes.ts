import { NodeType, TextFormatBit, type SerializedNode } from './editor-json';
import type { MinutesRun } from './minutes-document';

/**
 * Minute Book's saved editor JSON made without an editor: the nodes exactly as
 * the minutes editor saves them (Lexical 0.52's `exportJSON`, every field
 * written, in Lexical's order), so minutes made outside the app (a Word file
 * read in, the test fixtures) are indistinguishable from minutes typed in it.
 * test/unit/shared/editor-nodes.test.ts builds the same minutes through a
 * headless Lexical editor with the app's own nodes and checks both are equal.
 */

/** A person named in a paragraph: the roster id, and their short name as the editor stores it. */
export interface MentionContent {
  kind: 'mention';
  personId: string;
  /** "Mr Peerbux": what MentionNode keeps for copying as plain text. */
  label: string;
}

/** What a paragraph holds: runs of text ("\n" a line break, "\t" a tab) and the people it names. */
export type InlineContent = MinutesRun | MentionContent;

export function isMention(content: InlineContent): content is MentionContent {
  return 'kind' in content && content.kind === 'mention';
}

const ELEMENT = { direction: null, format: '', indent: 0 } as const;

function formatBits(run: MinutesRun): number {
  return (run.bold ? TextFormatBit.bold : 0) | (run.italic ? TextFormatBit.italic : 0) | (run.underline ? TextFormatBit.underline : 0);
}

function textNode(text: string, format: number): SerializedNode {
  return { detail: 0, format, mode: 'normal', style: '', text, type: NodeType.text, version: 1 };
}

function tabNode(format: number): SerializedNode {
  // Lexical's TabNode is a text node marked unmergeable (detail 2).
  return { detail: 2, mode: 'normal', text: '\t', format, style: '', type: NodeType.tab, version: 1 };
}

function mentionNode(mention: MentionContent): SerializedNode {
  return { type: NodeType.mention, version: 1, personId: mention.personId, label: mention.label };
}

/**
 * Inline nodes for the content, as Lexical normalises them: neighbouring text of one format is one node, empty text
 * is no node, "\n" is a line break and "\t" a tab.
 */
export function inlineNodes(content: readonly InlineContent[]): SerializedNode[] {
  const nodes: SerializedNode[] = [];
  let text = '';
  let format = 0;
  const flush = () => {
    if (text !== '') nodes.push(textNode(text, format));
    text = '';
  };
  for (const piece of content) {
    if (isMention(piece)) {
      flush();
      nodes.push(mentionNode(piece));
      continue;
    }
    const bits = formatBits(piece);
    for (const part of piece.text.split(/(\n|\t)/)) {
      if (part === '') continue;
      if (part === '\n' || part === '\t') {
        flush();
        nodes.push(part === '\n' ? { type: NodeType.lineBreak, version: 1 } : tabNode(bits));
        continue;
      }
      if (bits !== format) flush();
      format = bits;
      text += part;
    }
  }
  flush();
  return nodes;
}

/** A block's text format is its first text node's, as Lexical's reconciler sets it. */
function firstTextFormat(children: readonly SerializedNode[]): number {
  const first = children.find((child) => child.type === NodeType.text || child.type === NodeType.tab);
  return typeof first?.format === 'number' ? first.format : 0;
}

/** An ordinary paragraph. */
export function paragraphNode(content: readonly InlineContent[]): SerializedNode {
  return blockNode(NodeType.paragraph, content);
}

/** A decision ("RESOLVED that …"): the editor's resolution node. */
export function resolutionNode(content: readonly InlineContent[]): SerializedNode {
  return blockNode(NodeType.resolution, content);
}

function blockNode(type: typeof NodeType.paragraph | typeof NodeType.resolution, content: readonly InlineContent[]): SerializedNode {
  const children = inlineNodes(content);
  return { children, ...ELEMENT, textFormat: firstTextFormat(children), textStyle: '', type, version: 1 };
}

/** One item of a list: its content, or (for a deeper level) the nested list it holds. */
export interface ListItemSpec {
  content: readonly InlineContent[];
  /** Lists one level down, after this item: Lexical keeps each in an item of its own. */
  nested?: readonly ListSpec[];
}

export interface ListSpec {
  listType: 'number' | 'bullet';
  /** What the first item is numbered (1 unless the list was begun elsewhere). */
  start?: number;
  items: readonly ListItemSpec[];
}

/**
 * A list with its items numbered as Lexical numbers them: each item's `value` counts on from `start`; an item that
 * only holds a nested list is not counted (it carries the value of the item after it); items are indented by depth.
 */
export function listNode(spec: ListSpec, depth = 0): SerializedNode {
  const start = spec.start ?? 1;
  const children: SerializedNode[] = [];
  let value = start;
  for (const item of spec.items) {
    children.push(listItemNode(inlineNodes(item.content), depth, value++));
    for (const nested of item.nested ?? []) children.push(listItemNode([listNode(nested, depth + 1)], depth, value));
  }
  return {
    children,
    listType: spec.listType,
    start,
    tag: spec.listType === 'number' ? 'ol' : 'ul',
    ...ELEMENT,
    type: NodeType.list,
    version: 1,
  };
}

function listItemNode(children: SerializedNode[], indent: number, value: number): SerializedNode {
  return { children, indent, value, direction: null, format: '', type: NodeType.listItem, version: 1 };
}

/** One minute: its heading (derived from the agenda item) and its blocks; an empty minute keeps a paragraph to type in. */
export function minuteItemNode(itemId: string, blocks: readonly SerializedNode[]): SerializedNode {
  const body = blocks.length > 0 ? [...blocks] : [paragraphNode([])];
  return {
    children: [{ type: NodeType.minuteHeading, version: 1, itemId }, ...body],
    ...ELEMENT,
    type: NodeType.minuteItem,
    version: 1,
    itemId,
  };
}

/** The saved editor state around the root's blocks; an empty document keeps a paragraph for the caret. */
export function editorStateNode(blocks: readonly SerializedNode[]): { root: SerializedNode } {
  const children = blocks.length > 0 ? [...blocks] : [paragraphNode([])];
  return { root: { children, ...ELEMENT, type: NodeType.root, version: 1 } };
}
