import dictionary from 'dictionary-en-gb';
import { beforeAll, describe, expect, it } from 'vitest';
import { allowedWords } from '../../../shared/spelling/allowed-words';
import { SpellChecker } from '../../../shared/spelling/spell-checker';
import { spellingWords } from '../../../shared/spelling/words';

// The real en-GB Hunspell dictionary, as the worker gets it (as text).
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
let checker: SpellChecker;
beforeAll(() => {
  checker = new SpellChecker({ aff: text(dictionary.aff), dic: text(dictionary.dic) });
  checker.setAllowed(
    allowedWords({
      roster: [{ title: 'Mr', initials: 'S', surname: 'Peerbux', honours: '', role: 'Head of Community Safety', organisation: 'KCC' }],
      personal: ['Amelix'],
      ignored: [],
    }),
  );
});

const misspelt = (sentence: string) => spellingWords(sentence).map((t) => t.word).filter((word) => checker.isMisspelt(word));

describe('SpellChecker over the real en-GB dictionary', () => {
  it('knows British spellings', () => {
    for (const word of ['organisation', 'colour', 'recognised', 'programme', 'centre', 'minuted', 'Councillor', 'safeguarding']) {
      expect(checker.isMisspelt(word), word).toBe(false);
    }
  });

  it('flags American -ize and -or spellings, as this en-GB dictionary (the -ise variant) does not list them', () => {
    expect(checker.isMisspelt('organization')).toBe(true);
    expect(checker.isMisspelt('color')).toBe(true);
    expect(checker.isMisspelt('recognized')).toBe(true);
  });

  it('suggests "received" for "recieved", first', () => {
    expect(checker.isMisspelt('recieved')).toBe(true);
    expect(checker.suggest('recieved')[0]).toBe('received');
  });

  it('offers at most five suggestions, keeping a curly apostrophe', () => {
    expect(checker.suggest('comittee').length).toBeLessThanOrEqual(5);
    expect(checker.suggest('comittee')).toContain('committee');
    expect(checker.suggest('committe’s').some((s) => s.includes('’'))).toBe(true);
  });

  it('never flags roster names (with possessives), council terms, acronyms, numbers or the personal dictionary', () => {
    expect(misspelt('Mr Peerbux’s report to KCC, Ofsted and the MARAC on 12 DHRs was recieved by SECamb; Amelix and Cllr Smith-Peerbux agreed.')).toEqual([
      'recieved',
    ]);
  });

  it('takes a hyphenated word as right when each part is, and curly apostrophes like straight ones', () => {
    expect(checker.isMisspelt('multi-agency')).toBe(false);
    expect(checker.isMisspelt('Peerbux-led')).toBe(false);
    expect(checker.isMisspelt('don’t')).toBe(false);
    expect(checker.isMisspelt('multi-agnecy')).toBe(true);
  });

  it('forgets an allowed word when the list changes', () => {
    checker.setAllowed([]);
    expect(checker.isMisspelt('Peerbux')).toBe(true);
    expect(checker.isMisspelt('Ofsted')).toBe(true);
  });
});
