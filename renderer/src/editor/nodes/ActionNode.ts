import type { ActionMarking } from '@shared/domain/actions';
import { NodeType } from '@shared/minutes/editor-json';
import { actionFromNode, actionNodeFields, type SerializedActionFields } from '@shared/minutes/action-node';
import { $applyNodeReplacement, ElementNode, type LexicalNode, type NodeKey, type SerializedElementNode } from 'lexical';

export type SerializedActionNode = Omit<SerializedElementNode, 'type' | 'version'> & SerializedActionFields;

/**
 * A sentence marked as an action: an inline element holding the sentence's words (text and mentions), with the
 * action's id, owner (a roster id) and date. The words stay the officer's; the owner is named on screen by
 * ActionPlugin and in print by the export ("Action: Mr Peerbux"). Typing at either end goes outside it, so the
 * next sentence is not swallowed into the action.
 */
export class ActionNode extends ElementNode {
  __marking: ActionMarking;

  static override getType(): string {
    return NodeType.action;
  }

  static override clone(node: ActionNode): ActionNode {
    return new ActionNode(node.__marking, node.__key);
  }

  constructor(marking: ActionMarking, key?: NodeKey) {
    super(key);
    this.__marking = marking;
  }

  getMarking(): ActionMarking {
    return this.getLatest().__marking;
  }

  setMarking(marking: ActionMarking): this {
    const writable = this.getWritable();
    writable.__marking = marking;
    return writable;
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'mb-action';
    return span;
  }

  override updateDOM(): boolean {
    // The owner's name and the date are written on the element by ActionPlugin, which knows the roster.
    return false;
  }

  static override importJSON(json: SerializedElementNode): ActionNode {
    return $createActionNode(actionFromNode(json as unknown as Record<string, unknown>)).updateFromJSON(json);
  }

  override exportJSON(): SerializedActionNode {
    return { ...super.exportJSON(), ...actionNodeFields(this.getMarking()) };
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }
}

export function $createActionNode(marking: ActionMarking): ActionNode {
  return $applyNodeReplacement(new ActionNode(marking));
}

export function $isActionNode(node: LexicalNode | null | undefined): node is ActionNode {
  return node instanceof ActionNode;
}
