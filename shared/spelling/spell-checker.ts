import nspell from 'nspell';
import { wordBookFrom, type WordBook } from '../style-check/word-book';
import { isNeverFlaggedShape } from './allowed-words';
import { normaliseWord } from './words';

/** The Hunspell files of a dictionary, as text. */
export interface HunspellDictionary {
  aff: string;
  dic: string;
}

/** How many suggestions the spelling menu offers at most. */
export const MAX_SUGGESTIONS = 5;

/**
 * British English spelling over a Hunspell dictionary (nspell), with the meeting's own words allowed. Pure: it
 * is given the dictionary's text, so it runs in the spelling worker and in a Node unit test alike.
 */
export class SpellChecker {
  private readonly dictionary: ReturnType<typeof nspell>;
  private allowed = new Set<string>();
  private book: WordBook | null = null;

  constructor(files: HunspellDictionary) {
    this.dictionary = nspell(files.aff, files.dic);
  }

  /** Replaces the words never flagged (see allowedWords): lower case, straight apostrophes. */
  setAllowed(words: readonly string[]): void {
    this.allowed = new Set(words);
  }

  /** Whether a word (as spellingWords found it) should be underlined. */
  isMisspelt(word: string): boolean {
    const normal = normaliseWord(word);
    if (this.isCorrect(normal)) return false;
    // A compound the dictionary lacks ("multi-agency", "Smith-Jones") is right when each of its parts is.
    const parts = normal.split('-');
    return parts.length < 2 || !parts.every((part) => part !== '' && this.isCorrect(part));
  }

  /** The language's words alone (no meeting's words allowed), for the house-style check: as the CLI reads them. */
  wordBook(): WordBook {
    this.book ??= wordBookFrom(this.dictionary);
    return this.book;
  }

  /** Up to MAX_SUGGESTIONS corrections, most likely first. */
  suggest(word: string): string[] {
    const normal = normaliseWord(word);
    const curly = word.includes('’');
    return this.dictionary
      .suggest(normal)
      .slice(0, MAX_SUGGESTIONS)
      .map((suggestion) => (curly ? suggestion.replace(/'/g, '’') : suggestion));
  }

  private isCorrect(word: string): boolean {
    if (isNeverFlaggedShape(word) || this.isAllowed(word)) return true;
    if (this.dictionary.correct(word)) return true;
    // Possessives: "Peerbux's", "Members'" are right when the name or word is.
    const stem = word.replace(/'s$|(?<=s)'$/i, '');
    return stem !== word && (this.isAllowed(stem) || this.dictionary.correct(stem));
  }

  private isAllowed(word: string): boolean {
    return this.allowed.has(word.toLowerCase());
  }
}
