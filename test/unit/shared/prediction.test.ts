import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NgramTable } from '../../../shared/prediction/ngram-table';
import { PredictionEngine } from '../../../shared/prediction/prediction-engine';
import { Predictor, type Suggestion } from '../../../shared/prediction/predictor';
import { completeWith, personMark, splitAtCaret, tokenise } from '../../../shared/prediction/tokens';
import { paragraphsOfMinutes, runsOfPhrase } from '../../../shared/prediction/training-text';
import { parseTemplateText } from '../../../shared/domain/templates';

/** The words a suggestion inserts, a person as ⟨id⟩. */
const words = (suggestion: Suggestion | null) => suggestion?.parts.map((part) => (part.kind === 'text' ? part.text : `⟨${part.personId}⟩`)).join('') ?? null;

const model = (paragraphs: string[], options = {}) => Predictor.build([{ paragraphs, weight: 1 }], options);

describe('reading text as tokens', () => {
  it('keeps the space before each token, so tokens joined are the text', () => {
    const text = 'Mr Peerbux (Head of Community Safety, KCC) said the 2018/19 figures’ rise was £1.2m.';
    expect(tokenise(text).map((token) => token.text)).toEqual([
      'Mr', ' Peerbux', ' (', 'Head', ' of', ' Community', ' Safety', ',', ' KCC', ')', ' said', ' the', ' 2018/19', ' figures', '’', ' rise', ' was', ' £', '1.2m', '.',
    ]);
    expect(tokenise(text).map((token) => token.text).join('')).toBe(text);
    expect(tokenise("the Vice-Chairman's  report").map((token) => token.text)).toEqual(['the', ' Vice-Chairman\'s', ' report']);
  });

  it('reads a mention as one token carrying the roster id', () => {
    expect(tokenise(`${personMark('p-hill')} thanked officers`)).toEqual([{ text: '\u0002', personId: 'p-hill' }, { text: ' thanked' }, { text: ' officers' }]);
  });

  it('splits the text before the caret into what is complete and the word being typed', () => {
    expect(splitAtCaret('the repo')).toMatchObject({ partial: ' repo', context: [{ text: 'the' }] });
    expect(splitAtCaret('the ')).toMatchObject({ partial: ' ', context: [{ text: 'the' }] });
    expect(splitAtCaret('the report,')).toMatchObject({ partial: '', context: [{ text: 'the' }, { text: ' report' }, { text: ',' }] });
  });

  it('completes a typed capital from a word usually in lower case, but never lowers a name', () => {
    expect(completeWith(' Th', ' the')).toBe(' The');
    expect(completeWith(' th', ' the')).toBe(' the');
    expect(completeWith(' ke', ' Kent')).toBeNull();
    expect(completeWith(' Ke', ' Kent')).toBe(' Kent');
    expect(completeWith(' th', 'the')).toBeNull(); // a space was typed: the word after it has one
  });
});

describe('the n-gram table', () => {
  it('counts each n-gram once per occurrence, never across paragraphs', () => {
    // ⟨start⟩ a b c | ⟨start⟩ a b d | ⟨start⟩ b c
    const table = NgramTable.build(Uint32Array.from([0, 1, 2, 3, 0, 1, 2, 4, 0, 2, 3]), new Uint8Array(11).fill(1), 5, 3);
    const after = (context: number[]) => {
      const successors = table.successors(context);
      const seen: [number, number][] = [];
      if (successors) table.forEachSuccessor(successors, (token, count) => seen.push([token, count]));
      return seen;
    };
    expect(after([1, 2])).toEqual([[3, 1], [4, 1]]);
    expect(after([2])).toEqual([[3, 2], [4, 1]]);
    expect(after([0])).toEqual([[1, 2], [2, 1]]);
    expect(after([3])).toEqual([]); // c ends its paragraph: the next ⟨start⟩ is not its successor
    expect(table.unigram(2)).toBe(3);
  });
});

describe('predicting', () => {
  const minutes = model([
    'RESOLVED that the report be noted.',
    'RESOLVED that the report be noted.',
    'RESOLVED that the report be noted.',
    'RESOLVED that the report be agreed.',
    'The partnership welcomed the report.',
    'Members discussed the partnership arrangements.',
  ]);

  it('offers the rest of the likeliest word, the next word where likely, and the phrase while it is confident', () => {
    expect(words(minutes.suggest('RESOLVED that the report be n'))).toBe('oted.');
    expect(words(minutes.suggest('RESOLVED that the rep'))).toBe('ort be noted.');
    // "arrangements" followed "the partnership" once: likely enough as the next word, not as a phrase's third.
    expect(words(minutes.suggest('Members welcomed the part'))).toBe('nership arrangements');
  });

  it('ranks by how often, and in what context, a word was seen', () => {
    // "noted" three times after "be", "agreed" once.
    expect(words(minutes.suggest('RESOLVED that the report be '))).toBe('noted.');
    // Seen once, "agreed" is offered with the full stop after it (the next token), but a phrase goes on beyond that
    // only where it was seen more than once.
    expect(words(minutes.suggest('RESOLVED that the report be a'))).toBe('greed.');
    expect(words(minutes.suggest('Members discussed the partnership a'))).toBe('rrangements.');
  });

  it('never offers in an empty paragraph, at a sentence’s start, or where it would save under two characters', () => {
    expect(minutes.suggest('')).toBeNull();
    expect(minutes.suggest('The report was noted. ')).toBeNull();
    expect(minutes.suggest('The report was noted.')).toBeNull();
    expect(model(['He sat']).suggest('He sa')).toBeNull(); // "t" alone
  });

  it('keeps punctuation and spacing exactly as learnt', () => {
    const roles = model(['Mr Adams (Head of Community Safety, KCC) spoke.', 'Mr Adams (Head of Community Safety, KCC) spoke.']);
    expect(words(roles.suggest('Mr Adams (He'))).toBe('ad of Community Safety, KCC) spoke.');
  });

  it('completes a capitalised first word from the same word in lower case', () => {
    expect(words(minutes.suggest('Members discussed the partnership. Pa'))).toMatch(/^rtnership\b/);
    expect(words(minutes.suggest('Members discussed the partnership. pa'))).toMatch(/^rtnership\b/);
  });

  it('learns the meeting being typed paragraph by paragraph, without building again, and unlearns what is deleted', () => {
    const fresh = model(['The Committee noted the report.']);
    const size = fresh.stats;
    expect(fresh.suggest('The Crimestop')).toBeNull();
    fresh.setParagraph('p1', 'Crimestoppers ran a campaign in Dartford.');
    expect(words(fresh.suggest('The Crimest'))).toMatch(/^oppers/); // and, typed in this meeting, the words after it
    expect(words(fresh.suggest('The campaign in Dar'))).toBe('tford.');
    fresh.setParagraph('p1', 'A campaign ran.'); // edited: the old words go
    expect(fresh.suggest('The Crimest')).toBeNull();
    fresh.setParagraph('p1', null);
    expect(fresh.suggest('A camp')).toBeNull();
    expect(fresh.stats.nodes).toBe(size.nodes); // the fixed table is never rebuilt
    expect(fresh.stats.tableBytes).toBe(size.tableBytes);
  });

  it('offers a person named by the start of their name, as a mention replacing what was typed', () => {
    const people = model(['The Committee noted the report.']);
    people.setPeople([
      { id: 'p-peerbux', name: 'Mr Peerbux', present: true },
      { id: 'p-pritchard', name: 'Mr Pritchard', present: true },
      { id: 'p-brinson', name: 'Ms Brinson', present: false },
    ]);
    expect(people.suggest('The report was introduced by Mr Pe')).toEqual({ replace: 5, parts: [{ kind: 'person', personId: 'p-peerbux' }] });
    expect(people.suggest('The report was introduced by Ms ')).toEqual({ replace: 3, parts: [{ kind: 'person', personId: 'p-brinson' }] });
    // Two people called Mr and nothing to choose between them: no guess until a letter of the surname.
    expect(words(people.suggest('The report was introduced by Mr ')) ?? '').not.toMatch(/⟨/);
    // Named in this meeting again and again, Mr Pritchard is the likelier.
    people.setParagraph('p1', `${personMark('p-pritchard')} said. ${personMark('p-pritchard')} added. ${personMark('p-pritchard')} agreed.`);
    expect(people.suggest('Thanks to Mr ')).toEqual({ replace: 3, parts: [{ kind: 'person', personId: 'p-pritchard' }] });
    expect(people.suggest('Thanks to Mr Pritchard')).not.toEqual(expect.objectContaining({ parts: [{ kind: 'person', personId: 'p-pritchard' }] }));
  });

  it('learns what people do, whoever they are: a mention is one token', () => {
    const phrases = model([`${personMark('a')} introduced the report.`, `${personMark('b')} introduced the report.`]);
    expect(words(phrases.suggest(`${personMark('c')} intro`))).toBe('duced the report.');
  });
});

describe('what prediction learns from', () => {
  it('reads the paragraphs of saved minutes, mentions as marks, headings and unfilled blanks left out', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          {
            type: 'minute-item',
            children: [
              { type: 'minute-heading', itemId: 'a' },
              { type: 'resolution', children: [{ type: 'text', text: 'RESOLVED' }, { type: 'text', text: ' that the report be noted.' }] },
              {
                type: 'list',
                children: [
                  { type: 'listitem', children: [{ type: 'mention', personId: 'p-hill' }, { type: 'text', text: ' thanked ' }, { type: 'template-field', text: 'who', placeholder: 'who' }, { type: 'text', text: 'warmly.' }] },
                  { type: 'listitem', children: [{ type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'A sub-point.' }] }] }] },
                ],
              },
            ],
          },
        ],
      },
    };
    expect(paragraphsOfMinutes(state)).toEqual(['RESOLVED that the report be noted.', `${personMark('p-hill')} thanked`, 'warmly.', 'A sub-point.']);
    expect(paragraphsOfMinutes(null)).toEqual([]);
  });

  it('reads a standing phrase as runs of words, a person blank as a mention', () => {
    expect(runsOfPhrase(parseTemplateText('{person} introduced the report that {summary}.'))).toEqual([`${personMark('')} introduced the report that`, '.']);
  });

  it('builds from a committee’s meeting files, signed minutes weighing most, and its stock of council language', () => {
    const file = JSON.parse(readFileSync(new URL('../../fixtures/meeting-files/kcsp-2019-07-17.json', import.meta.url), 'utf8')) as { minutes: { editorState: unknown } };
    const engine = new PredictionEngine();
    const built = engine.learn({ minutes: [{ editorState: JSON.stringify(file.minutes.editorState), weight: 3 }, { editorState: '{not json', weight: 1 }], phrases: ['{person} gave a verbal update on {subject}.'] }, ['Prevent Update']);
    expect(built.words).toBeGreaterThan(2000);
    // From the past minutes…
    expect(words(engine.suggest('The Kent Community Safety Agre', true))).toMatch(/^ement/);
    // …and from the stock, which no committee wrote.
    expect(words(engine.suggest('There were no declarations of inter', true))).toMatch(/^est/);
    // The meeting's own paragraphs are kept, and applied again to a model built later.
    engine.setParagraphs([{ key: '1', text: 'The Zorblax initiative was launched.' }]);
    engine.learn({ minutes: [], phrases: [] }, []);
    expect(words(engine.suggest('The Zorb', true))).toMatch(/^lax/);
    engine.forget();
    expect(engine.suggest('The Zorb', true)).toBeNull();
  });
});
