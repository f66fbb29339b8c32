import type { SearchQuery } from './query';
import { wordsOf, type TextWord } from './words';

/** A piece of a snippet: words as they are in the minutes, marked where they matched. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** One place a minute matched: its paragraph, the first matched words in it, and the words around them. */
export interface SearchHit {
  /** Which paragraph of the minute (0 the first), as minuteDocumentsOf counts them. */
  paragraph: number;
  /** The first matched words in that paragraph's text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** The matched words with some of the paragraph around them. */
  parts: SnippetPart[];
}

/** How many characters of context a snippet keeps on each side of its first match. */
const CONTEXT = 70;

/** The stretches of a paragraph's words that match: each phrase where it occurs, and each single query word. */
function matchedStretches(words: readonly TextWord[], query: SearchQuery): { start: number; end: number }[] {
  const stretches: { start: number; end: number }[] = [];
  const inPhrase = new Set<number>();
  for (const phrase of query.phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((key, j) => words[i + j]!.key === key)) {
        stretches.push({ start: words[i]!.start, end: words[i + phrase.length - 1]!.end });
        for (let j = 0; j < phrase.length; j++) inPhrase.add(i + j);
      }
    }
  }
  const single = new Set(query.words);
  words.forEach((word, index) => {
    if (inPhrase.has(index)) return;
    if (single.has(word.key) || (query.prefix !== null && word.key.startsWith(query.prefix))) stretches.push({ start: word.start, end: word.end });
  });
  return stretches.sort((a, b) => a.start - b.start);
}

/** A snippet of a paragraph around its first match, cut at word boundaries, with every match in it marked. */
function snippetOf(text: string, stretches: readonly { start: number; end: number }[]): SnippetPart[] {
  const first = stretches[0]!;
  let from = Math.max(0, first.start - CONTEXT);
  let to = Math.min(text.length, first.end + CONTEXT * 2);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > first.end ? text.lastIndexOf(' ', to) : to;
  const parts: SnippetPart[] = [];
  let at = from;
  for (const stretch of stretches) {
    if (stretch.start < at || stretch.end > to) continue;
    if (stretch.start > at) parts.push({ text: text.slice(at, stretch.start), match: false });
    parts.push({ text: text.slice(stretch.start, stretch.end), match: true });
    at = stretch.end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), match: false });
  if (from > 0) parts.unshift({ text: '… ', match: false });
  if (to < text.length) parts.push({ text: ' …', match: false });
  return parts;
}

/** Where a minute's text matches a query: up to `limit` paragraphs, each with a snippet. */
export function hitsIn(text: string, query: SearchQuery, limit = 3): SearchHit[] {
  const hits: SearchHit[] = [];
  const paragraphs = text.split('\n');
  for (let paragraph = 0; paragraph < paragraphs.length && hits.length < limit; paragraph++) {
    const words = wordsOf(paragraphs[paragraph]!);
    const stretches = matchedStretches(words, query);
    if (stretches.length === 0) continue;
    hits.push({ paragraph, start: stretches[0]!.start, end: stretches[0]!.end, parts: snippetOf(paragraphs[paragraph]!, stretches) });
  }
  return hits;
}
