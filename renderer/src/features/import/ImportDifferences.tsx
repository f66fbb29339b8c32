import { attendanceName, firstMention } from '@shared/domain/person-names';
import type { ChairWord } from '@shared/model/body';
import type { Person } from '@shared/model/person';
import { useId, useState, type ReactNode } from 'react';
import type { ImportPlan } from '../../db/import-repository';
import { FormActions } from '../../ui/FormActions';
import { Modal } from '../../ui/Modal';

/** A person as the minutes would print them: on the attendance line, and the first time a minute names them. */
function PrintedPerson({ person, chairWord }: { person: Person; chairWord: ChairWord }): ReactNode {
  return (
    <span className="printed-as">
      <span>Attendance: {attendanceName(person, chairWord)}</span>
      <span>In a minute: {firstMention(person)}</span>
    </span>
  );
}

/**
 * Where the file and this computer describe someone differently: both, as they would print, and the officer
 * chooses which this computer's roster keeps. The imported meeting prints as its file says either way; this
 * computer's stays unless the officer picks the file's, so nothing is overwritten without being asked.
 */
export function ImportDifferences({
  plan,
  chairWord,
  onCancel,
  onImport,
}: {
  plan: ImportPlan;
  /** What the chair is called in the file, to print the people as the file would. */
  chairWord: ChairWord;
  onCancel: () => void;
  /** With the ids of the people whose details are to be taken from the file. */
  onImport: (takeFromFile: ReadonlySet<string>) => void;
}): ReactNode {
  const id = useId();
  const [fromFile, setFromFile] = useState<ReadonlySet<string>>(new Set());
  const hereChair = plan.joins?.chairWord ?? chairWord;
  const choose = (personId: string, file: boolean) =>
    setFromFile((chosen) => {
      const next = new Set(chosen);
      if (file) next.add(personId);
      else next.delete(personId);
      return next;
    });

  return (
    <Modal title="The file and this computer describe people differently" onClose={onCancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onImport(fromFile);
        }}
      >
        <p>
          The imported minutes print exactly as the file says, whichever you choose. Choose what this computer’s roster keeps for its other
          meetings: nothing here changes unless you choose the file’s.
        </p>
        {plan.people.map(({ inFile, here }) => (
          <fieldset key={here.id} className="choice import-choice">
            <legend>
              {here.title} {here.surname}
            </legend>
            <label className="checkbox">
              <input type="radio" name={`${id}-${here.id}`} checked={!fromFile.has(here.id)} onChange={() => choose(here.id, false)} />
              <span>
                Keep this computer’s: <PrintedPerson person={here} chairWord={hereChair} />
              </span>
            </label>
            <label className="checkbox">
              <input type="radio" name={`${id}-${here.id}`} checked={fromFile.has(here.id)} onChange={() => choose(here.id, true)} />
              <span>
                Use the file’s: <PrintedPerson person={inFile} chairWord={chairWord} />
              </span>
            </label>
          </fieldset>
        ))}
        <FormActions submitLabel="Import" busy={false} onCancel={onCancel} />
      </form>
    </Modal>
  );
}
