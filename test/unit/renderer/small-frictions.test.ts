import { builtInTemplates, userTemplate } from '@shared/domain/templates';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, KEY_TAB_COMMAND, type ElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $insertResolution } from '../../../renderer/src/editor/minute-blocks';
import { $insertTemplate, registerBlankKeys } from '../../../renderer/src/editor/template-insertion';
import { headlessMinutesEditor } from '../../support/headless-minutes-editor';

/** A minutes editor with Tab as the app has it for phrases (blanks, then the phrase's end). */
function minutes(): LexicalEditor {
  const editor = headlessMinutesEditor();
  registerBlankKeys(editor);
  return editor;
}

const text = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());

/** The paragraph's text with a bar where the caret is. */
function caretIn(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed()) return 'no caret';
    const node = selection.anchor.getNode();
    const block = node.getTopLevelElementOrThrow();
    let before = '';
    for (const leaf of block.getAllTextNodes()) {
      if (leaf.is(node)) return `${before}${leaf.getTextContent().slice(0, selection.anchor.offset)}|${block.getTextContent().slice(before.length + selection.anchor.offset)}`;
      before += leaf.getTextContent();
    }
    return `${block.getTextContent()}|`;
  });
}

/** Ctrl+Alt+R, as MinuteCommandsPlugin sends it. */
const resolve = (editor: LexicalEditor) => editor.update(() => $insertResolution(), { discrete: true });
const type = (editor: LexicalEditor, words: string) => editor.update(() => $getSelection()!.insertText(words), { discrete: true });
const tab = (editor: LexicalEditor) => {
  let prevented = false;
  const event = { key: 'Tab', shiftKey: false, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent;
  editor.update(() => void editor.dispatchCommand(KEY_TAB_COMMAND, event), { discrete: true });
  return prevented;
};

describe('Ctrl+Alt+R again on a resolution just begun', () => {
  it('turns "RESOLVED that" into "RESOLVED to", and back, the caret after the words', () => {
    const editor = minutes();
    editor.update(() => $getRoot().clear().append($createParagraphNode().append($createTextNode('The report was discussed.'))).selectEnd(), { discrete: true });
    resolve(editor);
    expect(text(editor)).toBe('The report was discussed.\n\nRESOLVED that ');
    resolve(editor);
    expect(text(editor)).toBe('The report was discussed.\n\nRESOLVED to ');
    expect(caretIn(editor)).toBe('RESOLVED to |');
    type(editor, 'note the report.');
    expect(text(editor)).toBe('The report was discussed.\n\nRESOLVED to note the report.');
    resolve(editor);
    expect(editor.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(3);
  });

  it('a third press gives "RESOLVED that" back; "RESOLVED" stays bold', () => {
    const editor = minutes();
    editor.update(() => $getRoot().clear().append($createParagraphNode()).selectEnd(), { discrete: true });
    resolve(editor);
    resolve(editor);
    resolve(editor);
    expect(text(editor)).toMatch(/RESOLVED that $/);
    expect(editor.getEditorState().read(() => $getRoot().getLastChildOrThrow<ElementNode>().getAllTextNodes()[0]!.hasFormat('bold'))).toBe(true);
  });

  it('on a resolution with words typed after "that", starts a new resolution instead', () => {
    const editor = minutes();
    editor.update(() => $getRoot().clear().append($createParagraphNode()).selectEnd(), { discrete: true });
    resolve(editor);
    type(editor, 'the report be noted.');
    resolve(editor);
    expect(text(editor)).toMatch(/RESOLVED that the report be noted\.\n\nRESOLVED that $/);
  });
});

describe('Tab after the last blank of a phrase', () => {
  const verbal = builtInTemplates('Chairman').find((template) => template.id === 'verbal-update')!;

  it('moves the caret past the phrase’s full stop, so Enter starts a new paragraph', () => {
    const editor = minutes();
    const thanks = userTemplate({ id: 't', bodyId: 'b', name: 'Thanks', text: 'The Chairman thanked {person} for the update on {subject} and the slides.' });
    editor.update(() => {
      $getRoot().clear().append($createParagraphNode()).selectEnd();
      $insertTemplate(thanks, null);
    }, { discrete: true });
    type(editor, 'Mr Peerbux');
    expect(tab(editor)).toBe(true); // to the next blank
    type(editor, 'the budget');
    expect(caretIn(editor)).toBe('The Chairman thanked Mr Peerbux for the update on the budget| and the slides.');
    expect(tab(editor)).toBe(true);
    expect(caretIn(editor)).toBe('The Chairman thanked Mr Peerbux for the update on the budget and the slides.|');
    expect(tab(editor)).toBe(false); // at the end: Tab does what it always does
  });

  it('goes to the end of the phrase, not of the paragraph, when words followed the caret', () => {
    const editor = minutes();
    editor.update(() => {
      const before = $createTextNode('Item taken first. ');
      $getRoot().clear().append($createParagraphNode().append(before, $createTextNode(' Members asked questions.')));
      before.select(before.getTextContentSize(), before.getTextContentSize());
      $insertTemplate(verbal, null);
    }, { discrete: true });
    type(editor, 'Ms Smith');
    tab(editor);
    type(editor, 'the strategy');
    expect(tab(editor)).toBe(true);
    expect(caretIn(editor)).toBe('Item taken first. Ms Smith gave a verbal update on the strategy.| Members asked questions.');
  });

  it('with a blank still to fill, goes to that blank first', () => {
    const editor = minutes();
    editor.update(() => {
      $getRoot().clear().append($createParagraphNode()).selectEnd();
      $insertTemplate(verbal, null);
    }, { discrete: true });
    expect(tab(editor)).toBe(true);
    expect(editor.getEditorState().read(() => $getSelection()?.getTextContent())).toBe('subject');
  });

  it('leaves Tab alone in a paragraph that holds no phrase', () => {
    const editor = minutes();
    editor.update(() => {
      $getRoot().clear().append($createParagraphNode()).selectEnd();
      $insertTemplate(verbal, null);
      const other = $createTextNode('Another paragraph with more words.');
      $getRoot().append($createParagraphNode().append(other));
      other.select(7, 7);
    }, { discrete: true });
    expect(tab(editor)).toBe(false);
  });
});
