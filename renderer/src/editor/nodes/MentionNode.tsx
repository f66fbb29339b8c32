import { NodeType } from '@shared/minutes/editor-json';
import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import type { ReactNode } from 'react';
import { Mention } from '../components/Mention';

export type SerializedMentionNode = Spread<{ personId: string; label: string }, SerializedLexicalNode>;

/**
 * A person named in the minutes. It stores the roster id, not the words: the
 * words ("Mr Peerbux (Head of Community Safety, KCC)" at the first mention in a
 * minute, "Mr Peerbux" after) are worked out when shown and when exported, so a
 * corrected roster entry or a moved paragraph re-words every mention.
 * `label` keeps the short name as it was when inserted, for copying as plain
 * text and in case the person is ever removed from the roster.
 */
export class MentionNode extends DecoratorNode<ReactNode> {
  __personId: string;
  __label: string;

  static override getType(): string {
    return NodeType.mention;
  }

  static override clone(node: MentionNode): MentionNode {
    return new MentionNode(node.__personId, node.__label, node.__key);
  }

  constructor(personId: string, label: string, key?: NodeKey) {
    super(key);
    this.__personId = personId;
    this.__label = label;
  }

  /** The roster id of the person named. */
  getPersonId(): string {
    return this.getLatest().__personId;
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'mb-mention';
    return span;
  }

  override updateDOM(): boolean {
    return false;
  }

  override getTextContent(): string {
    return this.getLatest().__label;
  }

  static override importJSON(json: SerializedMentionNode): MentionNode {
    return $createMentionNode(json.personId, json.label).updateFromJSON(json);
  }

  override exportJSON(): SerializedMentionNode {
    return { ...super.exportJSON(), personId: this.getPersonId(), label: this.getLatest().__label };
  }

  override isInline(): true {
    return true;
  }

  override decorate(): ReactNode {
    return <Mention nodeKey={this.getKey()} personId={this.__personId} label={this.__label} />;
  }
}

/** A mention of a roster person; `label` is their short name now ("Mr Peerbux"). */
export function $createMentionNode(personId: string, label: string): MentionNode {
  return $applyNodeReplacement(new MentionNode(personId, label));
}

export function $isMentionNode(node: LexicalNode | null | undefined): node is MentionNode {
  return node instanceof MentionNode;
}
