import { createHeadlessEditor } from '@lexical/headless';
import { ListItemNode, ListNode } from '@lexical/list';
import type { LexicalEditor } from 'lexical';
import { registerMinuteShape } from '../../renderer/src/editor/minute-shape';
import { MentionNode } from '../../renderer/src/editor/nodes/MentionNode';
import { MinuteHeadingNode } from '../../renderer/src/editor/nodes/MinuteHeadingNode';
import { MinuteItemNode } from '../../renderer/src/editor/nodes/MinuteItemNode';
import { ResolutionNode } from '../../renderer/src/editor/nodes/ResolutionNode';
import { TemplateFieldNode } from '../../renderer/src/editor/nodes/TemplateFieldNode';
import { ActionNode } from '../../renderer/src/editor/nodes/ActionNode';

/** A headless Lexical editor with the minutes' own nodes and shape rules, as the app's editor has them. */
export function headlessMinutesEditor(): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: [ListNode, ListItemNode, MinuteItemNode, MinuteHeadingNode, ResolutionNode, MentionNode, TemplateFieldNode, ActionNode],
    onError: (error) => {
      throw error;
    },
  });
  registerMinuteShape(editor);
  return editor;
}
