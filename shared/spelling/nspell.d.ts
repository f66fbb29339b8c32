/**
 * The part of nspell (a Hunspell-compatible checker in plain JavaScript) Minute Book uses. Declared here rather
 * than taken from @types/nspell because those pull Node's types (Buffer) into shared/ and the renderer, which
 * must not see them; the base tsconfig maps the module name "nspell" to this file.
 */
interface NSpell {
  correct(word: string): boolean;
  suggest(word: string): string[];
  add(word: string): NSpell;
}

declare function nspell(aff: string, dic: string): NSpell;

export default nspell;
