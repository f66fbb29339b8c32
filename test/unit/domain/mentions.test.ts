import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/model/person';
import { FirstMentions, mentionText } from '../../../shared/domain/mentions';
import { KCSP_2015_ROSTER } from '../../fixtures/kcsp-2015';

const roster = new Map<string, Person>(KCSP_2015_ROSTER.map((p) => [p.id, p]));

/** The words of each mention, in document order, in one section (a minute, or the text outside any). */
function worded(personIds: readonly string[], people: ReadonlyMap<string, Person> = roster, stored = ''): string[] {
  const firsts = new FirstMentions();
  firsts.enterMinute();
  return personIds.map((id) => mentionText(people.get(id), firsts.next(id), stored));
}

describe('mentionText with FirstMentions', () => {
  it('names in full the first time in a minute and by title and surname after (minute 94)', () => {
    expect(worded(['p-adams', 'p-adams', 'p-adams', 'p-russell', 'p-russell', 'p-beaumont', 'p-adams'])).toEqual([
      'Mr Adams (Deputy Operations Manager, Kent Fire and Rescue Service)',
      'Mr Adams',
      'Mr Adams',
      'Supt Russell (Kent Police)',
      'Supt Russell',
      'Mr Beaumont (Head of Community Safety and Emergency Planning, KCC)',
      'Mr Adams',
    ]);
  });

  it('starts afresh in each minute, and the text outside any minute is one section of its own', () => {
    const firsts = new FirstMentions();
    const say = (id: string) => mentionText(roster.get(id), firsts.next(id), '');
    expect(say('p-parris')).toBe('Mr Parris (Community Safety Manager, KCC)'); // before the first minute
    firsts.enterMinute();
    expect([say('p-parris'), say('p-parris')]).toEqual(['Mr Parris (Community Safety Manager, KCC)', 'Mr Parris']);
    firsts.leaveMinute();
    expect(say('p-parris')).toBe('Mr Parris'); // outside again: already introduced there
    firsts.enterMinute();
    expect(say('p-parris')).toBe('Mr Parris (Community Safety Manager, KCC)');
  });

  it('still names a retired person in full', () => {
    const parris = roster.get('p-parris')!;
    const retired = new Map(roster).set('p-parris', { ...parris, retired: true });
    expect(worded(['p-parris'], retired)).toEqual(['Mr Parris (Community Safety Manager, KCC)']);
  });

  it('names someone no longer on the roster by the short name stored with the mention, or "[unknown person]" when it has none', () => {
    expect(worded(['p-gone', 'p-gone'], roster, 'Cllr Gone')).toEqual(['Cllr Gone', 'Cllr Gone']);
    expect(worded(['p-gone'], roster, '  ')).toEqual(['[unknown person]']);
    expect(worded([])).toEqual([]);
  });
});
