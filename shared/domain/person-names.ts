import type { ChairWord } from '../model/body';
import type { PersonDetails } from '../model/person';

/** What the minutes print for a person id that is no longer on the roster, so a bad id shows up in the draft instead of crashing it. */
export const UNKNOWN_PERSON = '[unknown person]';

/** The parts of a person the name helpers read (a Person or the officer's unsaved form values). */
export type NamedPerson = Pick<PersonDetails, 'title' | 'initials' | 'surname' | 'honours' | 'role' | 'organisation' | 'kind' | 'office'>;

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

/** "Mr P M Hill": title, initials and surname, as on the attendance lines; "Mr Peerbux" when there are no initials. */
export function formalName(p: Pick<PersonDetails, 'title' | 'initials' | 'surname'>): string {
  return words(p.title, tidyInitials(p.initials), p.surname);
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
export function firstMention(p: Pick<PersonDetails, 'title' | 'surname' | 'role' | 'organisation'>): string {
  const about = [p.role, p.organisation].map(tidy).filter((part) => part !== '').join(', ');
  const name = laterMention(p);
  return about === '' ? name : `${name} (${about})`;
}

/** "Mr Peerbux": how a minute names someone after the first mention. */
export function laterMention(p: Pick<PersonDetails, 'title' | 'surname'>): string {
  return words(p.title, p.surname);
}
