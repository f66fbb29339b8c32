import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/model/person';
import { mentionTexts } from '../../../shared/domain/mentions';
import { KCSP_2015_ROSTER } from '../../fixtures/kcsp-2015';

const roster = new Map<string, Person>(KCSP_2015_ROSTER.map((p) => [p.id, p]));

describe('mentionTexts', () => {
  it('names in full the first time in a minute and by title and surname after (minute 94)', () => {
    expect(mentionTexts(['p-adams', 'p-adams', 'p-adams', 'p-russell', 'p-russell', 'p-beaumont', 'p-adams'], roster)).toEqual([
      'Mr Adams (Deputy Operations Manager, Kent Fire and Rescue Service)',
      'Mr Adams',
      'Mr Adams',
      'Supt Russell (Kent Police)',
      'Supt Russell',
      'Mr Beaumont (Head of Community Safety and Emergency Planning, KCC)',
      'Mr Adams',
    ]);
  });

  it('starts afresh for each minute (one call per item)', () => {
    expect(mentionTexts(['p-parris'], roster)).toEqual(['Mr Parris (Community Safety Manager, KCC)']);
    expect(mentionTexts(['p-parris', 'p-parris'], roster)).toEqual(['Mr Parris (Community Safety Manager, KCC)', 'Mr Parris']);
  });

  it('still names a retired person, and writes "[unknown person]" for an id that has gone', () => {
    const retired = new Map(roster);
    const parris = roster.get('p-parris');
    if (!parris) throw new Error('fixture changed');
    retired.set('p-parris', { ...parris, retired: true });
    expect(mentionTexts(['p-gone', 'p-parris', 'p-gone'], retired)).toEqual(['[unknown person]', 'Mr Parris (Community Safety Manager, KCC)', '[unknown person]']);
    expect(mentionTexts([], roster)).toEqual([]);
  });
});
