import type { Vote } from '@shared/domain/votes';
import { $createParagraphNode, $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { $blockOf, $createFreshResolution } from './minute-blocks';
import { $createVoteNode } from './nodes/VoteNode';

/**
 * A new vote after the caret's block (in place of an empty paragraph), followed by what the minutes say next: a
 * carried motion is resolved ("RESOLVED that "), a lost one gets a paragraph to carry on in. The caret goes there.
 */
export function $insertVote(vote: Vote, carried: boolean): void {
  const selection = $getSelection();
  const block = $isRangeSelection(selection) ? $blockOf(selection.anchor.getNode()) : null;
  const node = $createVoteNode(vote);
  if (!block) $getRoot().append(node);
  else if (block.getType() === 'paragraph' && block.getTextContent().trim() === '') block.replace(node);
  else block.insertAfter(node);
  const next = carried ? $createFreshResolution() : $createParagraphNode();
  node.insertAfter(next);
  next.selectEnd();
}
