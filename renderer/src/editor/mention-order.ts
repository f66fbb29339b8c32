import { $dfs } from '@lexical/utils';
import { NodeType } from '@shared/minutes/editor-json';
import { $getRoot, type LexicalNode, type NodeKey } from 'lexical';
import { createContext } from 'react';
import { $isMinuteItemNode } from './nodes/MinuteItemNode';

/** A mention as this module sees it: by type, not by class, so the node's own module can import this one. */
interface MentionLike extends LexicalNode {
  getPersonId(): string;
}

function isMention(node: LexicalNode): node is MentionLike {
  return node.getType() === NodeType.mention;
}

/**
 * Which mentions are a person's first in their minute (named in full with their
 * role) and which come later (title and surname). Recomputed only when a mention
 * is added, removed or moved, never per keystroke; mentions read it through
 * useSyncExternalStore and re-render when their answer changes.
 */
export class MentionOrder {
  private firsts = new Set<NodeKey>();
  private listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** True when this mention is the first of its person in its minute. */
  isFirst(key: NodeKey): boolean {
    return this.firsts.has(key);
  }

  /** Walks the document (inside a read) and tells mentions whose answer changed. */
  $recompute(): void {
    const firsts = new Set<NodeKey>();
    // Text outside any minute counts as one section of its own.
    let seenOutside = new Set<string>();
    for (const block of $getRoot().getChildren()) {
      const seen = $isMinuteItemNode(block) ? new Set<string>() : seenOutside;
      for (const { node } of $dfs(block)) {
        if (!isMention(node)) continue;
        const personId = node.getPersonId();
        if (!seen.has(personId)) {
          seen.add(personId);
          firsts.add(node.getKey());
        }
      }
      if (!$isMinuteItemNode(block)) seenOutside = seen;
    }
    const changed = firsts.size !== this.firsts.size || [...firsts].some((key) => !this.firsts.has(key));
    this.firsts = firsts;
    if (changed) for (const listener of this.listeners) listener();
  }
}

/** The editor's one MentionOrder, provided by the minutes editor. */
export const MentionOrderContext = createContext<MentionOrder>(new MentionOrder());
