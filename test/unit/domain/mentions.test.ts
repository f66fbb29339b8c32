import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/model/person';
import { FirstMentions, mentionText } from '../../../shared/domain/mentions';
import { attendanceName } from '../../../shared/domain/person-names';
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

describe('names as the council prints them', () => {
  const base: Person = {
    id: 'p-x', bodyId: 'kcsp', retired: false, title: 'Mr', initials: 'B', surname: 'Loose', honours: '', role: '', organisation: 'Kent Police', kind: 'officer', office: null,
  };
  const say = (person: Person, first: boolean) => mentionText(person, first, '');

  it('prints a person with a title by title and surname, with the role and organisation at first mention', () => {
    expect([say(base, true), say(base, false)]).toEqual(['Mr Loose (Kent Police)', 'Mr Loose']);
    expect(attendanceName(base, 'Chairman')).toBe('Mr B Loose');
  });

  it('uses the title for the text in mentions, and the attendance title on the attendance line ("DCI Loose", "Mr B Loose")', () => {
    const loose = { ...base, textTitle: 'DCI', role: 'Detective Chief Inspector' };
    expect([say(loose, true), say(loose, false)]).toEqual(['DCI Loose (Detective Chief Inspector, Kent Police)', 'DCI Loose']);
    expect(attendanceName(loose, 'Chairman')).toBe('Mr B Loose (Detective Chief Inspector)');
    // An empty text title falls back to the attendance title.
    expect(say({ ...loose, textTitle: '  ' }, false)).toBe('Mr Loose');
  });

  it('prints a person with a forename and no title as written ("Matthew Burbeck"), on the attendance line and in the text', () => {
    const burbeck = { ...base, title: '', forename: 'Matthew', initials: '', surname: 'Burbeck', organisation: '' };
    expect(attendanceName(burbeck, 'Chairman')).toBe('Matthew Burbeck');
    expect([say(burbeck, true), say(burbeck, false)]).toEqual(['Matthew Burbeck', 'Matthew Burbeck']);
    // A forename takes the initials' place on the attendance line; with a title, the text uses title and surname.
    expect(attendanceName({ ...burbeck, title: 'Mr', initials: 'M' }, 'Chairman')).toBe('Mr Matthew Burbeck');
    expect(say({ ...burbeck, title: 'Mr' }, false)).toBe('Mr Burbeck');
  });

  it('prints a surname alone as written ("Widden")', () => {
    const widden = { ...base, title: '', initials: '', surname: 'Widden', organisation: '', role: 'Kent Fire and Rescue Service' };
    expect(attendanceName({ ...widden, kind: 'member' }, 'Chairman')).toBe('Widden');
    expect([say(widden, true), say(widden, false)]).toEqual(['Widden (Kent Fire and Rescue Service)', 'Widden']);
    // A text title alone: "Cllr Widden" in the text, "Widden" on the attendance line.
    expect(say({ ...widden, textTitle: 'Cllr' }, false)).toBe('Cllr Widden');
    expect(attendanceName({ ...widden, textTitle: 'Cllr', kind: 'member' }, 'Chairman')).toBe('Widden');
  });

  it('by the rule "meeting" names a person in full only at their first mention in the whole minutes', () => {
    const firsts = new FirstMentions('meeting');
    const said = (id: string) => mentionText(roster.get(id), firsts.next(id), '');
    firsts.enterMinute();
    expect([said('p-parris'), said('p-parris')]).toEqual(['Mr Parris (Community Safety Manager, KCC)', 'Mr Parris']);
    firsts.leaveMinute();
    firsts.enterMinute();
    expect(said('p-parris')).toBe('Mr Parris');
    expect(said('p-adams')).toBe('Mr Adams (Deputy Operations Manager, Kent Fire and Rescue Service)');
    firsts.leaveMinute();
    expect(said('p-adams')).toBe('Mr Adams');
  });

  it('by the rule "minute" (the default) introduces people afresh in each minute', () => {
    const firsts = new FirstMentions('minute');
    const said = (id: string) => mentionText(roster.get(id), firsts.next(id), '');
    firsts.enterMinute();
    expect([said('p-parris'), said('p-parris')]).toEqual(['Mr Parris (Community Safety Manager, KCC)', 'Mr Parris']);
    firsts.leaveMinute();
    firsts.enterMinute();
    expect(said('p-parris')).toBe('Mr Parris (Community Safety Manager, KCC)');
  });
});
