import type { MeetingExportInput } from '../export/export-options';
import type { CheckedMinute, CheckedParagraph } from './checked-minutes';
import type { DraftFinding, StyleFix, StyleRule } from './findings';
import { contextWords, leftAlone, overlaps, wordsOfParagraph, type WordToken } from './text';
import type { WordBook } from './word-book';

/** What every rule is given: the minutes read for checking, the meeting they belong to, and the dictionary. */
export interface RuleContext {
  minutes: readonly CheckedMinute[];
  input: MeetingExportInput;
  words: WordBook;
  /** Abbreviations this body's readers know without a spelling out (upper case as written: "KCC"). */
  knownAbbreviations: ReadonlySet<string>;
}

/** One rule of the house-style check. */
export type StyleRuleCheck = (context: RuleContext) => DraftFinding[];

/**
 * A finding on the words [start, end) of a paragraph. Its dismissal key is made from the rule, the minute's agenda
 * item, the words and the two words either side (unless the rule gives key parts of its own).
 */
export function paragraphFinding(
  rule: StyleRule,
  minute: CheckedMinute,
  paragraph: CheckedParagraph,
  range: { start: number; end: number },
  message: string,
  fix: StyleFix | null = null,
  keyParts?: readonly string[],
): DraftFinding {
  const text = paragraph.text.slice(range.start, range.end);
  return {
    rule,
    place: {
      kind: 'paragraph',
      minute: { itemId: minute.itemId, index: minute.index, heading: minute.heading },
      paragraphIndex: paragraph.index,
      nodePath: paragraph.nodePath,
      start: range.start,
      end: range.end,
    },
    text,
    message,
    fix,
    keyParts: keyParts ?? [minute.itemId ?? '', text.toLowerCase(), contextWords(paragraph.text, range.start, range.end)],
  };
}

/** A fix replacing [start, end) with `text`, labelled for a button: Replace “will” with “would”. */
export function replaceWith(range: { start: number; end: number }, from: string, text: string): StyleFix {
  return { kind: 'replace', start: range.start, end: range.end, text, label: `Replace “${from}” with “${text}”` };
}

/** Each paragraph of the minutes with its minute, in order. */
export function* paragraphsOf(minutes: readonly CheckedMinute[]): Generator<[CheckedMinute, CheckedParagraph]> {
  for (const minute of minutes) for (const paragraph of minute.paragraphs) yield [minute, paragraph];
}

/** A word the rules about words look at, with its paragraph's words around it. */
export interface CheckableWord {
  minute: CheckedMinute;
  paragraph: CheckedParagraph;
  tokens: readonly WordToken[];
  at: number;
  token: WordToken;
}

/** Each word of the minutes outside the stretches left alone (quotations, titles, mentions, blanks), in order. */
export function* checkableWords(minutes: readonly CheckedMinute[]): Generator<CheckableWord> {
  for (const [minute, paragraph] of paragraphsOf(minutes)) {
    const skip = leftAlone(paragraph);
    const tokens = wordsOfParagraph(paragraph);
    for (const [at, token] of tokens.entries()) {
      if (!overlaps(skip, token.start, token.end)) yield { minute, paragraph, tokens, at, token };
    }
  }
}
