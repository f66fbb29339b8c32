import { $dfs } from '@lexical/utils';
import { FirstMentions } from '@shared/domain/mentions';
import { NodeType } from '@shared/minutes/editor-json';
import { $getRoot, type LexicalNode, type NodeKey } from 'lexical';
import { $isMinuteItemNode } from './nodes/MinuteItemNode';

/** A mention as this module sees it: by type, not by class, so the node's own module can import this one. */
interface MentionLike extends LexicalNode {
  getPersonId(): string;
}

function isMention(node: LexicalNode): node is MentionLike {
  return node.getType() === NodeType.mention;
}

/** What the order knows of each mention: whom it names, and the short name stored with it. */
export interface MentionFacts {
  personId: string;
  label: string;
}

/**
 * Which mentions are a person's first in their minute (named in full with their
 * role) and which come later (title and surname). Recomputed only when a mention
 * is added, removed or moved, never per keystroke.
 */
export class MentionOrder {
  private firsts = new Set<NodeKey>();
  private mentions = new Map<NodeKey, MentionFacts>();

  /** True when this mention is the first of its person in its minute. */
  isFirst(key: NodeKey): boolean {
    return this.firsts.has(key);
  }

  /** Every mention in the minutes, as of the last recompute. */
  all(): ReadonlyMap<NodeKey, MentionFacts> {
    return this.mentions;
  }

  /** Walks the document (inside a read); returns the mentions whose answer changed. */
  $recompute(): Set<NodeKey> {
    const firsts = new Set<NodeKey>();
    const mentions = new Map<NodeKey, MentionFacts>();
    const firstMentions = new FirstMentions();
    for (const block of $getRoot().getChildren()) {
      const inMinute = $isMinuteItemNode(block);
      if (inMinute) firstMentions.enterMinute();
      for (const { node } of $dfs(block)) {
        if (!isMention(node)) continue;
        const personId = node.getPersonId();
        mentions.set(node.getKey(), { personId, label: node.getTextContent() });
        if (firstMentions.next(personId)) firsts.add(node.getKey());
      }
      if (inMinute) firstMentions.leaveMinute();
    }
    const changed = new Set<NodeKey>();
    for (const key of firsts) if (!this.firsts.has(key)) changed.add(key);
    for (const key of this.firsts) if (!firsts.has(key) && mentions.has(key)) changed.add(key);
    this.firsts = firsts;
    this.mentions = mentions;
    return changed;
  }
}
