import { $dfs } from '@lexical/utils';
import { FirstMentions } from '@shared/domain/mentions';
import type { FirstMentionRule } from '@shared/house-style/house-style';
import { NodeType } from '@shared/minutes/editor-json';
import { $getEditor, $getRoot, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
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
 * Which mentions are a person's first in their minute, or in the meeting by the body's house style (named in full
 * with their role), and which come later (title and surname). Recomputed only when a mention is added, removed or
 * moved, or the rule changes, never per keystroke.
 */
export class MentionOrder {
  private firsts = new Set<NodeKey>();
  private mentions = new Map<NodeKey, MentionFacts>();
  /** The body's first-mention rule (HouseStyle.firstMention). */
  rule: FirstMentionRule = 'minute';

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
    const firstMentions = new FirstMentions(this.rule);
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

const rules = new WeakMap<LexicalEditor, FirstMentionRule>();

/** Tells the editor's first-mention rule (the body's house style) to $wouldBeFirstMention; MentionWording calls it. */
export function setFirstMentionRule(editor: LexicalEditor, rule: FirstMentionRule): void {
  rules.set(editor, rule);
}

/** The first-mention rule of the editor being read; 'minute' (the county's) when it was never told or no editor is active. */
function $ruleOfEditor(): FirstMentionRule {
  try {
    return rules.get($getEditor()) ?? 'minute';
  } catch {
    return 'minute';
  }
}

/**
 * Whether a mention of `personId` put just after `last` (the node before the caret, or the empty block the caret is
 * in) would be the person's first in its minute (or, by the rule 'meeting', in the minutes), and so print in full:
 * by the same sections as MentionOrder, read from the document (inside a read or update).
 */
export function $wouldBeFirstMention(personId: string, last: LexicalNode, rule: FirstMentionRule = $ruleOfEditor()): boolean {
  const minute = last.getParents().find($isMinuteItemNode) ?? ($isMinuteItemNode(last) ? last : null);
  const sections =
    rule === 'meeting' ? [$getRoot()] : minute ? [minute] : $getRoot().getChildren().filter((block) => !$isMinuteItemNode(block));
  for (const section of sections) {
    for (const { node } of $dfs(section)) {
      if (isMention(node) && node.getPersonId() === personId) return false;
      if (node.is(last)) return true;
    }
  }
  return true;
}
