import { NodeType } from '@shared/minutes/editor-json';
import { $applyNodeReplacement, ParagraphNode, type EditorConfig, type LexicalNode, type SerializedParagraphNode } from 'lexical';

/**
 * A decision: "RESOLVED that …". A paragraph of its own kind, so the export
 * knows it is a resolution (unnumbered, the word in bold capitals) and the
 * screen can set it apart. Enter after it starts an ordinary paragraph.
 */
export class ResolutionNode extends ParagraphNode {
  static override getType(): string {
    return NodeType.resolution;
  }

  static override clone(node: ResolutionNode): ResolutionNode {
    return new ResolutionNode(node.__key);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('mb-resolution');
    return dom;
  }

  static override importJSON(json: SerializedParagraphNode): ResolutionNode {
    return $createResolutionNode().updateFromJSON(json);
  }

  override exportJSON(): SerializedParagraphNode {
    return { ...super.exportJSON(), type: NodeType.resolution };
  }
}

export function $createResolutionNode(): ResolutionNode {
  return $applyNodeReplacement(new ResolutionNode());
}

export function $isResolutionNode(node: LexicalNode | null | undefined): node is ResolutionNode {
  return node instanceof ResolutionNode;
}
