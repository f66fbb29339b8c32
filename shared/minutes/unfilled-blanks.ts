import { NodeType, type SerializedNode } from './editor-json';
import { parseEditorState } from './from-editor-state';

/**
 * The template blanks the officer has not filled yet ("summary", "person"), in the
 * order they stand in the minutes: a blank whose text is still its placeholder.
 * The export prints them as they are (nothing typed is ever dropped); this list is
 * for warning the officer before exporting. Throws EditorStateError when the saved
 * minutes are not an editor state, as the export itself would.
 */
export function unfilledBlanks(editorState: unknown): string[] {
  const blanks: string[] = [];
  const visit = (node: SerializedNode): void => {
    if (node.type === NodeType.templateField) {
      const text = typeof node.text === 'string' ? node.text : '';
      // An older blank saved without its placeholder is read, as the editor reads it, as never filled.
      const placeholder = typeof node.placeholder === 'string' ? node.placeholder : text;
      if (text === placeholder) blanks.push(text);
    }
    node.children?.forEach(visit);
  };
  parseEditorState(editorState).root.children.forEach(visit);
  return blanks;
}
