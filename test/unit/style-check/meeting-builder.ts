import dictionary from 'dictionary-en-gb';
import nspell from 'nspell';
import { wordBookFrom, type WordBook } from '../../../shared/style-check/word-book';

export * from '../../support/meeting-input';

/** The real en-GB dictionary, loaded once per test file. */
let words: WordBook | null = null;
export function testWordBook(): WordBook {
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  words ??= wordBookFrom(nspell(text(dictionary.aff), text(dictionary.dic)));
  return words;
}
