import { mentionLabel } from '@shared/domain/mentions';
import type { MentionedPerson } from '@shared/domain/person-names';
import { NodeType } from '@shared/minutes/editor-json';
import { $applyNodeReplacement, DecoratorNode, type EditorConfig, type LexicalEditor, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import type { ReactNode } from 'react';
import { mentionWordingOf } from '../mention-wording';

export type SerializedMentionNode = Spread<{ personId: string; label: string }, SerializedLexicalNode>;

/**
 * A person named in the minutes. It stores the roster id, not the words: the
 * words ("Mr Peerbux (Head of Community Safety, KCC)" at the first mention in a
 * minute, "Mr Peerbux" after) are worked out when shown and when exported, so a
 * corrected roster entry or a moved paragraph re-words every mention.
 * `label` keeps the person's short name (mentionLabel), for copying as plain
 * text and in case the person is ever removed from the roster; the editor's
 * MentionWording stores it afresh whenever the roster words the person otherwise.
 * The words are plain DOM written by the editor's MentionWording, not a React
 * decoration: a long meeting holds thousands of mentions.
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

  /** Stores the person's short name as the roster now words it (see mentionLabel). */
  setLabel(label: string): this {
    const writable = this.getWritable();
    writable.__label = label;
    return writable;
  }

  override createDOM(_config: EditorConfig, editor: LexicalEditor): HTMLElement {
    const span = document.createElement('span');
    span.className = 'mb-mention';
    mentionWordingOf(editor).write(span, this.__key, this.__personId, this.__label);
    return span;
  }

  override updateDOM(): boolean {
    return false;
  }

  override getTextContent(): string {
    return this.getLatest().__label;
  }

  static override importJSON(json: SerializedMentionNode): MentionNode {
    return $applyNodeReplacement(new MentionNode(json.personId, json.label)).updateFromJSON(json);
  }

  override exportJSON(): SerializedMentionNode {
    return { ...super.exportJSON(), personId: this.getPersonId(), label: this.getLatest().__label };
  }

  override isInline(): true {
    return true;
  }

  /** Nothing for React to render: createDOM and MentionWording write the words. */
  override decorate(): ReactNode {
    return null;
  }
}

/** A mention of a roster person, storing their short name as the roster words it now ("Mr Peerbux"). */
export function $createMentionNode(person: MentionedPerson & { id: string }): MentionNode {
  return $applyNodeReplacement(new MentionNode(person.id, mentionLabel(person)));
}

export function $isMentionNode(node: LexicalNode | null | undefined): node is MentionNode {
  return node instanceof MentionNode;
}
