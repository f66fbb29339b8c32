import { NodeType } from '@shared/minutes/editor-json';
import { ElementNode, type LexicalNode, type LexicalUpdateJSON, type NodeKey, type SerializedElementNode, type Spread } from 'lexical';

export type SerializedMinuteItemNode = Spread<{ itemId: string }, SerializedElementNode>;

/**
 * One minute: its heading (first child, derived from the agenda item) and the
 * officer's paragraphs, lists and resolutions for that item. A shadow root, so
 * select-all, Enter and Backspace stay inside the minute and can never merge two
 * minutes or swallow a heading (the playground's Collapsible content is the model).
 */
export class MinuteItemNode extends ElementNode {
  __itemId: string;

  static override getType(): string {
    return NodeType.minuteItem;
  }

  static override clone(node: MinuteItemNode): MinuteItemNode {
    return new MinuteItemNode(node.__itemId, node.__key);
  }

  constructor(itemId: string, key?: NodeKey) {
    super(key);
    this.__itemId = itemId;
  }

  /** The agenda item this minute records. */
  getItemId(): string {
    return this.getLatest().__itemId;
  }

  override createDOM(): HTMLElement {
    const section = document.createElement('section');
    section.className = 'mb-minute-item';
    section.dataset.itemId = this.__itemId;
    return section;
  }

  override updateDOM(previous: MinuteItemNode, dom: HTMLElement): boolean {
    if (previous.__itemId !== this.__itemId) dom.dataset.itemId = this.__itemId;
    return false;
  }

  static override importJSON(json: SerializedMinuteItemNode): MinuteItemNode {
    return $createMinuteItemNode(json.itemId).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedMinuteItemNode>): this {
    return super.updateFromJSON(json);
  }

  override exportJSON(): SerializedMinuteItemNode {
    return { ...super.exportJSON(), itemId: this.getItemId() };
  }

  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }
}

/** A new, empty minute for an agenda item (the shape transform adds its heading and first paragraph). */
export function $createMinuteItemNode(itemId: string): MinuteItemNode {
  return new MinuteItemNode(itemId);
}

export function $isMinuteItemNode(node: LexicalNode | null | undefined): node is MinuteItemNode {
  return node instanceof MinuteItemNode;
}
