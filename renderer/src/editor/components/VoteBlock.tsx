import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { recordedVoteLines, voteProblems, voteSentence, type Vote } from '@shared/domain/votes';
import { attendanceName, UNKNOWN_PERSON } from '@shared/domain/person-names';
import { joinWithAnd } from '@shared/domain/lists';
import { $getNodeByKey } from 'lexical';
import { useMemo, type ReactNode } from 'react';
import { OPEN_VOTE_DIALOG_COMMAND } from '../commands';
import { $minuteItemIdOf } from '../minute-blocks';
import { useVoteFacts } from '../vote-setting';

/**
 * A vote as it will print: the result sentence and, for a recorded vote, the For / Against / Abstain lines with the
 * names as the attendance lines give them. What is wrong with it (someone placed who had left) is said under it.
 */
export function VoteBlock({ nodeKey, vote }: { nodeKey: string; vote: Vote }): ReactNode {
  const [editor] = useLexicalComposerContext();
  const itemId = editor.getEditorState().read(() => {
    const node = $getNodeByKey(nodeKey);
    return node ? $minuteItemIdOf(node) : null;
  });
  const facts = useVoteFacts(itemId);
  const people = useMemo(() => new Map(facts.setting.roster.map((person) => [person.id, person])), [facts.setting.roster]);
  const nameOf = (id: string) => {
    const person = people.get(id);
    return person ? attendanceName(person, facts.chairWord) : UNKNOWN_PERSON;
  };
  const problems = voteProblems(vote, facts.setting);

  return (
    <div className="vote-block" role="group" aria-label="Vote">
      <p className="vote-sentence">{voteSentence(vote, facts.wording, facts.chairWord)}</p>
      {vote.kind === 'recorded' && (
        <table className="vote-lines">
          <tbody>
            {recordedVoteLines(vote.placings, facts.setting.roster).map((line) => (
              <tr key={line.choice}>
                <th scope="row">{line.label}</th>
                <td>{line.personIds.length === 0 ? 'None' : joinWithAnd(line.personIds.map(nameOf))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problems.length > 0 && (
        <ul className="vote-problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <button type="button" className="link" onClick={() => editor.dispatchCommand(OPEN_VOTE_DIALOG_COMMAND, nodeKey)}>
        Edit vote
      </button>
    </div>
  );
}
