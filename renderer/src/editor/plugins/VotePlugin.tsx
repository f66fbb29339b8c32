import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { voteCarried, type Vote } from '@shared/domain/votes';
import { $getNodeByKey, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect, useState, type ReactNode } from 'react';
import { OPEN_VOTE_DIALOG_COMMAND } from '../commands';
import { VoteDialog } from '../components/VoteDialog';
import { $isVoteNode } from '../nodes/VoteNode';
import { $currentMinute, $minuteItemIdOf } from '../minute-blocks';
import { $insertVote } from '../vote-blocks';
import { useVoteFacts } from '../vote-setting';

/** What the dialog is open for: a new vote at the caret, or the vote node with this key. */
interface Opened {
  nodeKey: string | null;
  itemId: string | null;
  initial: Vote | null;
  /** How a new vote starts: a show of hands unless a standing phrase asked for a recorded vote. */
  kind: Vote['kind'];
}

/** The vote dialog (toolbar "Vote", Ctrl+Alt+V, or a vote's "Edit vote"): minutes a new vote, or changes one. */
export function VotePlugin(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const [opened, setOpened] = useState<Opened | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_VOTE_DIALOG_COMMAND,
        (payload) => {
          const nodeKey = typeof payload === 'string' ? payload : null;
          const kind = payload !== null && typeof payload === 'object' ? payload.kind : 'show-of-hands';
          const found = editor.getEditorState().read((): Opened => {
            const node = nodeKey === null ? null : $getNodeByKey(nodeKey);
            if ($isVoteNode(node)) return { nodeKey, itemId: $minuteItemIdOf(node), initial: node.getVote(), kind: node.getVote().kind };
            return { nodeKey: null, itemId: $currentMinute()?.getItemId() ?? null, initial: null, kind };
          });
          setOpened(found);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  return opened ? <OpenVoteDialog opened={opened} onDone={() => setOpened(null)} /> : null;
}

function OpenVoteDialog({ opened, onDone }: { opened: Opened; onDone: () => void }): ReactNode {
  const [editor] = useLexicalComposerContext();
  const facts = useVoteFacts(opened.itemId);
  const close = () => {
    onDone();
    // Back to the minutes, where the officer was typing.
    requestAnimationFrame(() => editor.focus());
  };
  const save = (vote: Vote) => {
    editor.update(() => {
      const node = opened.nodeKey === null ? null : $getNodeByKey(opened.nodeKey);
      if ($isVoteNode(node)) node.setVote(vote);
      else $insertVote(vote, voteCarried(vote) === true);
    });
    close();
  };
  return <VoteDialog initial={opened.initial} kind={opened.kind} facts={facts} onSave={save} onClose={close} />;
}
