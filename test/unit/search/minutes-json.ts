/** Saved minutes (Lexical JSON text) built by hand for the search tests: minutes of paragraphs, mentions and lists. */
type Inline = string | { mention: string };
type Block = Inline[] | { list: Inline[][] } | { resolution: Inline[] };

function inline(part: Inline): object {
  return typeof part === 'string' ? { type: 'text', text: part, format: 0 } : { type: 'mention', personId: 'p-1', label: part.mention };
}

function block(value: Block): object {
  if (Array.isArray(value)) return { type: 'paragraph', children: value.map(inline) };
  if ('list' in value) return { type: 'list', listType: 'number', children: value.list.map((item) => ({ type: 'listitem', children: item.map(inline) })) };
  return { type: 'resolution', children: value.resolution.map(inline) };
}

/** Minutes of these minutes (item id → blocks), with optional words before the first minute. */
export function minutesJson(minutes: Record<string, Block[]>, before: Block[] = []): string {
  const children = [
    ...before.map(block),
    ...Object.entries(minutes).map(([itemId, blocks]) => ({ type: 'minute-item', itemId, children: [{ type: 'minute-heading', itemId }, ...blocks.map(block)] })),
  ];
  return JSON.stringify({ root: { type: 'root', children } });
}
