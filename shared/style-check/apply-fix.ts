import type { MeetingExportInput } from '../export/export-options';
import { NodeType, type SerializedNode } from '../minutes/editor-json';
import { parseEditorState } from '../minutes/from-editor-state';
import { checkedMinutes, type CheckedParagraph } from './checked-minutes';
import type { StyleFinding } from './findings';

/**
 * Applying a finding's `replace` fix to the saved minutes: the one place that turns a finding's offsets (in the
 * paragraph as printed) back into the editor's text nodes. A mention counts as the words it prints and is never
 * changed; a fix that would reach into one, or a finding that no longer matches the minutes (they changed since
 * the check), is refused (null) rather than applied in the wrong place. A `new-paragraph` fix is a split the
 * editor makes itself (Lexical's own paragraph insertion), so it is not applied here.
 */

/** One stretch of the paragraph's printed text and the node it comes from (null for a mention or a line break). */
interface Piece {
  node: SerializedNode | null;
  start: number;
  end: number;
}

/** The node at a path of child indices from the root. */
function nodeAt(root: SerializedNode, path: readonly number[]): SerializedNode | null {
  let node: SerializedNode | undefined = root;
  for (const index of path) node = node?.children?.[index];
  return node ?? null;
}

/** The pieces of a block's printed text, in order, as the export's walker prints them; null if they do not add up. */
function piecesOf(block: SerializedNode, paragraph: CheckedParagraph): Piece[] | null {
  const mentions = paragraph.marked.filter((span) => span.kind === 'mention');
  const pieces: Piece[] = [];
  let offset = 0;
  const visit = (node: SerializedNode) => {
    if (node.type === NodeType.list) return; // a nested list is printed as paragraphs of its own
    if (node.type === NodeType.mention) {
      const span = mentions.shift();
      if (span === undefined) throw new RangeError('more mentions than the check saw');
      pieces.push({ node: null, start: offset, end: (offset += span.end - span.start) });
    } else if (node.type === NodeType.lineBreak || node.type === NodeType.tab) {
      pieces.push({ node: null, start: offset, end: (offset += 1) });
    } else if (typeof node.text === 'string') {
      pieces.push({ node, start: offset, end: (offset += node.text.length) });
    }
    node.children?.forEach(visit);
  };
  try {
    block.children?.forEach(visit);
  } catch {
    return null;
  }
  return offset === paragraph.text.length && mentions.length === 0 ? pieces : null;
}

/**
 * The saved minutes with a finding's `replace` fix made: a new editor state object (the input is not changed),
 * or null when the fix cannot be made safely (no fix, a split, stale offsets, or words inside a mention).
 */
export function applyFix(input: MeetingExportInput, finding: StyleFinding): { root: SerializedNode } | null {
  const { fix, place } = finding;
  if (fix?.kind !== 'replace' || place.kind !== 'paragraph' || place.nodePath === null || place.minute === null) return null;
  const paragraph = checkedMinutes(input)[place.minute.index]?.paragraphs[place.paragraphIndex];
  if (!paragraph || paragraph.text.slice(place.start, place.end) !== finding.text) return null;

  const state = structuredClone(parseEditorState(input.editorState)) as { root: SerializedNode };
  const block = nodeAt(state.root, place.nodePath);
  const pieces = block && piecesOf(block, paragraph);
  if (!pieces) return null;
  const touched = pieces.filter((piece) => piece.start < fix.end && piece.end > fix.start);
  if (touched.length === 0 || touched.some((piece) => piece.node === null)) return null;
  // The first text node touched takes the replacement; any others lose the part of them the fix covers.
  touched.forEach((piece, i) => {
    const text = piece.node!.text as string;
    const from = Math.max(fix.start, piece.start) - piece.start;
    const to = Math.min(fix.end, piece.end) - piece.start;
    piece.node!.text = text.slice(0, from) + (i === 0 ? fix.text : '') + text.slice(to);
  });
  return state;
}
