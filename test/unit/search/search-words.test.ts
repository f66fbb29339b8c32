import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../shared/search/query';
import { hitsIn } from '../../../shared/search/snippets';
import { normaliseWord, wordKeys, wordsOf } from '../../../shared/search/words';

describe('how search reads words', () => {
  it('compares words without case, accents, apostrophes or a possessive, and never respells them', () => {
    expect(wordKeys('The Café’s RÉSUMÉ, O’Brien and the officer\'s report.')).toEqual(['the', 'cafe', 'resume', 'obrien', 'and', 'the', 'officer', 'report']);
    expect(normaliseWord('Organise')).toBe('organise');
    expect(normaliseWord('organisation')).not.toBe(normaliseWord('organization'));
    expect(wordKeys('anti-social behaviour; £1.5m in 2024/25')).toEqual(['anti', 'social', 'behaviour', '1', '5m', 'in', '2024', '25']);
  });

  it('knows where each word is in the text', () => {
    expect(wordsOf('  RESOLVED that')).toEqual([
      { key: 'resolved', start: 2, end: 10 },
      { key: 'that', start: 11, end: 15 },
    ]);
  });

  it('reads all-words queries, "phrases" and the word still being typed', () => {
    expect(parseQuery('speed camera')).toEqual({ words: ['speed', 'camera'], phrases: [], prefix: 'camera' });
    expect(parseQuery('speed camera ')).toEqual({ words: ['speed', 'camera'], phrases: [], prefix: null });
    expect(parseQuery('“speed cameras” Medway')).toEqual({ words: ['speed', 'cameras', 'medway'], phrases: [['speed', 'cameras']], prefix: 'medway' });
    expect(parseQuery('"speed cameras"')).toEqual({ words: ['speed', 'cameras'], phrases: [['speed', 'cameras']], prefix: null });
    expect(parseQuery('  ?! ')).toBeNull();
  });
});

describe('snippets', () => {
  it('marks every matched word in the paragraph around the first match, and says which paragraph', () => {
    const text = 'Apologies were received.\nThe Panel discussed speed cameras on the A2, and Speed limits near schools.';
    const hits = hitsIn(text, parseQuery('speed ')!);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ paragraph: 1, start: 20, end: 25 });
    expect(hits[0]!.parts).toEqual([
      { text: 'The Panel discussed ', match: false },
      { text: 'speed', match: true },
      { text: ' cameras on the A2, and ', match: false },
      { text: 'Speed', match: true },
      { text: ' limits near schools.', match: false },
    ]);
  });

  it('marks a phrase as one stretch, and a word being typed by what it begins', () => {
    const [hit] = hitsIn('RESOLVED that the speed cameras be noted.', parseQuery('"speed cameras" resol')!);
    expect(hit!.parts.filter((part) => part.match).map((part) => part.text)).toEqual(['RESOLVED', 'speed cameras']);
  });

  it('cuts a long paragraph to the words around the match, at word boundaries', () => {
    const long = `${'word '.repeat(60)}target ${'after '.repeat(60)}`.trim();
    const [hit] = hitsIn(long, parseQuery('target ')!);
    const shown = hit!.parts.map((part) => part.text).join('');
    expect(shown.startsWith('… word')).toBe(true);
    expect(shown.endsWith('after …')).toBe(true);
    expect(shown.length).toBeLessThan(260);
  });
});
