import { describe, expect, it } from 'vitest';
import { parseNameList, parsePrintedName, titlesInText, type PrintedName } from '../../../shared/import-docx/attendance-names';

const name = (fields: Partial<PrintedName>) =>
  expect.objectContaining({ title: '', forename: '', initials: '', honours: '', office: null, role: '', organisation: '', ...fields });

describe('a printed name', () => {
  it('reads title, initials, surname, honours and office: "Mr P M Hill, OBE (Chairman)"', () => {
    expect(parsePrintedName('Mr P M Hill, OBE (Chairman)')).toEqual(name({ title: 'Mr', initials: 'P M', surname: 'Hill', honours: 'OBE', office: 'chair', chairWord: 'Chairman' }));
    expect(parsePrintedName('Mr Rivers (Vice-Chairman)')).toEqual(name({ title: 'Mr', surname: 'Rivers', office: 'vice-chair', chairWord: 'Chairman' }));
    expect(parsePrintedName('Mr J Rivers (Vice Chair)')).toEqual(name({ title: 'Mr', initials: 'J', surname: 'Rivers', office: 'vice-chair', chairWord: 'Chair' }));
    expect(parsePrintedName('Cllr A Brown MBE JP (Chairwoman)')).toEqual(name({ title: 'Cllr', initials: 'A', surname: 'Brown', honours: 'MBE, JP', office: 'chair', chairWord: 'Chair' }));
  });

  it("reads an officer's role and organisation from the bracket", () => {
    expect(parsePrintedName('Mr S Peerbux (Head of Community Safety, Public Protection, KCC)')).toEqual(
      name({ title: 'Mr', initials: 'S', surname: 'Peerbux', role: 'Head of Community Safety, Public Protection', organisation: 'KCC' }),
    );
    expect(parsePrintedName('Ms A Gilmour (Kent & Medway Domestic Violence Co-ordinator)')).toEqual(
      name({ title: 'Ms', initials: 'A', surname: 'Gilmour', role: 'Kent & Medway Domestic Violence Co-ordinator' }),
    );
  });

  it('reads ranks, acting prefixes, initials with full stops, particles and hyphens', () => {
    expect(parsePrintedName('T/Supt Russell')).toEqual(name({ title: 'T/Supt', surname: 'Russell' }));
    expect(parsePrintedName('Ch Supt L Russell')).toEqual(name({ title: 'Ch Supt', initials: 'L', surname: 'Russell' }));
    expect(parsePrintedName('DI J Ross')).toEqual(name({ title: 'DI', initials: 'J', surname: 'Ross' }));
    expect(parsePrintedName('Mrs P.M. de Souza')).toEqual(name({ title: 'Mrs', initials: 'P M', surname: 'de Souza' }));
    expect(parsePrintedName('Ms S Annan-Veitch')).toEqual(name({ title: 'Ms', initials: 'S', surname: 'Annan-Veitch' }));
    expect(parsePrintedName('Cllr Dr Jane Smith')).toEqual(name({ title: 'Cllr Dr', forename: 'Jane', surname: 'Smith' }));
    expect(parsePrintedName('MR P HILL')).toEqual(name({ title: 'MR', initials: 'P', surname: 'HILL' }));
  });

  it('reads a name with no title: a forename and surname, or a surname alone', () => {
    expect(parsePrintedName('Matthew Burbeck')).toEqual(name({ forename: 'Matthew', surname: 'Burbeck' }));
    expect(parsePrintedName('Widden')).toEqual(name({ surname: 'Widden' }));
    expect(parsePrintedName('Widden', 'Cllr')).toEqual(name({ title: 'Cllr', surname: 'Widden' }));
  });

  it('keeps a forename mixed with initials as printed, since the roster prints the forename in their place', () => {
    expect(parsePrintedName('Mr John P Smith')).toEqual(name({ title: 'Mr', forename: 'John P', initials: 'P', surname: 'Smith' }));
    expect(parsePrintedName('Professor K Grey')).toEqual(name({ title: 'Professor', initials: 'K', surname: 'Grey' }));
    expect(parsePrintedName('Sir Ian Blake')).toEqual(name({ title: 'Sir', forename: 'Ian', surname: 'Blake' }));
  });

  it('reads a post after a dash as one in brackets', () => {
    expect(parsePrintedName('Mrs K Jones \u2013 Democratic Services Officer')).toEqual(name({ title: 'Mrs', initials: 'K', surname: 'Jones', role: 'Democratic Services Officer' }));
  });

  it('is not a name when the words are not one', () => {
    expect(parsePrintedName('Chief Executive')).toBeNull();
    expect(parsePrintedName('Monitoring Officer')).toBeNull();
    expect(parsePrintedName('representatives of Kent Police')).toBeNull();
    expect(parsePrintedName('Mr Peerbux introduced the report')).toBeNull();
    expect(parsePrintedName('Mr A Smith, who arrived late')).toBeNull();
  });
});

describe('a list of names', () => {
  it('splits at commas and the final "and", keeping honours and brackets with their name', () => {
    const list = parseNameList('Mr P M Hill, OBE (Chairman), Mr Rivers (Vice-Chairman), Ms E Martin and Ms C Allen');
    expect(list.people.map((person) => person.printed)).toEqual(['Mr P M Hill, OBE (Chairman)', 'Mr Rivers (Vice-Chairman)', 'Ms E Martin', 'Ms C Allen']);
    const officers = parseNameList('Mr J Parris (Community Safety Manager, Kent and Medway) and Ms D Exall (Strategic Relationship Adviser).');
    expect(officers.people.map((person) => [person.surname, person.role, person.organisation])).toEqual([
      ['Parris', 'Community Safety Manager', 'Kent and Medway'],
      ['Exall', 'Strategic Relationship Adviser', ''],
    ]);
  });

  it('reads names that ran together without a comma as two people, and says so', () => {
    const list = parseNameList('Ms S Denson, Ms S Robson Mr P Ramewal, Ms L Connor, Ms V Widden,');
    expect(list.people.map((person) => `${person.title} ${person.initials} ${person.surname}`)).toEqual(['Ms S Denson', 'Ms S Robson', 'Mr P Ramewal', 'Ms L Connor', 'Ms V Widden']);
    expect(list.split).toEqual(['Ms S Robson Mr P Ramewal']);
  });

  it('gives a plural title to every name without one, and reads "None" as nobody', () => {
    expect(parseNameList('Councillors Smith (Chair), Jones and Dr Brown').people.map((person) => `${person.title} ${person.surname}`)).toEqual(['Cllr Smith', 'Cllr Jones', 'Dr Brown']);
    expect(parseNameList('None')).toEqual({ people: [], unread: [], split: [] });
  });

  it('keeps what is not a name as unread, with curly quotes and odd spaces made plain', () => {
    const list = parseNameList('Mr\u00A0A Smith; representatives of the \u2018Youth Council\u2019');
    expect(list.people.map((person) => person.surname)).toEqual(['Smith']);
    expect(list.unread).toEqual(["representatives of the 'Youth Council'"]);
  });
});

describe('the titles the text of the minutes gives a surname', () => {
  it('reads ranks and titles before a surname, as printed, at the start of a paragraph or a sentence too', () => {
    const text = 'DCI Loose introduced the report.\nMs Widden agreed. Det Ch Insp Ross and Cllr Dr Ash asked whether DCI Loose\u2019s team had met.';
    expect(titlesInText(text, ['Loose', 'Widden', 'Ross', 'Ash'])).toEqual(
      new Map([
        ['Loose', ['DCI', 'DCI']],
        ['Widden', ['Ms']],
        ['Ross', ['Det Ch Insp']],
        ['Ash', ['Cllr Dr']],
      ]),
    );
  });

  it('finds none in places, sentences, lower-case words, qualifiers alone or inside other words', () => {
    const text = 'The meeting at Castle Hill; the mayor Hill spoke. Deputy Hill left. Mr Hillary and Mr\nHill arrived.';
    expect(titlesInText(text, ['Hill'])).toEqual(new Map([['Hill', []]]));
  });
});
