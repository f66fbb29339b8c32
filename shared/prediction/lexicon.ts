/**
 * A word list for words prediction has never met: the stems of the British English Hunspell dictionary the spelling
 * check uses (dictionary-en-gb). It has no frequencies, so it is asked only when the model has nothing to offer for
 * the start of a word, and offers a word only when very few fit what was typed: the shortest of them ("pande" →
 * "pandemic"). Words are kept sorted in lower case, so the words fitting a start are one run found by binary search.
 */

/** A start of a word fitted by more words than this is too open to guess from a list with no frequencies. */
const MOST_FITTING = 3;
/** Letters typed before the list is asked: fewer fit too many words. */
const FEWEST_TYPED = 3;

export class Lexicon {
  private readonly keys: string[];
  private readonly words: string[];

  /** `dic`: a Hunspell .dic file's text (a count on the first line, then one "stem/FLAGS" a line). */
  constructor(dic: string) {
    const words = new Set<string>();
    for (const line of dic.split('\n').slice(1)) {
      const word = line.split('/', 1)[0]!.trim();
      if (word.length > FEWEST_TYPED && /^[\p{L}][\p{L}'’-]*$/u.test(word)) words.add(word);
    }
    const entries = [...words].map((word) => ({ word, key: word.toLowerCase() }));
    entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.words = entries.map((entry) => entry.word);
    this.keys = entries.map((entry) => entry.key);
  }

  get size(): number {
    return this.words.length;
  }

  /**
   * The rest of the shortest word beginning with `typed` (the letters of the word typed so far), when at most a
   * few words do and it saves two characters or more; null otherwise. A typed capital is kept; a word the list
   * has with a capital (a name) is not offered for a small letter.
   */
  complete(typed: string): string | null {
    if (typed.length < FEWEST_TYPED || !/^[\p{L}][\p{L}'’-]*$/u.test(typed)) return null;
    const key = typed.toLowerCase();
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keys[middle]! < key) low = middle + 1;
      else high = middle;
    }
    const fitting: string[] = [];
    for (let i = low; i < this.keys.length && this.keys[i]!.startsWith(key); i += 1) {
      const word = this.words[i]!;
      if (word.slice(0, typed.length) !== typed && !(typed[0] !== typed[0]!.toLowerCase() && word[0] === word[0]!.toLowerCase() && word.slice(1, typed.length) === typed.slice(1))) continue;
      fitting.push(word);
      if (fitting.length > MOST_FITTING) return null;
    }
    const shortest = fitting.reduce<string | null>((best, word) => (best === null || word.length < best.length ? word : best), null);
    if (shortest === null || shortest.length - typed.length < 2) return null;
    return shortest.slice(typed.length);
  }
}
