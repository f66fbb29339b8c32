import { NodeType } from '@shared/minutes/editor-json';
import { $applyNodeReplacement, TextNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedTextNode, type Spread } from 'lexical';

export type TemplateFieldKind = 'text' | 'person';
export type SerializedTemplateFieldNode = Spread<{ fieldKind: TemplateFieldKind; placeholder: string }, SerializedTextNode>;

/**
 * A blank in an inserted template ("summary", "person"), shown tinted until the
 * officer fills it. Tab selects the next blank; typing over it turns it into
 * ordinary text (a transform in the templates plugin), and "@" over a person
 * blank names someone from the roster.
 */
export class TemplateFieldNode extends TextNode {
  __fieldKind: TemplateFieldKind;
  /** The blank's words as inserted: once the text differs, the officer has filled it. */
  __placeholder: string;

  static override getType(): string {
    return NodeType.templateField;
  }

  static override clone(node: TemplateFieldNode): TemplateFieldNode {
    return new TemplateFieldNode(node.__text, node.__fieldKind, node.__placeholder, node.__key);
  }

  constructor(text: string, fieldKind: TemplateFieldKind, placeholder: string = text, key?: NodeKey) {
    super(text, key);
    this.__fieldKind = fieldKind;
    this.__placeholder = placeholder;
  }

  /** True once the officer has typed over the blank. */
  isFilled(): boolean {
    const latest = this.getLatest();
    return latest.__text !== latest.__placeholder;
  }

  /** Whether the blank wants words or a person. */
  getFieldKind(): TemplateFieldKind {
    return this.getLatest().__fieldKind;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('mb-field');
    return dom;
  }

  static override importJSON(json: SerializedTemplateFieldNode): TemplateFieldNode {
    return new TemplateFieldNode(json.text, json.fieldKind, json.placeholder ?? json.text).updateFromJSON(json);
  }

  override exportJSON(): SerializedTemplateFieldNode {
    return { ...super.exportJSON(), type: NodeType.templateField, fieldKind: this.getFieldKind(), placeholder: this.getLatest().__placeholder };
  }

  // Typing just before or after a blank goes into ordinary text, not into the blank.
  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }
}

export function $createTemplateFieldNode(text: string, fieldKind: TemplateFieldKind): TemplateFieldNode {
  return $applyNodeReplacement(new TemplateFieldNode(text, fieldKind));
}

export function $isTemplateFieldNode(node: LexicalNode | null | undefined): node is TemplateFieldNode {
  return node instanceof TemplateFieldNode;
}
