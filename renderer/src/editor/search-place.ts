import { $isListNode } from '@lexical/list';
import { wordKeys, wordsOf } from '@shared/search/words';
import { $createRangeSelection, $getRoot, $isElementNode, $isTextNode, $setSelection, type ElementNode, type LexicalEditor, type LexicalNode, type TextNode } from 'lexical';
import { $isMinuteItemNode } from './nodes/MinuteItemNode';

/**
 * Opening a search result at its place: the minute, the paragraph and the words the search matched, found in the
 * live minutes, scrolled into view and highlighted (and selected, where the minutes can be typed in). Paragraphs
 * are counted as shared/search/minute-documents counts them; when the minutes have changed since they were
 * indexed, the words are looked for across the minute, and failing that the minute's start is shown.
 */
export interface MinutesPlace {
  /** The minute's agenda item; null for words before the first minute. */
  itemId: string | null;
  /** Which paragraph of the minute (0 the first). */
  paragraph: number;
  /** The matched words as they are in the minutes. */
  words: string;
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

function $minuteParagraphs(itemId: string | null): ElementNode[] {
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
  paragraph: ElementNode;
  start: { node: TextNode; offset: number };
  end: { node: TextNode; offset: number };
}

/** The first run of the paragraph's words that reads `keys` (words compared as search compares them). */
function $wordsIn(paragraph: ElementNode, keys: readonly string[]): FoundWords | null {
  const pieces = $textNodesOf(paragraph);
  const text = pieces.map((piece) => piece.node.getTextContent()).join('');
  const words = wordsOf(text);
  for (let i = 0; i + keys.length <= words.length; i++) {
    if (!keys.every((key, j) => words[i + j]!.key === key)) continue;
    const point = (offset: number, atEnd: boolean) => {
      const piece = [...pieces].reverse().find((p) => (atEnd ? p.start < offset : p.start <= offset))!;
      return { node: piece.node, offset: offset - piece.start };
    };
    return { paragraph, start: point(words[i]!.start, false), end: point(words[i + keys.length - 1]!.end, true) };
  }
  return null;
}

/** Finds the place in the live minutes (inside a read or an update): the words, else the paragraph or minute. */
function $findPlace(place: MinutesPlace): { block: ElementNode | null; words: FoundWords | null } {
  const paragraphs = $minuteParagraphs(place.itemId);
  const keys = wordKeys(place.words);
  const likely = paragraphs[place.paragraph];
  const words = keys.length === 0 ? null : ((likely && $wordsIn(likely, keys)) ?? paragraphs.map((p) => $wordsIn(p, keys)).find((found) => found !== null) ?? null);
  return { block: words?.paragraph ?? likely ?? paragraphs[0] ?? null, words };
}

/**
 * Shows a place in the minutes: scrolls its paragraph into view, highlights the words until the minutes next
 * change, and selects them when the minutes can be typed in. False when the minute is not in these minutes.
 */
export function revealPlace(editor: LexicalEditor, place: MinutesPlace): boolean {
  let found: ReturnType<typeof $findPlace> = { block: null, words: null };
  editor.update(
    () => {
      found = $findPlace(place);
      if (!found.words || !editor.isEditable()) return;
      const selection = $createRangeSelection();
      selection.anchor.set(found.words.start.node.getKey(), found.words.start.offset, 'text');
      selection.focus.set(found.words.end.node.getKey(), found.words.end.offset, 'text');
      $setSelection(selection);
    },
    { discrete: true },
  );
  const { block, words } = found as ReturnType<typeof $findPlace>;
  if (!block) return false;
  editor.getElementByKey(block.getKey())?.scrollIntoView({ block: 'center' });
  if (words) highlight(editor, words);
  return true;
}

/** Paints the found words with the CSS Custom Highlight API, which needs no change to the minutes themselves. */
function highlight(editor: LexicalEditor, words: FoundWords): void {
  const startText = editor.getElementByKey(words.start.node.getKey())?.firstChild;
  const endText = editor.getElementByKey(words.end.node.getKey())?.firstChild;
  if (!startText || !endText || typeof Highlight === 'undefined' || !CSS.highlights) return;
  const range = new Range();
  range.setStart(startText, words.start.offset);
  range.setEnd(endText, words.end.offset);
  CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  const stop = editor.registerTextContentListener(() => {
    CSS.highlights.delete(HIGHLIGHT);
    stop();
  });
}
