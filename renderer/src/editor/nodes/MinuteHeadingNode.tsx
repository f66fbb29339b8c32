import { NodeType } from '@shared/minutes/editor-json';
import { DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import type { ReactNode } from 'react';
import { MinuteHeading } from '../components/MinuteHeading';

export type SerializedMinuteHeadingNode = Spread<{ itemId: string }, SerializedLexicalNode>;

/**
 * The heading of a minute ("94. Community Safety Integration Project / (Item B1)").
 * It stores only the agenda item's id: number, title and code are read live from
 * the meeting, so reordering or correcting the agenda re-heads the minutes.
 * Isolated: the caret cannot land on it, select it or delete it.
 */
export class MinuteHeadingNode extends DecoratorNode<ReactNode> {
  __itemId: string;

  static override getType(): string {
    return NodeType.minuteHeading;
  }

  static override clone(node: MinuteHeadingNode): MinuteHeadingNode {
    return new MinuteHeadingNode(node.__itemId, node.__key);
  }

  constructor(itemId: string, key?: NodeKey) {
    super(key);
    this.__itemId = itemId;
  }

  /** The agenda item this heading names. */
  getItemId(): string {
    return this.getLatest().__itemId;
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'mb-minute-heading';
    div.contentEditable = 'false';
    return div;
  }

  override updateDOM(): boolean {
    return false;
  }

  static override importJSON(json: SerializedMinuteHeadingNode): MinuteHeadingNode {
    return $createMinuteHeadingNode(json.itemId).updateFromJSON(json);
  }

  override exportJSON(): SerializedMinuteHeadingNode {
    return { ...super.exportJSON(), itemId: this.getItemId() };
  }

  override isIsolated(): boolean {
    return true;
  }

  override isKeyboardSelectable(): boolean {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(): ReactNode {
    return <MinuteHeading itemId={this.__itemId} />;
  }
}

export function $createMinuteHeadingNode(itemId: string): MinuteHeadingNode {
  return new MinuteHeadingNode(itemId);
}

export function $isMinuteHeadingNode(node: LexicalNode | null | undefined): node is MinuteHeadingNode {
  return node instanceof MinuteHeadingNode;
}
