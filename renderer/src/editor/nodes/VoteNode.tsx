import type { Vote } from '@shared/domain/votes';
import { NodeType } from '@shared/minutes/editor-json';
import { voteFromNode, voteNodeJson, type SerializedVoteNode } from '@shared/minutes/vote-node';
import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { ReactNode } from 'react';
import { VoteBlock } from '../components/VoteBlock';

/**
 * A vote in a minute: a show of hands or a recorded vote. It stores the counts or who was placed where (by roster
 * id); the sentence and the names are worded live from the roster and the house style, as the export words them.
 * Edited through the vote dialog (VotePlugin): its "Edit vote" button, or Enter when it is selected.
 */
export class VoteNode extends DecoratorNode<ReactNode> {
  __vote: Vote;

  static override getType(): string {
    return NodeType.vote;
  }

  static override clone(node: VoteNode): VoteNode {
    return new VoteNode(node.__vote, node.__key);
  }

  constructor(vote: Vote, key?: NodeKey) {
    super(key);
    this.__vote = vote;
  }

  getVote(): Vote {
    return this.getLatest().__vote;
  }

  setVote(vote: Vote): this {
    const writable = this.getWritable();
    writable.__vote = vote;
    return writable;
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'mb-vote';
    div.contentEditable = 'false';
    return div;
  }

  override updateDOM(): boolean {
    return false;
  }

  static override importJSON(json: SerializedLexicalNode): VoteNode {
    return $createVoteNode(voteFromNode(json as unknown as Record<string, unknown>)).updateFromJSON(json);
  }

  override exportJSON(): SerializedLexicalNode & SerializedVoteNode {
    return { ...super.exportJSON(), ...voteNodeJson(this.getVote()) };
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    // The copy-as-text and word counts see a vote as one line; the sentence itself is worded from the house style.
    return 'Vote\n';
  }

  override decorate(): ReactNode {
    return <VoteBlock nodeKey={this.__key} vote={this.__vote} />;
  }
}

export function $createVoteNode(vote: Vote): VoteNode {
  return $applyNodeReplacement(new VoteNode(vote));
}

export function $isVoteNode(node: LexicalNode | null | undefined): node is VoteNode {
  return node instanceof VoteNode;
}
