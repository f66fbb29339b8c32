import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../../shared/prediction/lexicon';
import { PredictionEngine } from '../../../shared/prediction/prediction-engine';
import { Predictor, type Suggestion } from '../../../shared/prediction/predictor';
import { PrefixSums } from '../../../shared/prediction/prefix-sums';
import { Vocabulary } from '../../../shared/prediction/vocabulary';

/** The words a suggestion inserts, a person as ⟨id⟩. */
const words = (suggestion: Suggestion | null) => suggestion?.parts.map((part) => (part.kind === 'text' ? part.text : `⟨${part.personId}⟩`)).join('') ?? null;
const model = (paragraphs: string[]) => Predictor.build([{ paragraphs, weight: 1 }]);

describe('what an ask costs', () => {
  it('looks at the same tokens however many words the meeting has typed', () => {
    const minutes = model(['RESOLVED that the report be noted.', 'The Committee noted the report.', 'Members discussed the report.']);
    minutes.setParagraph('p0', 'The partnership welcomed the report.');
    const cost = (before: string) => {
      const start = minutes.tokensExamined;
      const answer = words(minutes.suggest(before));
      return { answer, examined: minutes.tokensExamined - start };
    };
    const small = [cost('RESOLVED that the rep'), cost('Members discussed the '), cost('The partnership w')];
    // Twenty thousand words of minutes, each new to the model (names, figures, terms of this meeting alone).
    for (let paragraph = 0; paragraph < 400; paragraph += 1) {
      minutes.setParagraph(`p${paragraph + 1}`, Array.from({ length: 50 }, (_, word) => `term${paragraph}x${word}`).join(' '));
    }
    const large = [cost('RESOLVED that the rep'), cost('Members discussed the '), cost('The partnership w')];
    expect(large.map((ask) => ask.answer)).toEqual(small.map((ask) => ask.answer));
    expect(large.map((ask) => ask.examined)).toEqual(small.map((ask) => ask.examined));
    // The meeting's own new words are still found by their start.
    minutes.setParagraph('p-last', 'Crimestoppers ran a campaign.');
    expect(words(minutes.suggest('Thanks to Crimest'))).toMatch(/^oppers/);
  });

  it('keeps the words first met in the meeting sorted, so their start is found without reading them all', () => {
    const vocabulary = new Vocabulary(['\u0001']);
    for (const word of [' report', ' rescue', ' the']) vocabulary.idOf(word);
    vocabulary.freeze();
    const later = [' repair', ' zone', ' reply', ' apple', ' Rep'].map((word) => vocabulary.idOf(word));
    expect(vocabulary.laterMatching(' rep').map((id) => vocabulary.text(id))).toEqual([' Rep', ' repair', ' reply']);
    expect(vocabulary.laterMatching(' z')).toEqual([later[1]]);
    const { from, to } = vocabulary.prefixRange(' re');
    expect(Array.from({ length: to - from }, (_, i) => vocabulary.text(vocabulary.sortedId(from + i)))).toEqual([' report', ' rescue']);
    expect(vocabulary.positionOf(vocabulary.find(' rescue')!)).toBe(from + 1);
  });

  it('sums counts over runs of positions as they change', () => {
    const sums = new PrefixSums(10);
    const plain = new Array<number>(10).fill(0);
    const add = (position: number, delta: number) => {
      sums.add(position, delta);
      plain[position]! += delta;
    };
    [[3, 2], [0, 1], [9, 4], [3, -1], [5, 7], [9, -4]].forEach(([position, delta]) => add(position!, delta!));
    for (let from = 0; from <= 10; from += 1) {
      for (let to = from; to <= 10; to += 1) expect(sums.sum(from, to)).toBe(plain.slice(from, to).reduce((a, b) => a + b, 0));
    }
    sums.clear();
    expect(sums.sum(0, 10)).toBe(0);
  });
});

describe('what is offered', () => {
  it('offers the likeliest word worth offering: "that" where "the" would save one letter', () => {
    // "the" ends each paragraph: nothing follows it to make the offer longer than "e".
    const minutes = model(['We saw the', 'We saw the', 'We saw the', 'We saw that']);
    expect(words(minutes.suggest('We saw th'))).toBe('at');
    expect(words(model(['We saw the', 'We saw the']).suggest('We saw th'))).toBeNull();
  });

  it('offers the next word as soon as the word before it is typed out, as after the space', () => {
    const minutes = model(['The Committee noted the report.', 'The Committee agreed the plan.', 'The Committee noted the plan.']);
    expect(words(minutes.suggest('The Committee'))).toBe(' noted the');
    expect(words(minutes.suggest('The Committee '))).toBe('noted the');
  });

  it('learns the roster’s roles and organisations as this meeting’s words, and forgets them with the person', () => {
    const engine = new PredictionEngine();
    engine.learn({ minutes: [], phrases: [] }, []);
    const before = words(engine.suggest('Members thanked the Neighbo', true));
    engine.setPeople([{ id: 'p-a', name: 'Ms Arden', present: true, words: 'Head of Neighbourhood Services, Borough Council' }]);
    expect(words(engine.suggest('Members thanked the Neighbo', true))).toMatch(/^urhood Services/);
    engine.setPeople([]);
    expect(words(engine.suggest('Members thanked the Neighbo', true))).toBe(before);
  });
});

describe('the word list for words never met', () => {
  const lexicon = new Lexicon(['9', 'pandemic/SM', 'pandering', 'consider/SD', 'considerable', 'considerate', 'consideration', 'Kent/M', 'kennel', 'a'].join('\n'));

  it('offers the shortest word when few fit what was typed, and nothing when many do', () => {
    expect(lexicon.complete('pande')).toBe('mic');
    expect(lexicon.complete('pand')).toBe('emic'); // pandemic, pandering: the shorter
    expect(lexicon.complete('consi')).toBeNull(); // four words fit
    expect(lexicon.complete('considera')).toBe('te'); // three fit: the shortest
    expect(lexicon.complete('pa')).toBeNull(); // too few letters to go on
  });

  it('keeps a typed capital and never lowers a name', () => {
    expect(lexicon.complete('Pande')).toBe('mic');
    expect(lexicon.complete('Ken')).toBeNull(); // "Kent": one letter saved
    expect(lexicon.complete('Kenn')).toBe('el');
    expect(lexicon.complete('ken')).toBe('nel');
  });
});
