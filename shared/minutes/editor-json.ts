import { z } from 'zod';

/**
 * The part of Lexical's serialized editor state (`editor.getEditorState().toJSON()`,
 * lexical 0.52) that the minutes editor produces today, described with zod.
 *
 * Objects are loose on purpose: Lexical writes fields we do not read (direction,
 * indent, style, mode, detail, textStyle, node state…) and adds more between
 * versions, and none of them may stop an export. Both Lexical forms are read:
 * the legacy form (every field written) and the compact one (defaults left out).
 * Node type names are spelled here and nowhere else.
 */

/** Lexical node type names the minutes walker understands. */
export const NodeType = {
  root: 'root',
  paragraph: 'paragraph',
  heading: 'heading',
  quote: 'quote',
  list: 'list',
  listItem: 'listitem',
  text: 'text',
  lineBreak: 'linebreak',
  tab: 'tab',
  // Minute Book's own nodes (renderer/src/editor/nodes).
  /** One minute: the heading (derived from the agenda) and the officer's text for that item. */
  minuteItem: 'minute-item',
  /** The heading of a minute ("94. Title / (Item B1)"): holds only the agenda item's id, its text is derived. */
  minuteHeading: 'minute-heading',
  /** A decision: "RESOLVED that …", the word in bold capitals. */
  resolution: 'resolution',
  /** A person named in the minutes: holds the roster id; the words depend on first or later use in the minute. */
  mention: 'mention',
  /** A blank in an inserted template, waiting for the officer to fill it. */
  templateField: 'template-field',
  /** A vote: a show of hands or a recorded vote (shared/minutes/vote-node.ts); its sentence is worded when shown. */
  vote: 'vote',
  /** A sentence marked as an action, holding its words (shared/minutes/action-node.ts): owner and date by id. */
  action: 'action',
} as const;
export type KnownNodeType = (typeof NodeType)[keyof typeof NodeType];

const knownTypes: ReadonlySet<string> = new Set(Object.values(NodeType));

/** Whether a node type is one the walker understands; anything else is walked for its text only. */
export function isKnownNodeType(type: string): type is KnownNodeType {
  return knownTypes.has(type);
}

/** Bits of a Lexical text node's `format`. The export keeps bold, italic and underline. */
export const TextFormatBit = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const;

/**
 * Lexical also reads a format spelled as one of its names ("bold") or as a number
 * in a string ("3"), so we do too: an alias must never make an export fail.
 */
function formatBits(format: number | string | undefined): number {
  if (format === undefined) return 0;
  if (typeof format === 'number') return Number.isInteger(format) && format >= 0 ? format : 0;
  if (Object.hasOwn(TextFormatBit, format)) return TextFormatBit[format as keyof typeof TextFormatBit];
  const numeric = Number(format);
  return Number.isInteger(numeric) && numeric >= 0 ? numeric : 0;
}

const FormatSchema = z
  .union([z.number().int().nonnegative(), z.string()])
  .optional()
  .transform(formatBits);

/** The format bits of any node that carries a `format` like a text node's (0 if it has none). */
export function textFormatOf(value: unknown): number {
  return typeof value === 'number' || typeof value === 'string' ? formatBits(value) : 0;
}

/** Any node: what every serialized node has, and what the walker reads from nodes it does not know. */
export interface SerializedNode {
  type: string;
  text?: string | undefined;
  children?: SerializedNode[] | undefined;
  [field: string]: unknown;
}

/**
 * Every node, recursively: a `type`, and where present a string `text` and an
 * array of `children`. Checked over the whole tree first so that a broken tree is
 * reported with the path to the broken node.
 */
export const SerializedNodeSchema: z.ZodType<SerializedNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1, 'A node needs a type'),
    text: z.string().optional(),
    children: z.array(SerializedNodeSchema).optional(),
  }),
);

/** A text node. In the compact form an empty `text` and a zero `format` are left out. */
export const SerializedTextNodeSchema = z.looseObject({
  type: z.literal(NodeType.text),
  text: z.string().default(''),
  format: FormatSchema,
});
export type SerializedTextNode = z.infer<typeof SerializedTextNodeSchema>;

// The schemas below describe a node's own fields only: its children were
// checked with the whole tree by SerializedNodeSchema and are read from there.

export const SerializedHeadingSchema = z.looseObject({
  type: z.literal(NodeType.heading),
  tag: z.enum(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']),
});

/** The list types the editor can make. A checklist is exported as bullets. */
export const ListTypeSchema = z.enum(['number', 'bullet', 'check']);
export type SerializedListType = z.infer<typeof ListTypeSchema>;

/** A list. `start` is what the first item is numbered (typing "94. " makes a list starting at 94). */
export const SerializedListSchema = z.looseObject({
  type: z.literal(NodeType.list),
  listType: ListTypeSchema,
  start: z.number().int().nonnegative().default(1),
});
export type SerializedList = z.infer<typeof SerializedListSchema>;

/** The saved editor state: `{ root: { type: 'root', children: [...] } }`. */
export const SerializedEditorStateSchema = z.looseObject({
  root: z.looseObject({
    type: z.literal(NodeType.root),
    children: z.array(SerializedNodeSchema),
  }),
});
export type SerializedEditorState = z.infer<typeof SerializedEditorStateSchema>;
