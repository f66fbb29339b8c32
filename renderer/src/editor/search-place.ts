import { $isListNode } from '@lexical/list';
import { wordKeys, wordsOf } from '@shared/search/words';
import { $getRoot, $isElementNode, $isTextNode, type ElementNode, type LexicalEditor, type LexicalNode, type TextNode } from 'lexical';
import { $isMinuteItemNode } from './nodes/MinuteItemNode';

/**
 * Opening a search result at its place: the minute, the paragraph and the words the search matched, found in the
 * live minutes, scrolled into view and highlighted. Paragraphs
 * are counted as shared/search/minute-documents counts them; when the minutes have changed since they were
 * indexed, the words are looked for across the minute, and failing that the minute's start is shown.
 */
export interface MinutesPlace {
  /** The minute's agenda item; null for words before the first minute. */
  itemId: string | null;
  /** Which paragraph of the minute (0 the first). */
  paragraph: number;
  /** The matched words as they are in the minutes, each word or phrase on its own. */
  words: string[];
}

/** The name of the highlight painted over the found words (app.css styles ::highlight(minutes-search)). */
const HIGHLIGHT = 'minutes-search';

/** The paragraphs of a run of nodes in the order the index counts them: each block, then any list nested in it. */
function $paragraphsIn(nodes: readonly LexicalNode[], out: ElementNode[] = []): ElementNode[] {
  for (const node of nodes) {
    if (!$isElementNode(node)) continue;
    if ($isListNode(node) || $isMinuteItemNode(node)) {
      $paragraphsIn(node.getChildren(), out);
      continue;
    }
    out.push(node);
    $paragraphsIn(node.getChildren().filter($isListNode), out);
  }
  return out;
}

/** A minute's paragraphs in the live minutes (inside a read), counted as the index counts them. */
export function $minuteParagraphs(itemId: string | null): ElementNode[] {
  const top = $getRoot().getChildren();
  if (itemId === null) return $paragraphsIn(top.filter((node) => !$isMinuteItemNode(node)));
  const minute = top.find((node) => $isMinuteItemNode(node) && node.getItemId() === itemId);
  return minute && $isElementNode(minute) ? $paragraphsIn([minute]) : [];
}

/** The text nodes of a paragraph (not of lists nested in it), each with where it starts in their joined text. */
function $textNodesOf(paragraph: ElementNode): { node: TextNode; start: number }[] {
  const pieces: { node: TextNode; start: number }[] = [];
  let at = 0;
  const visit = (node: LexicalNode) => {
    if ($isListNode(node)) return;
    if ($isTextNode(node)) {
      pieces.push({ node, start: at });
      at += node.getTextContentSize();
    } else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  paragraph.getChildren().forEach(visit);
  return pieces;
}

interface FoundWords {
  start: { node: TextNode; offset: number };
  end: { node: TextNode; offset: number };
}

/** Each run of the paragraph's words that reads one of `wanted` (words compared as search compares them), in order. */
function $wordsIn(paragraph: ElementNode, wanted: readonly string[]): FoundWords[] {
  const pieces = $textNodesOf(paragraph);
  const words = wordsOf(pieces.map((piece) => piece.node.getTextContent()).join(''));
  const point = (offset: number, atEnd: boolean) => {
    const piece = [...pieces].reverse().find((p) => (atEnd ? p.start < offset : p.start <= offset))!;
    return { node: piece.node, offset: offset - piece.start };
  };
  const found: FoundWords[] = [];
  const runs = wanted.map(wordKeys).filter((keys) => keys.length > 0);
  for (let i = 0; i < words.length; i++) {
    const keys = runs.find((run) => run.every((key, j) => words[i + j]?.key === key));
    if (!keys) continue;
    found.push({ start: point(words[i]!.start, false), end: point(words[i + keys.length - 1]!.end, true) });
    i += keys.length - 1;
  }
  return found;
}

/** Finds the place in the live minutes (inside a read or an update): the words, else the paragraph or minute. */
export function $findPlace(place: MinutesPlace): { block: ElementNode | null; words: FoundWords[] } {
  const paragraphs = $minuteParagraphs(place.itemId);
  const likely = paragraphs[place.paragraph];
  const inLikely = likely ? $wordsIn(likely, place.words) : [];
  if (inLikely.length > 0) return { block: likely!, words: inLikely };
  for (const paragraph of paragraphs) {
    const words = $wordsIn(paragraph, place.words);
    if (words.length > 0) return { block: paragraph, words };
  }
  return { block: likely ?? paragraphs[0] ?? null, words: [] };
}

/**
 * Shows a place in the minutes: scrolls its paragraph into view and highlights the words until the minutes next
 * change. False when the minute is not in these minutes.
 */
export function revealPlace(editor: LexicalEditor, place: MinutesPlace): boolean {
  // Read only: putting the caret there would record the item as reached now (ItemTimingPlugin), and looking
  // something up must change nothing in a meeting.
  const { block, words } = editor.getEditorState().read(() => $findPlace(place));
  if (!block) return false;
  editor.getElementByKey(block.getKey())?.scrollIntoView({ block: 'center' });
  highlight(editor, words);
  return true;
}

/** Paints the found words with the CSS Custom Highlight API, which needs no change to the minutes themselves. */
function highlight(editor: LexicalEditor, words: readonly FoundWords[]): void {
  if (typeof Highlight === 'undefined' || !CSS.highlights) return;
  const ranges = words.flatMap((found) => {
    const startText = editor.getElementByKey(found.start.node.getKey())?.firstChild;
    const endText = editor.getElementByKey(found.end.node.getKey())?.firstChild;
    if (!startText || !endText) return [];
    const range = new Range();
    range.setStart(startText, found.start.offset);
    range.setEnd(endText, found.end.offset);
    return [range];
  });
  if (ranges.length === 0) return;
  CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
  const stop = editor.registerTextContentListener(() => {
    CSS.highlights.delete(HIGHLIGHT);
    stop();
  });
}
