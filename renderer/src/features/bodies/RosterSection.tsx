import { attendanceName } from '@shared/domain/person-names';
import type { Body } from '@shared/model/body';
import type { Office, Person, PersonDetails } from '@shared/model/person';
import { useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import type { SavedPerson } from '../../db/bodies-repository';
import { Modal } from '../../ui/Modal';
import { SaveStatus, useSaveStatus } from '../../ui/SaveStatus';
import { emptyPerson, KIND_LABELS, PersonForm } from './PersonForm';

/** "Ms Z Cooke is now Chairman (the office has moved from Mr P M Hill)." — or null when no office moved. */
export function officeMovedNote(saved: SavedPerson, chairWord: Body['chairWord']): string | null {
  const { person, officeMovedFrom } = saved;
  if (!officeMovedFrom || !person.office) return null;
  const office = (o: Office) => (o === 'chair' ? chairWord : `Vice-${chairWord}`);
  const name = (p: Person) => attendanceName({ ...p, office: null, kind: 'member' }, chairWord);
  return `${name(person)} is now ${office(person.office)} (the office has moved from ${name(officeMovedFrom)}).`;
}

function detailsOf(person: Person): PersonDetails {
  const { title, forename = '', initials, surname, textTitle = '', honours, role, organisation, kind, office } = person;
  return { title, forename, initials, surname, textTitle, honours, role, organisation, kind, office };
}

/** A body's roster: who sits on it and who serves it, as the minutes will print them; carried from meeting to meeting. */
export function RosterSection({ body, roster }: { body: Body; roster: Person[] }): ReactNode {
  const { bodies } = useAppServices();
  const { status, save } = useSaveStatus();
  const [editing, setEditing] = useState<Person | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const afterSave = (saved: SavedPerson | undefined): boolean => {
    if (!saved) return false;
    setNote(officeMovedNote(saved, body.chairWord));
    return true;
  };

  const current = roster.filter((p) => !p.retired).length;
  return (
    <section className="roster" aria-labelledby="roster-heading">
      <div className="section-head">
        <h2 id="roster-heading">Roster</h2>
        <SaveStatus status={status} testId="roster-save-status" />
      </div>
      <p className="muted">
        The people who attend {body.name}’s meetings, kept from meeting to meeting. The attendance lines list the {body.chairWord}, then the Vice-
        {body.chairWord}, then members, then officers and visitors, each in this order.
      </p>
      {note ? (
        <p className="office-moved" role="status">
          {note}
        </p>
      ) : null}
      {roster.length === 0 ? (
        <p className="empty-note">Nobody on the roster yet. Add the members first, then the officers who usually attend.</p>
      ) : (
        <table className="roster-table">
          <caption className="visually-hidden">
            Roster of {body.name}: {current} current{roster.length > current ? `, ${roster.length - current} retired` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Prints as</th>
              <th scope="col">Kind</th>
              <th scope="col">Role and organisation</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {roster.map((person, index) => {
              const name = attendanceName(person, body.chairWord);
              return (
                <tr key={person.id} className={person.retired ? 'retired' : undefined} data-testid="roster-row">
                  <td className="prints-as-cell">
                    {name}
                    {person.retired ? <span className="tag">Retired</span> : null}
                  </td>
                  <td>{KIND_LABELS[person.kind]}</td>
                  <td className="muted">{[person.role, person.organisation].filter(Boolean).join(', ')}</td>
                  <td className="row-actions">
                    <button type="button" className="small" aria-label={`Edit ${name}`} onClick={() => setEditing(person)}>
                      Edit
                    </button>
                    <button
                      type="button"
                      className="small icon"
                      aria-label={`Move ${name} up`}
                      title="Move up"
                      disabled={index === 0}
                      onClick={() => void save(() => bodies.movePerson(person.id, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="small icon"
                      aria-label={`Move ${name} down`}
                      title="Move down"
                      disabled={index === roster.length - 1}
                      onClick={() => void save(() => bodies.movePerson(person.id, 1))}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="small"
                      aria-label={person.retired ? `Bring back ${name}` : `Retire ${name}`}
                      title={person.retired ? 'Offer this person at meetings again' : 'No longer offered at meetings; old minutes still name them'}
                      onClick={() => void save(() => bodies.setRetired(person.id, !person.retired))}
                    >
                      {person.retired ? 'Bring back' : 'Retire'}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <div className="add-person" role="group" aria-labelledby="add-person-heading">
        <h3 id="add-person-heading">Add someone to the roster</h3>
        <PersonForm
          key={`add-${body.id}`}
          initial={emptyPerson('member')}
          chairWord={body.chairWord}
          roster={roster}
          editingId={null}
          submitLabel="Add to roster"
          onSubmit={async (details) => afterSave(await save(() => bodies.addToRoster(body.id, details)))}
        />
      </div>

      {editing ? (
        <Modal title={`Edit ${attendanceName(editing, body.chairWord)}`} onClose={() => setEditing(null)}>
          <PersonForm
            initial={detailsOf(editing)}
            chairWord={body.chairWord}
            roster={roster}
            editingId={editing.id}
            submitLabel="Save changes"
            autoFocus
            onCancel={() => setEditing(null)}
            onSubmit={async (details) => {
              const done = afterSave(await save(() => bodies.correctPerson(editing.id, details)));
              if (done) setEditing(null);
              return done;
            }}
          />
        </Modal>
      ) : null}
    </section>
  );
}
