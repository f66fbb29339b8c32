/**
 * The words of the language, for the two rules that must tell a word from a name or an abbreviation: an
 * abbreviation in capitals is not one when it is an ordinary word set in capitals ("PREVENT", "NOTES"), and a
 * capitalised word near a roster surname is a misspelt name only when it is not an ordinary word ("Hall" near
 * "Hill"). The British English Hunspell dictionary the spelling check uses (dictionary-en-gb through nspell)
 * answers it; the check is handed one so that it stays pure and runs wherever the dictionary is loaded (the CLI,
 * the spelling worker, a unit test).
 */
export interface WordBook {
  /** Whether the word (any case) is a word of the language. */
  isWord(word: string): boolean;
}

/** The part of an nspell checker the word book needs. */
export interface Speller {
  correct(word: string): boolean;
}

/** A word book over a Hunspell checker: a word in capitals is looked up as the lower-case word it would be. */
export function wordBookFrom(speller: Speller): WordBook {
  const known = new Map<string, boolean>();
  return {
    isWord(word: string): boolean {
      const lower = word.toLowerCase();
      let answer = known.get(lower);
      if (answer === undefined) {
        answer = speller.correct(lower) || speller.correct(lower[0]!.toUpperCase() + lower.slice(1));
        known.set(lower, answer);
      }
      return answer;
    },
  };
}
