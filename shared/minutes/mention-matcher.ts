import { mentionLabel, mentionText } from '../domain/mentions';
import { laterMention } from '../domain/person-names';
import type { Person } from '../model/person';
import type { InlineContent } from './editor-nodes';
import type { MinutesRun } from './minutes-document';

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

const WORD = /[\p{L}\p{N}]*/uy;
/** No word of a title or surname is longer: the search for the next space stops here. */
const LONGEST_WORD = 60;

/** The word at `at`: its letters and digits up to the first other character. */
function wordAt(text: string, at: number): string {
  WORD.lastIndex = at;
  return WORD.exec(text)![0];
}

/** The first two space-separated words of the text at `at`, each cut at its first character that is not a letter or digit. */
function firstWordsAt(text: string, at: number): string {
  const limit = Math.min(text.length, at + LONGEST_WORD);
  let space = at;
  while (space < limit && text[space] !== ' ') space += 1;
  return space < limit ? `${wordAt(text, at)} ${wordAt(text, space + 1)}` : wordAt(text, at);
}

/**
 * Finds the roster's people in minutes text that was written elsewhere (a Word file, a transcription) and makes
 * them mentions, as if the officer had named them with "@". A person becomes a mention only where the words are
 * exactly what the house style prints for them at that point of the minute — in full with their role the first
 * time in the minute, title and surname after — between word boundaries and in unformatted text, so the minutes
 * print exactly the same words either way. People whose words at that point are the same as someone else's
 * (two "Mr Hill"s) are never matched: the words stay typed text rather than name the wrong person.
 */
export class MentionMatcher {
  /** The people by the first two words of their short name ("Mr Hill", "Ch Supt"), each word up to its first non-letter. */
  private readonly byFirstWords = new Map<string, Person[]>();

  constructor(roster: readonly Person[]) {
    const count = new Map<string, number>();
    for (const person of roster) count.set(laterMention(person), (count.get(laterMention(person)) ?? 0) + 1);
    for (const person of roster) {
      const words = laterMention(person);
      if (words === '' || count.get(words)! > 1) continue;
      const key = firstWordsAt(words, 0);
      this.byFirstWords.set(key, [...(this.byFirstWords.get(key) ?? []), person]);
    }
  }

  /**
   * A paragraph's runs with the people in them as mentions. `mentioned` is the people already named by a mention
   * in this section (a minute, or the text outside minutes): it is updated, so pass the same set for every
   * paragraph of a section, in order.
   */
  inline(runs: readonly MinutesRun[], mentioned: Set<string>): InlineContent[] {
    const text = runs.map((run) => run.text).join('');
    const content: InlineContent[] = [];
    let start = 0;
    for (const run of runs) {
      const end = start + run.text.length;
      if (run.bold || run.italic || run.underline || this.byFirstWords.size === 0) content.push(run);
      else content.push(...this.plainRun(text, start, end, mentioned));
      start = end;
    }
    return content;
  }

  private plainRun(text: string, start: number, end: number, mentioned: Set<string>): InlineContent[] {
    const content: InlineContent[] = [];
    let plain = '';
    const flushPlain = () => {
      if (plain !== '') content.push({ text: plain, bold: false, italic: false, underline: false });
      plain = '';
    };
    let i = start;
    while (i < end) {
      const found = isWordChar(text[i - 1]) || !isWordChar(text[i]) && text[i] !== '[' ? null : this.personAt(text, i, end, mentioned);
      if (found) {
        flushPlain();
        content.push({ kind: 'mention', personId: found.person.id, label: mentionLabel(found.person) });
        mentioned.add(found.person.id);
        i += found.words.length;
      } else {
        plain += text[i];
        i += 1;
      }
    }
    flushPlain();
    return content;
  }

  /** The person whose words start at `i` (the longest match), ending by `end` and at a word boundary. */
  private personAt(text: string, i: number, end: number, mentioned: ReadonlySet<string>): { person: Person; words: string } | null {
    let best: { person: Person; words: string } | null = null;
    for (const person of this.byFirstWords.get(firstWordsAt(text, i)) ?? []) {
      const words = mentionText(person, !mentioned.has(person.id), '');
      if (words === '' || i + words.length > end || !text.startsWith(words, i) || isWordChar(text[i + words.length])) continue;
      if (best === null || words.length > best.words.length) best = { person, words };
    }
    return best;
  }
}
