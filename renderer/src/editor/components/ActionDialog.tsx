import { actionNote } from '@shared/domain/actions';
import { attendanceName, laterMention } from '@shared/domain/person-names';
import type { Body } from '@shared/model/body';
import type { Person } from '@shared/model/person';
import { useId, useState, type ReactNode } from 'react';
import { Modal } from '../../ui/Modal';

interface ActionDialogProps {
  /** The sentence being marked, as printed. */
  sentence: string;
  /** Its owner and date: the action's own when it is marked already, else the person named in the sentence. */
  ownerId: string | null;
  due: string | null;
  /** True when the sentence is marked already: the dialog changes it, and can take the marking off. */
  marked: boolean;
  /** Whom an action may be given to: the roster, people no longer serving left out unless already chosen. */
  roster: readonly Person[];
  chairWord: Body['chairWord'];
  onSave: (ownerId: string | null, due: string | null) => void;
  onUnmark: () => void;
  onClose: () => void;
}

/**
 * Marking a sentence as an action: its owner (the person named in it by default, else chosen from the roster) and an
 * optional date, with the note the minutes will print. A marked sentence can be changed or un-marked here.
 */
export function ActionDialog({ sentence, ownerId, due, marked, roster, chairWord, onSave, onUnmark, onClose }: ActionDialogProps): ReactNode {
  const id = useId();
  const [owner, setOwner] = useState(ownerId ?? '');
  const [date, setDate] = useState(due ?? '');
  const people = roster.filter((person) => !person.retired || person.id === ownerId);
  const ownerPerson = people.find((person) => person.id === owner);
  const note = actionNote(ownerPerson ? laterMention(ownerPerson) : null, date === '' ? null : date);
  return (
    <Modal title={marked ? 'Edit action' : 'Mark as action'} onClose={onClose}>
      <blockquote className="action-sentence">{sentence}</blockquote>
      <div className="form-row action-fields">
        <div>
          <label htmlFor={`${id}-owner`}>Owner</label>
          <select id={`${id}-owner`} value={owner} autoFocus onChange={(event) => setOwner(event.target.value)}>
            <option value="">Nobody named</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {attendanceName(person, chairWord)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-due`}>Due by (optional)</label>
          <input id={`${id}-due`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
      </div>
      <p className="field-hint">
        The minutes will print: <b>{note}</b>
      </p>
      <div className="dialog-actions">
        {marked ? (
          <button type="button" onClick={onUnmark}>
            Remove action marking
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => onSave(owner === '' ? null : owner, date === '' ? null : date)}>
          {marked ? 'Save action' : 'Mark as action'}
        </button>
      </div>
    </Modal>
  );
}
