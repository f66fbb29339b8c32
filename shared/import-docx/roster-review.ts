import type { Person, PersonDetails } from '../model/person';

/**
 * The roster review of a batch of Word minutes: the people read from every file's attendance lines, the same
 * person in several files counted once, each matched where it can be to someone already on the committee's
 * roster. Pure, so the app's review screen and the tests share it.
 */

/** One person as the officer reviews them. */
export interface ReviewedPerson {
  /** The same in every file that names them. */
  key: string;
  /** As the first file prints them. */
  person: Person;
  /** The files' names that list them, in batch order. */
  files: string[];
  /** Who on the committee's roster they are taken to be, or null (a new person). */
  match: string | null;
}

export interface RosterReview {
  people: ReviewedPerson[];
  /** For each file in the batch: its roster id → the reviewed person's key. */
  keys: Map<string, string>[];
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.\s]+/g, ' ')
    .trim()
    .toLocaleLowerCase('en-GB');

/** "Councillor" and "Cllr" are the same title as printed; so are "Mr." and "Mr". */
const foldTitle = (title: string) => fold(title).replace(/^councillor$/, 'cllr');

/** Without the title, for a roster typed as "Ms" where the minutes print "Mrs". */
const surnameKey = (person: Pick<PersonDetails, 'forename' | 'initials' | 'surname'>) =>
  `${fold(person.forename ?? '')}|${fold(person.initials).replace(/ /g, '')}|${fold(person.surname)}`;

/** The name as the attendance line prints it, folded: "Mr P.M. Hill" and "Mr P M Hill" are one person; "Matthew Burbeck" and "Mark Burbeck" are two. */
export function nameKey(person: Pick<PersonDetails, 'title' | 'forename' | 'initials' | 'surname'>): string {
  return `${foldTitle(person.title)}|${surnameKey(person)}`;
}

/** The review of `files` (each file's name and roster) against the committee's `roster`. */
export function reviewRoster(files: readonly { fileName: string; roster: readonly Person[] }[], roster: readonly Person[]): RosterReview {
  const byName = new Map<string, Person>();
  const bySurname = new Map<string, Person>();
  for (const person of roster) {
    if (person.retired) continue;
    if (!byName.has(nameKey(person))) byName.set(nameKey(person), person);
    if (!bySurname.has(surnameKey(person))) bySurname.set(surnameKey(person), person);
  }
  const people = new Map<string, ReviewedPerson>();
  const keys = files.map(({ fileName, roster: read }) => {
    const ids = new Map<string, string>();
    for (const person of read) {
      const key = nameKey(person);
      ids.set(person.id, key);
      const seen = people.get(key);
      if (seen) {
        if (!seen.files.includes(fileName)) seen.files.push(fileName);
        // The title the text names them by, from whichever file's text shows it (each meeting still prints as its file did).
        if (!seen.person.textTitle && person.textTitle) seen.person = { ...seen.person, textTitle: person.textTitle };
        continue;
      }
      const match = byName.get(key) ?? bySurname.get(surnameKey(person)) ?? null;
      people.set(key, { key, person, files: [fileName], match: match?.id ?? null });
    }
    return ids;
  });
  return { people: [...people.values()], keys };
}
