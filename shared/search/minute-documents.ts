import { NodeType } from '../minutes/editor-json';

/**
 * What search indexes of a meeting: one document per minute (its agenda item's title and the officer's text),
 * and one for any words before the first minute. A document's text is its paragraphs (paragraphs, list items,
 * resolutions) one to a line, in the order the editor shows them, so a match can name the paragraph it is in
 * and the editor can find it again (editor/search-place.ts walks the live minutes the same way).
 */

/** A meeting as the indexer is given it: the stored row's parts search needs, and its saved minutes. */
export interface IndexableMeeting {
  meetingId: string;
  bodyId: string;
  title: string;
  /** yyyy-mm-dd. */
  date: string;
  agenda: { id: string; code: string; title: string }[];
  /** Minute numbers given out for good (item id → number); null while a draft's are provisional. */
  minuteNumbers: Record<string, number> | null;
  /** The saved editor state (JSON text), or null when nothing has been typed. */
  editorState: string | null;
  /** Changes whenever the meeting or its minutes change: how a stale entry is told (see SearchIndexRepository). */
  fingerprint: string;
}

/** One minute of one meeting, as indexed. */
export interface MinuteDocument {
  id: string;
  meetingId: string;
  /** The agenda item's id; null for words before the first minute. */
  itemId: string | null;
  /** The minute's heading as searched and shown: its agenda item's title (empty before the first minute). */
  heading: string;
  /** The agenda code ("B1"), or empty. */
  code: string;
  /** The minute number given out for good, or null. */
  number: number | null;
  /** The minute's paragraphs, one to a line. */
  text: string;
}

type JsonNode = { type?: unknown; text?: unknown; label?: unknown; placeholder?: unknown; itemId?: unknown; children?: unknown };

function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children.filter((child) => child !== null && typeof child === 'object') as JsonNode[]) : [];
}

/** The id of one minute's document: the meeting and item ids (ids never hold a NUL). */
export function minuteDocumentId(meetingId: string, itemId: string | null): string {
  return `${meetingId}\u0000${itemId ?? ''}`;
}

/**
 * The paragraphs of a run of blocks, each its inline words as the minutes show them: a mention is the name it was
 * saved with, an unfilled template blank is left out (its placeholder is not the officer's words), a line break
 * is a space. A nested list ends the paragraph it is in and gives paragraphs of its own. Empty paragraphs count,
 * so the n-th paragraph here is the n-th on screen. Odd JSON yields fewer words; this never throws.
 */
export function paragraphsOfBlocks(blocks: readonly JsonNode[]): string[] {
  const out: string[] = [];
  for (const block of blocks) walkBlock(block, out);
  return out;
}

function walkBlock(node: JsonNode, out: string[]): void {
  if (node.type === NodeType.minuteHeading || node.type === NodeType.vote) return;
  if (node.type === NodeType.list || node.type === NodeType.minuteItem || node.type === NodeType.root) {
    for (const child of childrenOf(node)) walkBlock(child, out);
    return;
  }
  let text = '';
  const nested: JsonNode[] = [];
  for (const child of childrenOf(node)) {
    if (child.type === NodeType.list) nested.push(child);
    else if (child.type === NodeType.mention) text += typeof child.label === 'string' ? child.label : '';
    else if (child.type === NodeType.templateField && child.text === child.placeholder) continue;
    else if (child.type === NodeType.lineBreak || child.type === NodeType.tab) text += ' ';
    else if (typeof child.text === 'string') text += child.text;
  }
  out.push(text.replace(/\s+/g, ' ').trim());
  for (const list of nested) walkBlock(list, out);
}

function parseRoot(editorState: string | null): JsonNode[] {
  if (!editorState) return [];
  try {
    const root = (JSON.parse(editorState) as { root?: JsonNode } | null)?.root;
    return root ? childrenOf(root) : [];
  } catch {
    return [];
  }
}

/** A meeting's documents: one per minute, in order, and one for words before the first minute if there are any. */
export function minuteDocumentsOf(meeting: IndexableMeeting): MinuteDocument[] {
  const items = new Map(meeting.agenda.map((item) => [item.id, item]));
  const loose: JsonNode[] = [];
  const documents: MinuteDocument[] = [];
  for (const node of parseRoot(meeting.editorState)) {
    if (node.type !== NodeType.minuteItem || typeof node.itemId !== 'string') {
      loose.push(node);
      continue;
    }
    const item = items.get(node.itemId);
    documents.push({
      id: minuteDocumentId(meeting.meetingId, node.itemId),
      meetingId: meeting.meetingId,
      itemId: node.itemId,
      heading: item?.title ?? '',
      code: item?.code ?? '',
      number: meeting.minuteNumbers?.[node.itemId] ?? null,
      text: paragraphsOfBlocks(childrenOf(node)).join('\n'),
    });
  }
  const front = paragraphsOfBlocks(loose).join('\n');
  if (front.trim() !== '') {
    documents.unshift({ id: minuteDocumentId(meeting.meetingId, null), meetingId: meeting.meetingId, itemId: null, heading: '', code: '', number: null, text: front });
  }
  return documents;
}
