import { describe, expect, it } from 'vitest';
import { AbbreviationListSchema, abbreviationLookup, abbreviationProblem, type Abbreviation } from '../../../shared/autocorrect/abbreviations';
import { correctionFor, type DashStyle, type QuoteStyle, type TypingRules } from '../../../shared/autocorrect/typing-rules';

const LIST: Abbreviation[] = [
  { short: 'kcc', full: 'Kent County Council' },
  { short: 'kfrs', full: 'Kent Fire and Rescue Service' },
  { short: 'e.g.', full: 'for example' },
  { short: 'PCC', full: 'Police and Crime Commissioner' },
];

function rules(quotes: QuoteStyle = 'curly', dashes: DashStyle = 'en', list: Abbreviation[] = LIST): TypingRules {
  return { quotes, dashes, abbreviations: abbreviationLookup(list) };
}

/**
 * Types `text` character by character into a paragraph of its own, as the editor would, making each correction
 * the rules ask for as the character is typed: the paragraph as it ends up.
 */
function typed(text: string, typingRules: TypingRules = rules()): string {
  let paragraph = '';
  for (const character of text) {
    paragraph += character;
    const correction = correctionFor({ text: paragraph, lead: 0, startsParagraph: true }, typingRules);
    if (correction) {
      expect(paragraph.slice(correction.from, correction.to)).toBe(correction.typed);
      paragraph = paragraph.slice(0, correction.from) + correction.replacement + paragraph.slice(correction.to);
    }
  }
  return paragraph;
}

describe('quotation marks and apostrophes, curly house style', () => {
  it('opens after a space, a bracket, a dash or the paragraph’s start, and closes after a word or punctuation', () => {
    expect(typed('"The report," he said, "was late."')).toBe('“The report,” he said, “was late.”');
    expect(typed("Members noted ('with regret') the 'draft' plan.")).toBe('Members noted (‘with regret’) the ‘draft’ plan.');
    expect(typed('[“a”] – "b"')).toBe('[“a”] – “b”');
  });

  it('an apostrophe inside or at the end of a word is a closing mark', () => {
    expect(typed("The council's view, the members' views, and Kent Police's view.")).toBe('The council’s view, the members’ views, and Kent Police’s view.');
    expect(typed("It wasn't agreed.")).toBe('It wasn’t agreed.');
  });

  it('a year or decade with its century left out takes an apostrophe, not an opening mark', () => {
    expect(typed("Since the '90s and in '19, but 'quoted' still.")).toBe('Since the ’90s and in ’19, but ‘quoted’ still.');
    expect(typed("('90s) ")).toBe('(’90s) ');
  });

  it('straight house style leaves every mark as typed', () => {
    expect(typed(`The council's "view" in the '90s.`, rules('straight'))).toBe(`The council's "view" in the '90s.`);
  });

  it('what is typed for the people (@) and phrases (/) lists is left alone', () => {
    expect(typed("@O'Brien ")).toBe("@O'Brien ");
    expect(typed("/member's ")).toBe("/member's ");
  });

  it('after a person’s name (a mention before the text) an apostrophe closes', () => {
    expect(correctionFor({ text: "x'", lead: 1, startsParagraph: false }, rules())?.replacement).toBe('’');
    expect(correctionFor({ text: " '", lead: 1, startsParagraph: false }, rules())?.replacement).toBe('‘');
  });
});

describe('dashes', () => {
  it('a hyphen between spaces after a word is the house style’s dash', () => {
    expect(typed('the report - which was late - was noted', rules('straight', 'en'))).toBe('the report – which was late – was noted');
    expect(typed('the report -- which was late', rules('straight', 'en'))).toBe('the report – which was late');
    expect(typed('the report - which was late', rules('straight', 'em'))).toBe('the report — which was late');
  });

  it('a double hyphen inside a word is the dash closed up: a range in the en style', () => {
    expect(typed('in 2019--20 and pages 4--7 ', rules('straight', 'en'))).toBe('in 2019–20 and pages 4–7 ');
    expect(typed('the plan--late--was noted ', rules('straight', 'em'))).toBe('the plan—late—was noted ');
  });

  it('leaves hyphenated words, ranges with one hyphen, a bullet typed at the start and a hyphen after two spaces', () => {
    const style = rules('straight', 'en');
    expect(typed('well-being 2019-20 ', style)).toBe('well-being 2019-20 ');
    expect(typed('- first point', style)).toBe('- first point');
    expect(typed('a  - b', style)).toBe('a  - b');
  });

  it('off leaves every hyphen as typed', () => {
    expect(typed('the report - which -- late 2019--20 ', rules('curly', 'off'))).toBe('the report - which -- late 2019--20 ');
  });
});

describe('abbreviations', () => {
  it('writes the short form out when a space ends it, keeping the punctuation around it', () => {
    expect(typed('Officers of kcc attended. ')).toBe('Officers of Kent County Council attended. ');
    expect(typed('(kcc), kcc. kcc; ')).toBe('(Kent County Council), Kent County Council. Kent County Council; ');
    expect(typed("kcc's report ")).toBe('Kent County Council’s report ');
  });

  it('a capital first letter (a sentence’s start) gives a capital first letter; capitals elsewhere are the abbreviation itself', () => {
    expect(typed('Kcc said ')).toBe('Kent County Council said ');
    expect(typed('KCC said ')).toBe('KCC said ');
    expect(typed('kCC said ')).toBe('kCC said ');
  });

  it('a short form saved with capitals must be typed as saved', () => {
    expect(typed('the PCC and the pcc ')).toBe('the Police and Crime Commissioner and the pcc ');
  });

  it('a short form with its own full stop, and words merely containing a short form', () => {
    expect(typed('e.g. this ')).toBe('for example this ');
    expect(typed('kccs kcc-led xkcc ')).toBe('kccs kcc-led xkcc ');
  });

  it('is not made until the word ends, nor for a word running on from a mention before the text', () => {
    expect(correctionFor({ text: 'kcc', lead: 0, startsParagraph: true }, rules())).toBeNull();
    expect(correctionFor({ text: 'xkcc ', lead: 1, startsParagraph: false }, rules())).toBeNull();
    expect(correctionFor({ text: ' kcc ', lead: 1, startsParagraph: false }, rules())?.replacement).toBe('Kent County Council');
  });
});

describe('the abbreviations list', () => {
  it('refuses an empty short form or full form, a short form with a space, and the same short form twice in any case', () => {
    expect(abbreviationProblem({ short: ' ', full: 'Kent County Council' }, [], null)).toBe('Give the short form you will type, such as “kcc”.');
    expect(abbreviationProblem({ short: 'kcc', full: '' }, [], null)).toBe('Give the words it stands for, such as “Kent County Council”.');
    expect(abbreviationProblem({ short: 'k cc', full: 'Kent County Council' }, [], null)).toMatch(/^A short form is one word/);
    expect(abbreviationProblem({ short: '/kcc', full: 'Kent County Council' }, [], null)).toMatch(/^A short form is one word/);
    expect(abbreviationProblem({ short: 'KCC', full: 'Kent' }, LIST, null)).toBe('“kcc” is already on the list, for “Kent County Council”.');
    expect(abbreviationProblem({ short: 'KCC', full: 'Kent' }, LIST, 0)).toBeNull();
    expect(abbreviationProblem({ short: 'cxo', full: 'Chief Executive Officer' }, LIST, null)).toBeNull();
  });

  it('the stored list refuses a short form twice, naming the entry', () => {
    const checked = AbbreviationListSchema.safeParse([...LIST, { short: 'KFRS', full: 'Fire' }]);
    expect(checked.success).toBe(false);
    expect(checked.error?.issues[0]?.path).toEqual([4, 'short']);
    expect(checked.error?.issues[0]?.message).toBe('The same short form as abbreviation 2');
    expect(AbbreviationListSchema.safeParse(LIST).success).toBe(true);
  });
});
