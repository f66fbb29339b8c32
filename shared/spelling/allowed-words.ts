import { COUNCIL_TERMS } from '../domain/council-terms';
import type { PersonDetails } from '../model/person';
import { normaliseWord } from './words';

/** The parts of a person whose words are never flagged. */
export type RosterPerson = Pick<PersonDetails, 'title' | 'initials' | 'surname' | 'honours' | 'role' | 'organisation'>;

/** What, besides the dictionary, counts as correctly spelt in one meeting's minutes. */
export interface AllowedWordSources {
  /** The body's roster, everyone on it (retired people too: old minutes name them). */
  roster: readonly RosterPerson[];
  /** The officer's personal dictionary. */
  personal: readonly string[];
  /** Words the officer chose to ignore in this meeting. */
  ignored: readonly string[];
}

/**
 * The words never flagged in a meeting, in the form they are compared in (lower case, straight apostrophes):
 * every part of every roster name (title, initials, surname and each part of a double-barrelled one, honours,
 * role, organisation), the council terms, the personal dictionary and the words ignored in this meeting.
 */
export function allowedWords(sources: AllowedWordSources): string[] {
  const words = new Set<string>();
  const addText = (text: string) => {
    for (const part of normaliseWord(text).split(/[\s.,()/]+|(?<=\p{L})-(?=\p{L})/u)) {
      if (part !== '') words.add(part.toLowerCase());
    }
  };
  for (const person of sources.roster) {
    for (const text of [person.title, person.initials, person.surname, person.honours, person.role, person.organisation]) {
      addText(text);
    }
    // "Smith-Jones" as a whole too, not only its parts.
    words.add(normaliseWord(person.surname.trim()).toLowerCase());
  }
  for (const term of COUNCIL_TERMS) words.add(normaliseWord(term).toLowerCase());
  for (const word of [...sources.personal, ...sources.ignored]) words.add(normaliseWord(word.trim()).toLowerCase());
  words.delete('');
  return [...words];
}

/**
 * Words never flagged whatever the dictionary says: a single letter (initials, "a", list letters), anything
 * with a digit in it (numbers, minute references, "12a", "3.5m"), and capitals (acronyms such as KCC or MARAC,
 * and their plurals: DHRs, GP's).
 */
export function isNeverFlaggedShape(word: string): boolean {
  const letters = word.replace(/['’]/g, '');
  if (letters.length < 2) return true;
  if (/\p{N}/u.test(letters)) return true;
  return /^\p{Lu}[\p{Lu}\p{M}-]*\p{Lu}s?$/u.test(letters);
}
