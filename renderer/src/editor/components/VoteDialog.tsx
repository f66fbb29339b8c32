import { membersAtItem, voteProblems, voteSentence, type CastingVote, type Vote, type VoteChoice } from '@shared/domain/votes';
import { attendanceName } from '@shared/domain/person-names';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Modal } from '../../ui/Modal';
import type { VoteFacts } from '../vote-setting';

const CHOICE_WORDS: Readonly<Record<VoteChoice, string>> = { for: 'For', against: 'Against', abstain: 'Abstained', 'did-not-vote': 'Did not vote' };

interface VoteDialogProps {
  /** The vote being edited, or null for a new one. */
  initial: Vote | null;
  /** The kind a new vote starts as. */
  kind: Vote['kind'];
  facts: VoteFacts;
  onSave: (vote: Vote) => void;
  onClose: () => void;
}

/** A whole count typed in a number box; anything else is kept as NaN, so the rules say what is wrong. */
function countOf(text: string): number {
  return text.trim() === '' ? 0 : Number(text);
}

/**
 * Minuting a vote: a show of hands (how many for, against, abstaining) or a recorded vote (each member present at
 * the item placed). The sentence it will print and anything wrong with it show as the officer types; it can be
 * minuted only when nothing is wrong.
 */
export function VoteDialog({ initial, kind: startKind, facts, onSave, onClose }: VoteDialogProps): ReactNode {
  const id = useId();
  const present = useMemo(() => membersAtItem(facts.setting), [facts.setting]);
  const [kind, setKind] = useState<Vote['kind']>(initial?.kind ?? startKind);
  const [counts, setCounts] = useState(() =>
    initial?.kind === 'show-of-hands' ? [initial.forCount, initial.againstCount, initial.abstainCount].map(String) : ['', '', ''],
  );
  const [placings, setPlacings] = useState<ReadonlyMap<string, VoteChoice>>(
    () => new Map(initial?.kind === 'recorded' ? initial.placings.map((placing) => [placing.personId, placing.choice]) : []),
  );
  const [castingVote, setCastingVote] = useState<CastingVote>(initial?.castingVote ?? null);

  // Everyone present at the item, and anyone placed before who is no longer (so the officer sees and fixes them).
  const listed = useMemo(() => {
    const placed = facts.setting.roster.filter((person) => placings.has(person.id) && !present.includes(person));
    return [...present, ...placed];
  }, [facts.setting.roster, placings, present]);

  const vote: Vote =
    kind === 'show-of-hands'
      ? { kind, forCount: countOf(counts[0]!), againstCount: countOf(counts[1]!), abstainCount: countOf(counts[2]!), castingVote }
      : { kind, castingVote, placings: listed.map((person) => ({ personId: person.id, choice: placings.get(person.id) ?? 'did-not-vote' })) };
  const problems = voteProblems(vote, facts.setting);
  const tied = problems.some((problem) => problem.startsWith('The votes are equal')) || castingVote !== null;

  const countBox = (index: number, label: string) => (
    <div>
      <label htmlFor={`${id}-count-${index}`}>{label}</label>
      <input
        id={`${id}-count-${index}`}
        type="number"
        min={0}
        inputMode="numeric"
        value={counts[index]}
        autoFocus={index === 0}
        onChange={(event) => setCounts(counts.map((value, at) => (at === index ? event.target.value : value)))}
      />
    </div>
  );

  return (
    <Modal title={initial ? 'Edit vote' : 'Minute a vote'} onClose={onClose}>
      <fieldset className="vote-kind">
        <legend>How the vote was taken</legend>
        {(['show-of-hands', 'recorded'] as const).map((option) => (
          <label key={option} className="checkbox">
            <input type="radio" name={`${id}-kind`} checked={kind === option} onChange={() => setKind(option)} />
            {option === 'show-of-hands' ? 'Show of hands' : 'Recorded vote'}
          </label>
        ))}
      </fieldset>
      <p className="field-hint">
        {present.length} {present.length === 1 ? 'member was' : 'members were'} present at this item.
      </p>
      {kind === 'show-of-hands' ? (
        <div className="form-row">
          {countBox(0, 'For')}
          {countBox(1, 'Against')}
          {countBox(2, 'Abstained')}
        </div>
      ) : (
        <table className="vote-placings">
          <tbody>
            {listed.map((person) => {
              const name = attendanceName(person, facts.chairWord);
              return (
                <tr key={person.id}>
                  <th scope="row">
                    <label htmlFor={`${id}-${person.id}`}>{name}</label>
                  </th>
                  <td>
                    <select
                      id={`${id}-${person.id}`}
                      value={placings.get(person.id) ?? 'did-not-vote'}
                      onChange={(event) => setPlacings(new Map(placings).set(person.id, event.target.value as VoteChoice))}
                    >
                      {(Object.keys(CHOICE_WORDS) as VoteChoice[]).map((choice) => (
                        <option key={choice} value={choice}>
                          {CHOICE_WORDS[choice]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {tied && (
        <div>
          <label htmlFor={`${id}-casting`}>The {facts.chairWord}’s casting vote</label>
          <select id={`${id}-casting`} value={castingVote ?? ''} onChange={(event) => setCastingVote(event.target.value === '' ? null : (event.target.value as CastingVote))}>
            <option value="">Not given</option>
            <option value="for">For</option>
            <option value="against">Against</option>
          </select>
        </div>
      )}
      <p className="vote-preview" aria-live="polite">
        {voteSentence(vote, facts.wording, facts.chairWord)}
      </p>
      {problems.length > 0 && (
        <ul className="form-errors" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={problems.length > 0} onClick={() => onSave(vote)}>
          {initial ? 'Save vote' : 'Minute the vote'}
        </button>
      </div>
    </Modal>
  );
}
