import { describe, expect, it } from 'vitest';
import { allowedWords, isNeverFlaggedShape } from '../../../shared/spelling/allowed-words';
import { DictionaryWordSchema, spellingWords } from '../../../shared/spelling/words';

const words = (text: string) => spellingWords(text).map((token) => token.word);

describe('spellingWords', () => {
  it('finds each word with where it is in the text', () => {
    expect(spellingWords('The Committee noted it.')).toEqual([
      { word: 'The', start: 0, end: 3 },
      { word: 'Committee', start: 4, end: 13 },
      { word: 'noted', start: 14, end: 19 },
      { word: 'it', start: 20, end: 22 },
    ]);
  });

  it('keeps curly and straight apostrophes inside a word, not quote marks around it', () => {
    expect(words('Mr Peerbux’s report didn\'t, and ‘Members’ said')).toEqual(['Mr', 'Peerbux’s', 'report', "didn't", 'and', 'Members', 'said']);
  });

  it('keeps hyphenated words whole and splits on dashes with spaces', () => {
    expect(words('the Vice-Chairman – a co-ordinator – said multi-agency')).toEqual(['the', 'Vice-Chairman', 'a', 'co-ordinator', 'said', 'multi-agency']);
  });

  it('gives numbers, minute references and initials as words of their own (judged by shape later)', () => {
    expect(words('Minute 92(b) of 19/03/2015: Mr P M Hill spent £3.5m')).toEqual(['Minute', '92', 'b', 'of', '19', '03', '2015', 'Mr', 'P', 'M', 'Hill', 'spent', '3', '5m']);
  });

  it('skips web and e-mail addresses whole', () => {
    expect(words('See www.kent.gov.uk/areyouokay or https://example.org/a-b, or write to jo.bloggs@kent.gov.uk today')).toEqual([
      'See', 'or', 'or', 'write', 'to', 'today',
    ]);
  });
});

describe('words never flagged by their shape', () => {
  it.each(['KCC', 'MARAC', 'DHRs', "GP's", 'P', 'a', '2015', '92b', '5m', 'KCST'])('%s is never flagged', (word) => {
    expect(isNeverFlaggedShape(word)).toBe(true);
  });
  it.each(['Recieved', 'Kcc', 'Ofsted', 'recieved', 'MARACz'])('%s is judged by the dictionary', (word) => {
    expect(isNeverFlaggedShape(word)).toBe(false);
  });
});

describe('allowedWords', () => {
  it('takes every part of every roster name, the council terms, the personal dictionary and the ignored words', () => {
    const allowed = allowedWords({
      roster: [
        { title: 'Supt', initials: 'L', surname: 'Smith-Peerbux', honours: 'QPM', role: 'Head of Safeguarding', organisation: 'Kent Police' },
        { title: 'Ms', initials: 'D.', surname: 'Exall', honours: '', role: 'Strategic Relationship Adviser', organisation: 'KCC' },
      ],
      personal: ['Fastrack', 'Widden’s'],
      ignored: ['Thomspon'],
    });
    for (const word of ['supt', 'l', 'smith-peerbux', 'smith', 'peerbux', 'qpm', 'kent', 'police', 'exall', 'd', 'kcc', 'ofsted', 'marac', 'fastrack', "widden's", 'thomspon']) {
      expect(allowed, word).toContain(word);
    }
    expect(allowed).not.toContain('');
  });
});

describe('DictionaryWordSchema', () => {
  it('takes one word, trimmed, and refuses spaces and blanks in plain words', () => {
    expect(DictionaryWordSchema.parse('  Peerbux ')).toBe('Peerbux');
    expect(DictionaryWordSchema.safeParse('two words').error?.issues[0]?.message).toBe('One word only, with no spaces');
    expect(DictionaryWordSchema.safeParse('   ').error?.issues[0]?.message).toBe('Give a word');
  });
});
