import { attendanceName, formalName, laterMention } from '@shared/domain/person-names';
import type { ReviewedPerson } from '@shared/import-docx/roster-review';
import type { ChairWord } from '@shared/model/body';
import type { Person, PersonDetails } from '@shared/model/person';
import type { ReactNode } from 'react';

/** What the officer has chosen for one person so far: add them (as named here), or take them to be someone on the roster. */
export type ReviewChoice = { kind: 'add'; details: PersonDetails; renaming: boolean } | { kind: 'same-as'; personId: string };

/** The fields of a name the officer may correct, worded as on the roster's person form. */
const NAME_FIELDS = [
  ['title', 'Title'],
  ['forename', 'Forename'],
  ['initials', 'Initials'],
  ['surname', 'Surname'],
  ['textTitle', 'Title in the text'],
  ['honours', 'Honours'],
] as const;

/**
 * The people read from the Word minutes, each as the minutes would print them, with what becomes of them: added
 * to the committee's roster (renamed first if the officer wishes), or taken to be someone already on it.
 */
export function WordRosterReview({
  people,
  roster,
  choices,
  chairWord,
  onChoose,
}: {
  people: readonly ReviewedPerson[];
  roster: readonly Person[];
  choices: ReadonlyMap<string, ReviewChoice>;
  chairWord: ChairWord;
  onChoose: (key: string, choice: ReviewChoice) => void;
}): ReactNode {
  const current = roster.filter((person) => !person.retired);
  return (
    <table className="roster-table word-roster-review">
      <caption>People read from the attendance lines</caption>
      <thead>
        <tr>
          <th scope="col">As it will print</th>
          <th scope="col">Named in</th>
          <th scope="col">On the roster</th>
        </tr>
      </thead>
      <tbody>
        {people.map((reviewed) => {
          const choice = choices.get(reviewed.key);
          if (!choice) return null;
          const asRostered = choice.kind === 'same-as' ? current.find((person) => person.id === choice.personId) : undefined;
          const printed = asRostered ?? (choice.kind === 'add' ? { ...reviewed.person, ...choice.details } : reviewed.person);
          const label = attendanceName(reviewed.person, chairWord);
          return (
            <tr key={reviewed.key}>
              <td>
                <strong>{attendanceName(printed, chairWord)}</strong>
                {printed.textTitle ? <span className="muted"> · in the text “{laterMention(printed)}”</span> : null}
                {choice.kind === 'add' && choice.renaming ? (
                  <fieldset className="word-roster-rename">
                    <legend>Rename {label}</legend>
                    {NAME_FIELDS.map(([field, name]) => (
                      <label key={field}>
                        {name}
                        <input
                          value={choice.details[field] ?? ''}
                          aria-label={`${name} of ${label}`}
                          onChange={(event) => onChoose(reviewed.key, { ...choice, details: { ...choice.details, [field]: event.target.value } })}
                        />
                      </label>
                    ))}
                  </fieldset>
                ) : null}
              </td>
              <td>
                {reviewed.files.length === 1 ? '1 file' : `${reviewed.files.length} files`}
              </td>
              <td>
                <select
                  aria-label={`On the roster: ${label}`}
                  value={choice.kind === 'add' ? '' : choice.personId}
                  onChange={(event) =>
                    onChoose(
                      reviewed.key,
                      event.target.value === ''
                        ? { kind: 'add', details: detailsOf(reviewed.person), renaming: false }
                        : { kind: 'same-as', personId: event.target.value },
                    )
                  }
                >
                  <option value="">Add as a new person</option>
                  {current.map((person) => (
                    <option key={person.id} value={person.id}>
                      Same as {formalName(person)}
                    </option>
                  ))}
                </select>
                {choice.kind === 'add' && !choice.renaming ? (
                  <button type="button" className="link" onClick={() => onChoose(reviewed.key, { ...choice, renaming: true })}>
                    Rename…
                  </button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The details that print, as the minutes gave them: a forename and a title for the text only where they have one. */
export function detailsOf({ title, forename, initials, surname, textTitle, honours, role, organisation, kind, office }: Person): PersonDetails {
  return { title, ...(forename ? { forename } : {}), initials, surname, ...(textTitle ? { textTitle } : {}), honours, role, organisation, kind, office };
}
