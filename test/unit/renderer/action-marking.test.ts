import { $createTextNode, $getRoot, $isElementNode, $isTextNode, UNDO_COMMAND, type ElementNode, type LexicalEditor, type NodeKey } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $markAction, $mentionedIn, $selectOffered, $targetAtSelection, $unmarkAction, registerUniqueActionIds, type MentionWords } from '../../../renderer/src/editor/action-blocks';
import { $isActionNode, type ActionNode } from '../../../renderer/src/editor/nodes/ActionNode';
import { registerUndoHistory } from '../../../renderer/src/editor/plugins/UndoHistoryPlugin';
import { checkEditorState } from '../../../shared/minutes/check-editor-state';
import { headlessMinutesEditor } from '../../support/headless-minutes-editor';
import { editorState, mention, minute, paragraph, text } from '../shared/kcsp-2015-input';

/*
 * Marking a sentence as an action in the live editor: the sentence at the caret (its first person named is the
 * owner by default), the words moved into an action node the file check accepts, undone by Ctrl+Z, un-marked
 * leaving the words as they were, and a copied action given an id of its own.
 */

/** Without a screen, a mention shows its label (the words the check counts are the screen's, in the app). */
const words: MentionWords = (node) => node.getTextContent();
const ALL = { personIds: new Set(['p-adams']), itemIds: new Set(['item-94']) };

function editorWith(...children: unknown[]): LexicalEditor {
  const editor = headlessMinutesEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(editorState(minute('item-94', ...children)))));
  return editor;
}
/** The minute's paragraph at `index` (after the heading). */
const $paragraph = (index: number) => ($getRoot().getFirstChild() as ElementNode).getChildAtIndex(index + 1) as ElementNode;
const plainText = (editor: LexicalEditor) => editor.getEditorState().read(() => $paragraph(0).getTextContent());
const actionsOf = (editor: LexicalEditor): ActionNode[] =>
  editor.getEditorState().read(() => {
    const found: ActionNode[] = [];
    const visit = (node: ElementNode) => node.getChildren().forEach((child) => ($isActionNode(child) ? found.push(child) : $isElementNode(child) && visit(child)));
    visit($getRoot());
    return found;
  });

describe('marking an action in the editor', () => {
  const PARAGRAPH = paragraph(text('The update was noted. '), mention('p-adams', 'Mr Adams'), text(' agreed to report back. Thanks were given.'));

  it('marks the sentence at the caret, its person named as the owner, and Ctrl+Z takes the marking off', () => {
    const editor = editorWith(PARAGRAPH);
    let now = 0;
    const { stop } = registerUndoHistory(editor, () => now);
    let target: ReturnType<typeof $targetAtSelection> = null;
    editor.update(
      () => {
        // The caret in "report".
        const afterMention = $paragraph(0).getChildAtIndex(2);
        if (!$isTextNode(afterMention)) throw new Error('no text');
        afterMention.select(12, 12);
        target = $targetAtSelection(words);
      },
      { discrete: true },
    );
    expect(target).not.toBeNull();
    const found = target!;
    expect(found.text).toBe('Mr Adams agreed to report back.');
    expect(found.existing).toBeNull();
    expect(editor.getEditorState().read(() => $mentionedIn(found.block, found.range, words))).toEqual(['p-adams']);

    now += 5_000;
    editor.update(() => void $markAction(found.block, found.range, { actionId: 'a-1', ownerId: 'p-adams', due: '2027-04-30' }, words), { discrete: true });
    const [marked] = actionsOf(editor);
    expect(editor.getEditorState().read(() => marked!.getTextContent())).toBe('Mr Adams agreed to report back.');
    expect(plainText(editor)).toBe('The update was noted. Mr Adams agreed to report back. Thanks were given.');
    // What the editor saves passes the meeting-file check.
    const saved = JSON.parse(JSON.stringify(editor.getEditorState().toJSON()));
    const check = checkEditorState(saved, ALL);
    expect(check.ok && check.findings.actionIds).toEqual(['a-1']);
    const node = (saved.root.children[0].children[1].children as { type: string }[]).find((child) => child.type === 'action');
    expect(node).toMatchObject({ type: 'action', actionId: 'a-1', ownerId: 'p-adams', due: '2027-04-30' });

    // With the caret inside it, the same key finds the action to change or un-mark.
    editor.update(() => {
      marked!.getFirstDescendant()?.selectStart();
      expect($targetAtSelection(words)?.existing?.getKey()).toBe(marked!.getKey());
    }, { discrete: true });

    now += 5_000;
    editor.update(() => editor.dispatchCommand(UNDO_COMMAND, undefined), { discrete: true });
    expect(actionsOf(editor)).toEqual([]);
    expect(plainText(editor)).toBe('The update was noted. Mr Adams agreed to report back. Thanks were given.');
    stop();
  });

  it('un-marks an action, leaving its words where they were', () => {
    const editor = editorWith(PARAGRAPH);
    editor.update(() => void $markAction($paragraph(0), { start: 22, end: 53 }, { actionId: 'a-1', ownerId: null, due: null }, words), { discrete: true });
    expect(editor.getEditorState().read(() => actionsOf(editor)[0]!.getTextContent())).toBe('Mr Adams agreed to report back.');
    editor.update(() => $unmarkAction(actionsOf(editor)[0]!), { discrete: true });
    expect(actionsOf(editor)).toEqual([]);
    expect(plainText(editor)).toBe('The update was noted. Mr Adams agreed to report back. Thanks were given.');
  });

  it('selects an offered sentence where the check saw it, and nothing once its words have changed', () => {
    const editor = editorWith(PARAGRAPH);
    const place = { nodePath: [0, 1], start: 22, end: 53, text: 'Mr Adams agreed to report back.' };
    let key: NodeKey | null = null;
    editor.update(() => (key = $selectOffered(place, words)), { discrete: true });
    expect(key).not.toBeNull();
    editor.update(() => void $paragraph(0).append($createTextNode(' More.')), { discrete: true });
    editor.update(() => (key = $selectOffered({ ...place, text: 'Mr Adams agreed to report later.' }, words)), { discrete: true });
    expect(key).toBeNull();
  });

  it('gives a copied action an id of its own', () => {
    const editor = editorWith(paragraph(text('One. Two.')));
    const holders = new Map<string, NodeKey>();
    const stop = registerUniqueActionIds(editor, holders, () => 'a-new');
    editor.update(() => void $markAction($paragraph(0), { start: 0, end: 4 }, { actionId: 'a-1', ownerId: null, due: null }, words), { discrete: true });
    // A paste of the same action (as the clipboard carries it) into the same paragraph.
    editor.update(() => void $markAction($paragraph(0), { start: 5, end: 9 }, { actionId: 'a-1', ownerId: null, due: null }, words), { discrete: true });
    expect(actionsOf(editor).map((node) => editor.getEditorState().read(() => node.getMarking().actionId))).toEqual(['a-1', 'a-new']);
    stop();
  });
});
