import { createHeadlessEditor } from '@lexical/headless';
import { ListItemNode, ListNode } from '@lexical/list';
import { createEditor, type LexicalEditor } from 'lexical';
import { registerMinuteShape } from '../../renderer/src/editor/minute-shape';
import { MentionNode } from '../../renderer/src/editor/nodes/MentionNode';
import { MinuteHeadingNode } from '../../renderer/src/editor/nodes/MinuteHeadingNode';
import { MinuteItemNode } from '../../renderer/src/editor/nodes/MinuteItemNode';
import { ResolutionNode } from '../../renderer/src/editor/nodes/ResolutionNode';
import { TemplateFieldNode } from '../../renderer/src/editor/nodes/TemplateFieldNode';
import { ActionNode } from '../../renderer/src/editor/nodes/ActionNode';

const config = {
  namespace: 'test',
  nodes: [ListNode, ListItemNode, MinuteItemNode, MinuteHeadingNode, ResolutionNode, MentionNode, TemplateFieldNode, ActionNode],
  onError: (error: Error) => {
    throw error;
  },
};

/** A headless Lexical editor with the minutes' own nodes and shape rules, as the app's editor has them. */
export function headlessMinutesEditor(): LexicalEditor {
  const editor = createHeadlessEditor(config);
  registerMinuteShape(editor);
  return editor;
}

/**
 * The app's kind of editor with the minutes' nodes, never attached to a page: for code that asks the editor for a
 * node's element (none here), which a headless editor refuses. Like a headless one, it runs no mutation listeners.
 */
export function detachedMinutesEditor(): LexicalEditor {
  const editor = createEditor(config);
  registerMinuteShape(editor);
  return editor;
}
