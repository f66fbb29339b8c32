import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/model/person';
import { attendanceName, firstMention, formalName, laterMention } from '../../../shared/domain/person-names';
import { KCSP_2015_ROSTER } from '../../fixtures/kcsp-2015';

const byId = (id: string): Person => {
  const found = KCSP_2015_ROSTER.find((p) => p.id === id);
  if (!found) throw new Error(`no ${id} in the fixture`);
  return found;
};

const peerbux: Person = {
  id: 'p-peerbux',
  bodyId: 'kcsp',
  retired: false,
  title: 'Mr',
  initials: 'S',
  surname: 'Peerbux',
  honours: '',
  role: 'Head of Community Safety, Public Protection',
  organisation: 'KCC',
  kind: 'officer',
  office: null,
};

describe('formalName', () => {
  it('writes title, initials and surname as the attendance lines do', () => {
    expect(formalName(byId('p-hill'))).toBe('Mr P M Hill');
    expect(formalName(byId('p-russell'))).toBe('Supt L Russell');
  });

  it('leaves out empty initials without a double space', () => {
    expect(formalName(byId('p-rivers'))).toBe('Mr Rivers');
    expect(formalName({ title: 'Mr', initials: '', surname: 'Peerbux' })).toBe('Mr Peerbux');
  });

  it('collapses stray spaces and drops full stops from initials', () => {
    expect(formalName({ title: ' Mr ', initials: ' P   M ', surname: 'Hill  ' })).toBe('Mr P M Hill');
    expect(formalName({ title: 'Mr', initials: 'P.M.', surname: 'Hill' })).toBe('Mr P M Hill');
    expect(formalName({ title: 'Cllr', initials: 'S', surname: 'Mochrie-Cox' })).toBe('Cllr S Mochrie-Cox');
  });
});

describe('attendanceName', () => {
  it('puts honours after a comma and marks the chair (2015)', () => {
    expect(attendanceName(byId('p-hill'), 'Chairman')).toBe('Mr P M Hill, OBE (Chairman)');
    expect(attendanceName(byId('p-rivers'), 'Chairman')).toBe('Mr Rivers (Vice-Chairman)');
  });

  it('uses Chair / Vice-Chair when the body says so (2023)', () => {
    expect(attendanceName({ ...byId('p-hill'), initials: 'H', honours: '' }, 'Chair')).toBe('Mr H Hill (Chair)');
    expect(attendanceName({ ...byId('p-rivers'), initials: 'J' }, 'Chair')).toBe('Mr J Rivers (Vice-Chair)');
  });

  it('follows an officer with their role, and a member with nothing', () => {
    expect(attendanceName(byId('p-gilmour'), 'Chairman')).toBe('Ms A Gilmour (Kent & Medway Domestic Violence Co-ordinator)');
    expect(attendanceName(byId('p-adams'), 'Chairman')).toBe('Mr M Adams');
    expect(attendanceName({ ...byId('p-gilmour'), role: '  ' }, 'Chairman')).toBe('Ms A Gilmour');
  });

  it('treats a visitor like an officer, and office before role', () => {
    expect(attendanceName({ ...peerbux, kind: 'visitor', role: 'Crimestoppers' }, 'Chair')).toBe('Mr S Peerbux (Crimestoppers)');
    expect(attendanceName({ ...peerbux, office: 'chair' }, 'Chair')).toBe('Mr S Peerbux (Chair)');
  });
});

describe('firstMention and laterMention', () => {
  it('names in full with role and organisation the first time (2019)', () => {
    expect(firstMention(peerbux)).toBe('Mr Peerbux (Head of Community Safety, Public Protection, KCC)');
    expect(firstMention(byId('p-adams'))).toBe('Mr Adams (Deputy Operations Manager, Kent Fire and Rescue Service)');
  });

  it('leaves out an empty part, and the brackets when both are empty', () => {
    expect(firstMention(byId('p-russell'))).toBe('Supt Russell (Kent Police)');
    expect(firstMention(byId('p-gilmour'))).toBe('Ms Gilmour (Kent & Medway Domestic Violence Co-ordinator)');
    expect(firstMention(byId('p-martin'))).toBe('Ms Martin');
  });

  it('names by title and surname afterwards', () => {
    expect(laterMention(peerbux)).toBe('Mr Peerbux');
    expect(laterMention(byId('p-hill'))).toBe('Mr Hill');
  });
});
