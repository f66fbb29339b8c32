import { apologiesSentence, attendanceLines, attendanceParagraphs } from '@shared/domain/attendance-lines';
import { movementSentence } from '@shared/domain/movements';
import { attendanceName } from '@shared/domain/person-names';
import type { AttendanceRole, Movement } from '@shared/model/attendance';
import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import type { Person } from '@shared/model/person';
import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import type { MeetingChanges } from '../../db/meetings-repository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SaveStatus, useSaveStatus } from '../../ui/SaveStatus';
import { officeMovedNote } from '../bodies/RosterSection';
import { emptyPerson, PersonForm } from '../bodies/PersonForm';
import { MarkCommitteePresent } from './MarkCommitteePresent';
import { clockTimeNow, currentItemId, movementsInOrder, withRole } from './attendance-edits';
import { hasEntry, valueFor } from '@shared/model/id-keys';

type Choice = AttendanceRole | 'none';

const CHOICES: readonly { value: Choice; label: string }[] = [
  { value: 'present', label: 'Present' },
  { value: 'also-present', label: 'Also present' },
  { value: 'in-attendance', label: 'In attendance' },
  { value: 'apologies', label: 'Apologies' },
  { value: 'none', label: 'Not recorded' },
];

interface AttendanceTabProps {
  meeting: Meeting;
  body: Body;
  roster: Person[];
  onOpenBody?: () => void;
}

/** Who is at the meeting, on which line; who arrived late or left early; and the lines as the minutes will print them. */
export function AttendanceTab({ meeting, body, roster, onOpenBody }: AttendanceTabProps): ReactNode {
  const { meetings, bodies } = useAppServices();
  const { status, save } = useSaveStatus();
  const [adding, setAdding] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Movement | null>(null);
  /** The item chosen for the next arrival or departure; undefined follows the meeting's progress. */
  const [chosenItem, setChosenItem] = useState<string | null | undefined>(undefined);
  const itemSelectId = useId();

  const change = useCallback(
    (recipe: (current: Meeting) => MeetingChanges) => save(() => meetings.changeMeeting(meeting.id, recipe)),
    [save, meetings, meeting.id],
  );

  const byId = useMemo(() => new Map(roster.map((p) => [p.id, p])), [roster]);
  // Everyone current, and anyone retired since who is recorded at this meeting (it is what happened).
  const shown = roster.filter((p) => !p.retired || hasEntry(meeting.attendance, p.id));
  const paragraphs = attendanceParagraphs(meeting.attendance, roster, body.chairWord);
  const apologies = apologiesSentence(attendanceLines(meeting.attendance, roster, body.chairWord).apologies);
  const itemNow = chosenItem === undefined ? currentItemId(meeting) : chosenItem;
  const itemName = (id: string | null) => {
    const item = meeting.agenda.find((i) => i.id === id);
    return item ? [item.code, item.title].filter(Boolean).join(' ') : null;
  };

  const setRole = (person: Person, choice: Choice) =>
    void change((current) => ({ attendance: withRole(current.attendance, person.id, choice === 'none' ? null : choice) }));

  const record = (person: Person, kind: Movement['kind']) => {
    const movement: Movement = { id: crypto.randomUUID(), personId: person.id, kind, time: clockTimeNow(), itemId: itemNow };
    void change((current) => ({
      movements: [...current.movements, movement],
      // Someone arriving late is at the meeting: list them as present unless already on a line.
      attendance: kind === 'arrived' && !hasEntry(current.attendance, person.id) ? withRole(current.attendance, person.id, 'present') : current.attendance,
    }));
  };

  const changeMovement = (id: string, changes: Partial<Movement>) =>
    void change((current) => ({ movements: current.movements.map((m) => (m.id === id ? { ...m, ...changes } : m)) }));

  return (
    <div className="attendance-tab">
      <div className="section-head">
        <h2>Attendance</h2>
        <div className="section-tools">
          <SaveStatus status={status} testId="attendance-save-status" />
          {onOpenBody ? (
            <button type="button" onClick={onOpenBody}>
              Edit the roster
            </button>
          ) : null}
        </div>
      </div>

      <section className="printed-preview" aria-labelledby="printed-heading">
        <h3 id="printed-heading">As the minutes will print it</h3>
        {paragraphs.map((paragraph) => (
          <p key={paragraph.label} data-testid="attendance-line">
            <strong>{paragraph.label}</strong>
            {paragraph.names ? ` ${paragraph.names}` : ''}
          </p>
        ))}
        <p data-testid="apologies-line" className={apologies ? undefined : 'muted'}>
          {apologies || 'No apologies recorded.'}
        </p>
      </section>

      {note ? (
        <p className="office-moved" role="status">
          {note}
        </p>
      ) : null}

      {shown.length > 0 ? (
        <MarkCommitteePresent meeting={meeting} roster={roster} change={async (recipe) => (await change(recipe)) !== undefined} />
      ) : null}

      {shown.length === 0 ? (
        <p className="empty-note">
          Nobody on {body.name}’s roster yet. Add the members and officers in the committee’s settings, or add people here as they arrive.
        </p>
      ) : (
        <ul className="attendance-list" aria-label="Who attended">
          {shown.map((person) => (
            <AttendanceRow
              key={person.id}
              person={person}
              name={attendanceName(person, body.chairWord)}
              role={valueFor(meeting.attendance, person.id) ?? 'none'}
              onChoose={(choice) => setRole(person, choice)}
              onMovement={(kind) => record(person, kind)}
            />
          ))}
        </ul>
      )}

      {adding ? (
        <div className="add-visitor" role="group" aria-labelledby="add-visitor-heading">
          <h3 id="add-visitor-heading">Add a substitute or visitor</h3>
          <p className="field-hint">They join {body.name}’s roster (so later meetings offer them too) and are recorded at this meeting.</p>
          <VisitorForm
            body={body}
            roster={roster}
            onCancel={() => setAdding(false)}
            onAdd={async (details, role) => {
              const saved = await save(() => bodies.addPersonAtMeeting(meeting.id, details, role));
              if (!saved) return false;
              setNote(officeMovedNote(saved, body.chairWord));
              setAdding(false);
              return true;
            }}
          />
        </div>
      ) : (
        <button type="button" className="add-visitor-button" onClick={() => setAdding(true)}>
          Add a substitute or visitor…
        </button>
      )}

      <section className="movements" aria-labelledby="movements-heading">
        <h3 id="movements-heading">Arrivals and departures</h3>
        <div className="movement-item">
          <label htmlFor={itemSelectId}>Item under discussion</label>
          <select id={itemSelectId} value={itemNow ?? ''} onChange={(e) => setChosenItem(e.target.value === '' ? null : e.target.value)}>
            <option value="">None (before the business)</option>
            {meeting.agenda.map((item) => (
              <option key={item.id} value={item.id}>
                {[item.code, item.title].filter(Boolean).join(' ')}
              </option>
            ))}
          </select>
          <p className="field-hint">“Arrived” and “Left” beside a name record the time now and this item; both can be corrected below.</p>
        </div>
        {meeting.movements.length === 0 ? (
          <p className="muted">No arrivals or departures recorded.</p>
        ) : (
          <ul className="movement-list">
            {movementsInOrder(meeting.movements).map((movement) => {
              const person = byId.get(movement.personId);
              const sentence = movementSentence(movement, person);
              return (
                <li key={movement.id} data-testid="movement">
                  <span className="movement-sentence">{sentence}</span>
                  <span className="movement-controls">
                    <input
                      type="time"
                      aria-label={`Time of “${sentence}”`}
                      value={movement.time}
                      onChange={(e) => {
                        if (/^([01]\d|2[0-3]):[0-5]\d$/.test(e.target.value)) changeMovement(movement.id, { time: e.target.value });
                      }}
                    />
                    <select
                      aria-label={`Item during “${sentence}”`}
                      value={movement.itemId ?? ''}
                      onChange={(e) => changeMovement(movement.id, { itemId: e.target.value === '' ? null : e.target.value })}
                    >
                      <option value="">No item</option>
                      {meeting.agenda.map((item) => (
                        <option key={item.id} value={item.id}>
                          {[item.code, item.title].filter(Boolean).join(' ')}
                        </option>
                      ))}
                      {movement.itemId && !itemName(movement.itemId) ? <option value={movement.itemId}>(an item since deleted)</option> : null}
                    </select>
                    <button type="button" className="small quiet-danger" aria-label={`Remove “${sentence}”`} onClick={() => setRemoving(movement)}>
                      Remove
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {removing ? (
        <ConfirmDialog
          title="Remove this arrival or departure?"
          confirmLabel="Remove"
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const id = removing.id;
            setRemoving(null);
            void change((current) => ({ movements: current.movements.filter((m) => m.id !== id) }));
          }}
        >
          <p>“{movementSentence(removing, byId.get(removing.personId))}” will no longer be in the minutes.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

interface AttendanceRowProps {
  person: Person;
  name: string;
  role: Choice;
  onChoose: (choice: Choice) => void;
  onMovement: (kind: Movement['kind']) => void;
}

/** One person: a choice of line (arrow keys move through it, as in any radio group), and Arrived / Left. */
function AttendanceRow({ person, name, role, onChoose, onMovement }: AttendanceRowProps): ReactNode {
  const group = useId();
  // The choice shows at once, before the stored meeting comes back; otherwise the radio would
  // spring back for a moment and the next arrow key would start from the old choice.
  const [chosen, setChosen] = useState<{ choice: Choice; from: Choice } | null>(null);
  if (chosen && chosen.from !== role) setChosen(null); // the store has caught up (or changed elsewhere)
  const shown = chosen?.choice ?? role;
  return (
    <li className={`attendance-row${person.retired ? ' retired' : ''}`} data-testid="attendance-row">
      <fieldset className="segmented" aria-label={name}>
        <legend className="attendance-name">
          {name}
          {person.retired ? <span className="tag">Retired</span> : null}
        </legend>
        <div className="segments">
          {CHOICES.map((choice) => (
            <label key={choice.value} className={`segment segment-${choice.value}`}>
              <input
                type="radio"
                name={group}
                value={choice.value}
                checked={shown === choice.value}
                onChange={() => {
                  setChosen({ choice: choice.value, from: role });
                  onChoose(choice.value);
                }}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <span className="movement-buttons">
        <button type="button" className="small" aria-label={`${name} arrived`} title="Record that they arrived now" onClick={() => onMovement('arrived')}>
          Arrived
        </button>
        <button type="button" className="small" aria-label={`${name} left`} title="Record that they left now" onClick={() => onMovement('left')}>
          Left
        </button>
      </span>
    </li>
  );
}

/** The quick form for someone not on the roster: who they are and which line they go on. */
function VisitorForm({
  body,
  roster,
  onAdd,
  onCancel,
}: {
  body: Body;
  roster: Person[];
  onAdd: (details: ReturnType<typeof emptyPerson>, role: AttendanceRole) => Promise<boolean>;
  onCancel: () => void;
}): ReactNode {
  const id = useId();
  const [role, setRole] = useState<AttendanceRole>('in-attendance');
  return (
    <PersonForm
      initial={emptyPerson('visitor')}
      chairWord={body.chairWord}
      roster={roster}
      editingId={null}
      full={false}
      autoFocus
      submitLabel="Add and record"
      onCancel={onCancel}
      onSubmit={(details) => onAdd(details, role)}
    >
      <div className="f-line">
        <label htmlFor={`${id}-line`}>Listed as</label>
        <select id={`${id}-line`} value={role} onChange={(e) => setRole(e.target.value as AttendanceRole)}>
          {CHOICES.filter((c) => c.value !== 'none').map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
    </PersonForm>
  );
}
