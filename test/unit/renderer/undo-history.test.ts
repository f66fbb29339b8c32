import { $createParagraphNode, $createTextNode, $getRoot, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { registerUndoHistory, UNDO_LEVELS } from '../../../renderer/src/editor/plugins/UndoHistoryPlugin';
import { headlessMinutesEditor } from '../../support/headless-minutes-editor';

const text = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());
/** Ctrl+Z, committed at once (a command's update is otherwise committed in a microtask). */
const undo = (editor: LexicalEditor) => editor.update(() => editor.dispatchCommand(UNDO_COMMAND, undefined), { discrete: true });

/** `steps` separate edits, each a new paragraph typed after a pause (so each is its own step of undo). */
function editInSteps(steps: number) {
  const editor = headlessMinutesEditor();
  let now = 0;
  const { history, stop } = registerUndoHistory(editor, () => now);
  for (let step = 1; step <= steps; step += 1) {
    now += 5_000;
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode(`Paragraph ${step}.`))), { discrete: true });
  }
  return { editor, history, stop };
}

describe('undo in the minutes', () => {
  it(`keeps the last ${UNDO_LEVELS} steps and no more, so a three-hour meeting does not keep every state it passed through`, () => {
    const { editor, history, stop } = editInSteps(UNDO_LEVELS + 50);
    expect(history.undoStack).toHaveLength(UNDO_LEVELS);
    expect(text(editor)).toContain(`Paragraph ${UNDO_LEVELS + 50}.`);

    for (let press = 0; press < UNDO_LEVELS + 20; press += 1) undo(editor);
    // Back to the oldest state kept: the first 50 paragraphs stay; nothing further back is held.
    const left = text(editor);
    expect(left).toContain('Paragraph 50.');
    expect(left).not.toContain('Paragraph 51.');
    expect(history.undoStack).toHaveLength(0);
    stop();
  });

  it('a burst of typing without a pause is undone in one step', () => {
    const editor = headlessMinutesEditor();
    let now = 0;
    const { stop } = registerUndoHistory(editor, () => now);
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('The'))).selectEnd(), { discrete: true });
    const typeBurst = (words: string) => {
      now += 5_000; // a pause first
      for (const character of words) {
        now += 100; // then ten keys a second
        editor.update(() => $getRoot().getLastDescendant()!.selectEnd().insertText(character), { discrete: true });
      }
    };
    typeBurst(' Committee');
    typeBurst(' noted the report.');
    expect(text(editor)).toBe('The Committee noted the report.');
    undo(editor);
    expect(text(editor)).toBe('The Committee');
    stop();
  });
});
