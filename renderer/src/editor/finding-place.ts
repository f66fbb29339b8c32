import { $isListNode } from '@lexical/list';
import type { FindingPlace, StyleFinding } from '@shared/style-check/findings';
import { $createRangeSelection, $getRoot, $isElementNode, $isTextNode, $setSelection, type ElementNode, type LexicalNode, type TextNode } from 'lexical';
import { $isMentionNode, type MentionNode } from './nodes/MentionNode';
import { $isMinuteItemNode } from './nodes/MinuteItemNode';

/**
 * Where a house-style finding is in the live minutes: the block its place names and, for words in a paragraph, the
 * text nodes and offsets that hold them. A finding's offsets count the paragraph as printed (a mention as the words
 * it prints), so a mention is measured by `printedLength` (the words on screen); anything that does not add up to
 * the finding's words (the minutes changed since the check) gives the block alone, never a guess.
 */

/** One end of a stretch of words: a text node and an offset in it. */
export interface TextPoint {
  node: TextNode;
  offset: number;
}

export interface LocatedFinding {
  /** The paragraph (or minute) to go to; null when the place is gone or is not in the minutes (the attendance). */
  block: ElementNode | null;
  /** The finding's words, when they are still there exactly as the check saw them. */
  words: { start: TextPoint; end: TextPoint } | null;
}

/** How many characters a mention prints (on screen: its words as the minutes show them). */
export type MentionLength = (mention: MentionNode) => number;

/** The node at a path of child indices from the root. */
function $nodeAt(path: readonly number[]): LexicalNode | null {
  let node: LexicalNode | null = $getRoot();
  for (const index of path) node = $isElementNode(node) ? node.getChildAtIndex(index) : null;
  return node;
}

function $minuteBlock(place: Extract<FindingPlace, { kind: 'minute' }>): ElementNode | null {
  const minute = $getRoot()
    .getChildren()
    .find((node) => $isMinuteItemNode(node) && node.getItemId() === place.minute.itemId);
  return $isElementNode(minute) ? minute : null;
}

/** A block's inline pieces in printed order, each with its printed start: text nodes, and the rest as lengths. */
function $piecesOf(block: ElementNode, mentionLength: MentionLength): { node: TextNode | null; start: number; end: number }[] {
  const pieces: { node: TextNode | null; start: number; end: number }[] = [];
  let offset = 0;
  const visit = (node: LexicalNode) => {
    if ($isListNode(node)) return; // a nested list is printed as paragraphs of its own
    if ($isMentionNode(node)) {
      pieces.push({ node: null, start: offset, end: (offset += mentionLength(node)) });
    } else if ($isTextNode(node)) {
      pieces.push({ node, start: offset, end: (offset += node.getTextContentSize()) });
    } else if ($isElementNode(node)) {
      node.getChildren().forEach(visit);
    } else {
      pieces.push({ node: null, start: offset, end: (offset += node.getTextContentSize()) });
    }
  };
  block.getChildren().forEach(visit);
  return pieces;
}

/** The words [start, end) of a block, when they lie in text nodes and read `expected`. */
function $wordsIn(block: ElementNode, start: number, end: number, expected: string, mentionLength: MentionLength): LocatedFinding['words'] {
  const touched = $piecesOf(block, mentionLength).filter((piece) => piece.end > start && piece.start < end);
  if (touched.length === 0 || touched.some((piece) => piece.node === null)) return null;
  const text = touched.map((piece) => piece.node!.getTextContent().slice(Math.max(start, piece.start) - piece.start, Math.min(end, piece.end) - piece.start)).join('');
  if (text !== expected) return null;
  const first = touched[0]!;
  const last = touched[touched.length - 1]!;
  return { start: { node: first.node!, offset: start - first.start }, end: { node: last.node!, offset: end - last.start } };
}

/** Finds a finding's place in the live minutes (inside a read or an update). */
export function $locateFinding(finding: StyleFinding, mentionLength: MentionLength): LocatedFinding {
  const { place } = finding;
  if (place.kind === 'attendance') return { block: null, words: null };
  if (place.kind === 'minute') return { block: $minuteBlock(place), words: null };
  const node = place.nodePath ? $nodeAt(place.nodePath) : null;
  if (!$isElementNode(node)) return { block: null, words: null };
  return { block: node, words: $wordsIn(node, place.start, place.end, finding.text, mentionLength) };
}

/** Selects a finding's words (or puts the caret at the start of its block); the block, or null when it is gone. */
export function $selectFinding(finding: StyleFinding, mentionLength: MentionLength): ElementNode | null {
  const { block, words } = $locateFinding(finding, mentionLength);
  if (!block) return null;
  if (words) $selectWords(words);
  else block.selectStart();
  return block;
}

/** Selects a stretch of words found by $locateFinding. */
function $selectWords(words: NonNullable<LocatedFinding['words']>): ReturnType<typeof $createRangeSelection> {
  const selection = $createRangeSelection();
  selection.anchor.set(words.start.node.getKey(), words.start.offset, 'text');
  selection.focus.set(words.end.node.getKey(), words.end.offset, 'text');
  $setSelection(selection);
  return selection;
}

/** The text point at a printed offset of a block, when a text node holds it (the end of one, or the start of the next). */
function $pointAt(block: ElementNode, offset: number, mentionLength: MentionLength): TextPoint | null {
  const piece = $piecesOf(block, mentionLength).find((p) => p.node !== null && p.start <= offset && offset <= p.end);
  return piece ? { node: piece.node!, offset: offset - piece.start } : null;
}

/**
 * Makes a finding's fix in the live minutes (an edit like any other, so Ctrl+Z undoes it): a `replace` puts the
 * words right; a `new-paragraph` splits the paragraph where a decision begins, dropping the spaces before it.
 * True when it was made; false when the words are no longer as the check saw them.
 */
export function $applyFindingFix(finding: StyleFinding, mentionLength: MentionLength): boolean {
  const { fix, place } = finding;
  if (!fix || place.kind !== 'paragraph') return false;
  const node = place.nodePath ? $nodeAt(place.nodePath) : null;
  if (!$isElementNode(node) || !$wordsIn(node, place.start, place.end, finding.text, mentionLength)) return false;
  if (fix.kind === 'new-paragraph') {
    const split = $pointAt(node, fix.at, mentionLength);
    const next = $pointAt(node, fix.dropUntil, mentionLength);
    if (!split || !next || fix.dropUntil > place.start) return false;
    const selection = $selectWords({ start: split, end: next });
    if (selection.getTextContent().trim() !== '') return false;
    selection.insertParagraph();
    return true;
  }
  if (fix.start < place.start || fix.end > place.end) return false;
  const words = $wordsIn(node, fix.start, fix.end, finding.text.slice(fix.start - place.start, fix.end - place.start), mentionLength);
  if (!words) return false;
  $selectWords(words).insertText(fix.text);
  return true;
}
