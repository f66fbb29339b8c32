import type { ChairWord } from '../model/body';
import type { PersonDetails } from '../model/person';

/** What the minutes print for a person id that is no longer on the roster, so a bad id shows up in the draft instead of crashing it. */
export const UNKNOWN_PERSON = '[unknown person]';

/** The parts of a person the name helpers read (a Person or the officer's unsaved form values). */
export type NamedPerson = Pick<
  PersonDetails,
  'title' | 'forename' | 'initials' | 'surname' | 'textTitle' | 'honours' | 'role' | 'organisation' | 'kind' | 'office'
>;

/** The parts of a person a mention in the minutes' text reads. */
export type MentionedPerson = Pick<PersonDetails, 'title' | 'forename' | 'surname' | 'textTitle'>;

/** Trim and squeeze runs of whitespace, since the roster is typed by hand. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "P.M." and "P. M." become "P M": the house style writes initials without full stops. */
function tidyInitials(initials: string): string {
  return tidy(initials.replace(/\./g, ' '));
}

/** Join the non-empty parts with single spaces. */
function words(...parts: string[]): string {
  return parts.map(tidy).filter((part) => part !== '').join(' ');
}

/**
 * "Mr P M Hill": title, initials and surname, as on the attendance lines; "Mr Peerbux" when there are no initials;
 * the forename in place of the initials when there is one ("Matthew Burbeck"); no title when there is none ("Widden").
 */
export function formalName(p: Pick<PersonDetails, 'title' | 'forename' | 'initials' | 'surname'>): string {
  const forename = tidy(p.forename ?? '');
  return words(p.title, forename === '' ? tidyInitials(p.initials) : forename, p.surname);
}

/** "Mr P M Hill, OBE (Chairman)": the name as listed under PRESENT / IN ATTENDANCE, with honours, office or (for officers and visitors) role. */
export function attendanceName(p: NamedPerson, chairWord: ChairWord): string {
  const honours = tidy(p.honours);
  const name = honours === '' ? formalName(p) : `${formalName(p)}, ${honours}`;
  const bracket = attendanceBracket(p, chairWord);
  return bracket === '' ? name : `${name} (${bracket})`;
}

/** The office for the chair and vice-chair; otherwise the role, but only for people who are not members (members are listed by name alone). */
function attendanceBracket(p: NamedPerson, chairWord: ChairWord): string {
  if (p.office === 'chair') return chairWord;
  if (p.office === 'vice-chair') return `Vice-${chairWord}`;
  if (p.kind === 'member') return '';
  return tidy(p.role);
}

/** "Mr Peerbux (Head of Community Safety, Public Protection, KCC)": how a minute names someone the first time. */
export function firstMention(p: MentionedPerson & Pick<PersonDetails, 'role' | 'organisation'>): string {
  const about = [p.role, p.organisation].map(tidy).filter((part) => part !== '').join(', ');
  const name = laterMention(p);
  return about === '' ? name : `${name} (${about})`;
}

/**
 * "Mr Peerbux": how a minute names someone after the first mention. The text's own title comes first when there is
 * one ("DCI Loose" for Mr B Loose), else the attendance title; with no title at all the name is printed as written,
 * forename and surname ("Matthew Burbeck") or the surname alone ("Widden").
 */
export function laterMention(p: MentionedPerson): string {
  const title = tidy(p.textTitle ?? '') || tidy(p.title);
  return title === '' ? words(p.forename ?? '', p.surname) : words(title, p.surname);
}
