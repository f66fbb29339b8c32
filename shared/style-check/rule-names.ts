import type { StyleRule } from './findings';

/**
 * How each rule of the house-style check is named to the officer: `name` heads its findings in the check's
 * panel, `setting` labels the house-style setting that turns it off.
 */
export const STYLE_RULE_NAMES: Readonly<Record<StyleRule, { name: string; setting: string }>> = {
  'first-person': { name: 'First person', setting: 'First person (“I”, “we”, “our”) outside quotations' },
  tense: { name: 'Tense', setting: 'Present or future tense in reported speech (“will”, “is”, “are”)' },
  contraction: { name: 'Contraction', setting: 'Contractions (“don’t”, “it’s”)' },
  name: { name: 'Name', setting: 'Names not on the roster, or spelt two ways' },
  abbreviation: { name: 'Abbreviation', setting: 'Abbreviations not spelt out at their first use' },
  resolution: { name: 'Resolution', setting: 'Minutes without a resolution, and RESOLVED in the middle of a paragraph' },
  blank: { name: 'Blank', setting: 'Blanks left in a standard phrase' },
};
