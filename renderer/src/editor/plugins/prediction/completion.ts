import { mentionText } from '@shared/domain/mentions';
import type { Suggestion } from '@shared/prediction/predictor';
import type { Person } from '@shared/model/person';
import { $getSelection, $isRangeSelection, $isTextNode, type LexicalNode } from 'lexical';
import { $wouldBeFirstMention } from '../../mention-order';
import { $markSpaceAfterInsert } from '../../space-after-insert';
import { $createMentionNode } from '../../nodes/MentionNode';

/**
 * A suggestion as the officer sees it: the words after the caret, a person among them printed as their mention
 * would print there ("Mr Peerbux (Head of Community Safety, KCC)" at a first mention in the minute).
 */
export interface Completion {
  /** Characters before the caret a mention takes over (the "Mr Pe" typed of the name). */
  replace: number;
  parts: CompletionPart[];
  /** Exactly what Tab inserts after the caret, as it reads: the `data-completion` of the suggestion shown. */
  text: string;
}

export type CompletionPart =
  | { kind: 'text'; text: string }
  /** `visible`: the part of the printed name after the caret (the whole name unless `replace` took its start). */
  | { kind: 'person'; person: Person; visible: string };

/** A word, with the spaces and punctuation before it, as Ctrl+Right takes it. */
const NEXT_WORD = /^\s*[^\p{L}\p{N}\s]*[\p{L}\p{N}]*(?:['’\-/.&][\p{L}\p{N}]+)*/u;

/**
 * The worker's suggestion as it would read after the caret (inside a read): null when it no longer fits (a person
 * gone from the roster, a typed name that is not where the mention would go) or would save fewer than two characters.
 * `last` is the node before the caret; `before` the text before it, for the typed start of a name.
 */
export function $toCompletion(suggestion: Suggestion, roster: ReadonlyMap<string, Person>, last: LexicalNode, before: string): Completion | null {
  const parts: CompletionPart[] = [];
  for (const part of suggestion.parts) {
    if (part.kind === 'text') {
      parts.push({ kind: 'text', text: part.text });
      continue;
    }
    const person = roster.get(part.personId);
    if (!person) return null;
    // Worded as the mention will print it there (the one wording of screen and export).
    const printed = mentionText(person, $wouldBeFirstMention(person.id, last), '');
    const replaced = parts.length === 0 ? suggestion.replace : 0;
    // The typed start of the name must be what the mention prints, and sit in the text node the caret is in.
    if (replaced > 0 && (!printed.startsWith(before.slice(-replaced)) || !$isTextNode(last) || last.getTextContentSize() < replaced)) return null;
    parts.push({ kind: 'person', person, visible: printed.slice(replaced) });
  }
  if (takenWithSpace(parts)) parts.push({ kind: 'text', text: ' ' });
  const text = parts.map((part) => (part.kind === 'text' ? part.text : part.visible)).join('');
  if (text.trim().length < 2) return null;
  return { replace: suggestion.replace, parts, text };
}

/**
 * Whether a suggestion ends with a word or a person: Tab then puts in a space after it too, which saves the space
 * bar before the next word and gives way to punctuation typed next (../../space-after-insert). One ending in
 * punctuation ("noted.") gets none: a paragraph often ends there.
 */
export function takenWithSpace(parts: readonly ({ kind: 'text'; text: string } | { kind: 'person' })[]): boolean {
  const last = parts[parts.length - 1];
  return last !== undefined && (last.kind === 'person' || /[\p{L}\p{N}]$/u.test(last.text));
}

/**
 * The start of `text` up to the end of its next word (with the spaces and punctuation before it, and the one space
 * after it): what Ctrl+Right takes. The space after it is the editor's, as after Tab: punctuation typed next takes
 * its place.
 */
export function nextWordOf(text: string): string {
  const word = NEXT_WORD.exec(text)?.[0] || text.slice(0, 1);
  return text.charAt(word.length) === ' ' && /[\p{L}\p{N}]$/u.test(word) ? `${word} ` : word;
}

/** The part of a completion Ctrl+Right takes: up to the end of its next word. */
export function firstWord(completion: Completion): Completion {
  const word = nextWordOf(completion.text);
  const parts: CompletionPart[] = [];
  let taken = 0;
  let replace = completion.replace;
  for (const part of completion.parts) {
    if (taken >= word.length) break;
    const length = part.kind === 'text' ? part.text.length : part.visible.length;
    const room = word.length - taken;
    if (part.kind === 'person' && length > room) {
      // A name taken only in part goes in as typed words, not as a mention (the officer wants just the name).
      parts.push({ kind: 'text', text: part.visible.slice(0, room) });
      replace = 0;
    } else if (part.kind === 'text') {
      parts.push({ kind: 'text', text: part.text.slice(0, room) });
    } else {
      parts.push(part);
    }
    taken += Math.min(length, room);
  }
  return { replace: parts[0]?.kind === 'person' ? replace : 0, parts, text: word };
}

/** Inserts a completion at the caret (inside an update): its words as typed text, a person as a mention. */
export function $insertCompletion(completion: Completion): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
  if (completion.replace > 0) {
    const node = selection.anchor.getNode();
    const offset = selection.anchor.offset;
    if (!$isTextNode(node) || offset < completion.replace) return;
    // The typed start of the name goes; the mention prints it.
    node.spliceText(offset - completion.replace, completion.replace, '', true);
  }
  for (const part of completion.parts) {
    const current = $getSelection();
    if (!$isRangeSelection(current)) return;
    if (part.kind === 'text') {
      if (part.text !== '') current.insertText(part.text);
    } else {
      // insertNodes leaves the caret just after the mention, where the officer goes on typing.
      current.insertNodes([$createMentionNode(part.person)]);
    }
  }
  if (completion.text.endsWith(' ')) $markSpaceAfterInsert();
}

/**
 * What is left of a completion once its first `typed` characters are in the text; null if that splits a name, or
 * if only the space after its last word is left (typed along to its end, nothing is left to take).
 */
export function restOf(completion: Completion, typed: number): Completion | null {
  if (typed === 0) return completion;
  if (completion.text.slice(typed).trim() === '') return null;
  const parts: CompletionPart[] = [];
  let skip = typed;
  for (const part of completion.parts) {
    if (skip === 0) {
      parts.push(part);
      continue;
    }
    if (part.kind === 'person') return null;
    if (part.text.length <= skip) {
      skip -= part.text.length;
      continue;
    }
    parts.push({ kind: 'text', text: part.text.slice(skip) });
    skip = 0;
  }
  return { replace: 0, parts, text: completion.text.slice(typed) };
}
