import { $createListItemNode, $createListNode, $isListItemNode, type ListItemNode } from '@lexical/list';
import { registerTabIndentation } from '@lexical/react/LexicalTabIndentationPlugin';
import type { Person } from '@shared/model/person';
import type { Suggestion } from '@shared/prediction/predictor';
import { builtInTemplates } from '@shared/domain/templates';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, HISTORIC_TAG, KEY_DOWN_COMMAND, type LexicalEditor, type RangeSelection } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $isMentionNode } from '../../../renderer/src/editor/nodes/MentionNode';
import { registerSuggestionKeys } from '../../../renderer/src/editor/plugins/prediction/completion-keys';
import { registerSpaceAfterInsert } from '../../../renderer/src/editor/space-after-insert';
import { $insertTemplate, registerBlankKeys } from '../../../renderer/src/editor/template-insertion';
import { headlessMinutesEditor } from '../../support/headless-minutes-editor';
import { predictionWithFakes } from '../../support/prediction-fakes';

const PEERBUX: Person = {
  id: 'p-peerbux',
  bodyId: 'b',
  title: 'Mr',
  initials: 'S',
  surname: 'Peerbux',
  honours: '',
  role: 'Head of Community Safety',
  organisation: 'KCC',
  kind: 'officer',
  office: null,
  retired: false,
};

/**
 * A headless minutes editor with the keys an officer has (Tab for blanks and indenting as in the app, and the
 * suggestion keys), and prediction whose worker always answers `answer` and whose screen is a record of what it shows.
 */
function minutesWithSuggestions(answer: Suggestion | null | ((before: string) => Suggestion | null)) {
  const editor = headlessMinutesEditor();
  registerTabIndentation(editor, 4);
  registerBlankKeys(editor);
  const asked: string[] = [];
  const { controller, screen, frame } = predictionWithFakes(editor, (before) => (asked.push(before), Promise.resolve(typeof answer === 'function' ? answer(before) : answer)));
  controller.setPeople([PEERBUX], {});
  registerSuggestionKeys(editor, controller);
  registerSpaceAfterInsert(editor);
  /** Runs the frames after the updates so far, and lets the worker's answers arrive. */
  const settle = async () => {
    frame();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const press = (key: string, modifiers: { ctrlKey?: boolean; shiftKey?: boolean } = {}) => {
    let prevented = false;
    const event = { key, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...modifiers, preventDefault: () => (prevented = true) };
    editor.update(() => void editor.dispatchCommand(KEY_DOWN_COMMAND, event as unknown as KeyboardEvent), { discrete: true });
    return prevented;
  };
  return { editor, controller, screen, asked, settle, press };
}

const text = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());

/** A paragraph holding `words`, the caret at its end. */
function typeParagraph(editor: LexicalEditor, words: string): void {
  editor.update(() => $getRoot().clear().append($createParagraphNode().append($createTextNode(words))).selectEnd(), { discrete: true });
}

/** A numbered list of these items, the caret at the end of the last. */
function typeList(editor: LexicalEditor, items: string[]): void {
  editor.update(
    () => {
      const list = $createListNode('number').append(...items.map((item) => $createListItemNode().append(...(item === '' ? [] : [$createTextNode(item)]))));
      $getRoot().clear().append(list);
      list.selectEnd();
    },
    { discrete: true },
  );
}

const indentOfCaret = (editor: LexicalEditor) =>
  editor.getEditorState().read(() => {
    const selection = $getSelection();
    const node = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
    const item = node && ($isListItemNode(node) ? node : node.getParents().find($isListItemNode));
    return (item as ListItemNode | undefined)?.getIndent() ?? null;
  });

describe('the keys of a suggestion', () => {
  it('Tab takes the whole suggestion shown after the caret, as one edit, and says it once', async () => {
    const { editor, screen, settle, press } = minutesWithSuggestions({ replace: 0, parts: [{ kind: 'text', text: 'ort be noted.' }] });
    typeParagraph(editor, 'RESOLVED that the rep');
    await settle();
    expect(screen.shown).toBe('ort be noted.');
    expect(screen.said).toEqual(['report be noted.']); // a screen reader hears the words it makes
    // Shown, but not in the document: nothing to save, undo, check or export.
    expect(text(editor)).toBe('RESOLVED that the rep');
    expect(press('Tab')).toBe(true);
    expect(text(editor)).toBe('RESOLVED that the report be noted.');
    expect(screen.shown).toBeNull();
  });

  it('Ctrl+Right takes the next word, and what is left stays shown', async () => {
    const { editor, screen, settle, press } = minutesWithSuggestions((before) => {
      const rest = 'RESOLVED that the report be noted.'.slice(before.length);
      return 'RESOLVED that the report be noted.'.startsWith(before) && rest ? { replace: 0, parts: [{ kind: 'text', text: rest }] } : null;
    });
    typeParagraph(editor, 'RESOLVED that the rep');
    await settle();
    expect(press('ArrowRight', { ctrlKey: true })).toBe(true);
    // The word and the space after it: the officer goes straight on to the next word.
    expect(text(editor)).toBe('RESOLVED that the report ');
    await settle();
    expect(screen.shown).toBe('be noted.'); // typed along: the rest still stands where it was
    expect(screen.said).toEqual(['report be noted.']); // and is not said again
    expect(press('ArrowRight', { ctrlKey: true })).toBe(true);
    expect(text(editor)).toBe('RESOLVED that the report be ');
    await settle();
    expect(screen.shown).toBe('noted.');
  });

  it('a suggestion ending in a word is taken with a space after it, which punctuation typed next takes the place of', async () => {
    const { editor, screen, settle, press } = minutesWithSuggestions({ replace: 0, parts: [{ kind: 'text', text: 'ort be noted' }] });
    typeParagraph(editor, 'RESOLVED that the rep');
    await settle();
    expect(screen.shown).toBe('ort be noted '); // data-completion: exactly what Tab puts in
    expect(screen.said).toEqual(['report be noted']);
    press('Tab');
    expect(text(editor)).toBe('RESOLVED that the report be noted ');
    expect(press('.')).toBe(true);
    expect(text(editor)).toBe('RESOLVED that the report be noted.');
    // Only straight after: a full stop typed after the officer's own space is theirs to keep.
    editor.update(() => $getSelection()!.insertText(' '), { discrete: true });
    expect(press(',')).toBe(false);
  });

  it('a space typed out of habit straight after a suggestion taken is not doubled; a letter keeps the space', async () => {
    const { editor, settle, press } = minutesWithSuggestions({ replace: 0, parts: [{ kind: 'text', text: 'nership' }] });
    typeParagraph(editor, 'The part');
    await settle();
    press('Tab');
    expect(press(' ')).toBe(true);
    expect(text(editor)).toBe('The partnership ');
    expect(press(' ')).toBe(false); // a second space is the officer's own
    typeParagraph(editor, 'The part');
    await settle();
    press('Tab');
    editor.update(() => $getSelection()!.insertText('a'), { discrete: true });
    expect(press(',')).toBe(false);
    expect(text(editor)).toBe('The partnership a');
  });

  it('after an undo the space is forgotten: a space the officer then types is theirs', async () => {
    const { editor, settle, press } = minutesWithSuggestions({ replace: 0, parts: [{ kind: 'text', text: 'nership' }] });
    typeParagraph(editor, 'The part');
    await settle();
    press('Tab');
    // As Ctrl+Z puts the text back (the history's own tag), in the same text node.
    editor.update(() => void $getRoot().getAllTextNodes()[0]!.setTextContent('The part').selectEnd(), { discrete: true, tag: HISTORIC_TAG });
    editor.update(() => $getSelection()!.insertText('nership '), { discrete: true });
    expect(press(',')).toBe(false);
  });

  it('leaving the paragraph straight after a suggestion taken takes its space away, as one step with the leaving', async () => {
    const { editor, settle, press } = minutesWithSuggestions({ replace: 0, parts: [{ kind: 'text', text: 'nership' }] });
    typeParagraph(editor, 'The part');
    await settle();
    press('Tab');
    editor.update(() => void ($getSelection() as RangeSelection).insertParagraph(), { discrete: true });
    await settle();
    expect(editor.getEditorState().read(() => $getRoot().getChildren().map((block) => block.getTextContent()))).toEqual(['The partnership', '']);
  });

  it('typing the suggestion’s own next letters keeps it; any other letter puts it away at once', async () => {
    const { editor, screen, settle } = minutesWithSuggestions({ replace: 0, parts: [{ kind: 'text', text: 'ort be noted.' }] });
    typeParagraph(editor, 'RESOLVED that the rep');
    await settle();
    editor.update(() => $getSelection()!.insertText('o'), { discrete: true });
    expect(screen.shown).toBe('ort be noted.');
    editor.update(() => $getSelection()!.insertText('x'), { discrete: true });
    expect(screen.shown).toBeNull();
  });

  it('Escape puts the suggestion away until the text changes, and Tab then does what it always does', async () => {
    const { editor, screen, settle, press } = minutesWithSuggestions({ replace: 0, parts: [{ kind: 'text', text: 'ommittee noted the report.' }] });
    typeList(editor, ['The Committee was told.', 'The c']);
    await settle();
    expect(screen.shown).toBe('ommittee noted the report.');
    expect(press('Escape')).toBe(true);
    expect(screen.shown).toBeNull();
    await settle();
    expect(screen.shown).toBeNull(); // not offered again for the same text
    // Tab is the editor's own again (after words in an item, a tab; at an item's start, indenting: below).
    press('Tab');
    expect(text(editor)).toMatch(/The c$/);
    editor.update(() => $getSelection()!.insertText('o'), { discrete: true });
    await settle();
    expect(screen.shown).toBe('ommittee noted the report.');
  });

  it('Escape with no suggestion shown is left to the editor (the way out of the minutes)', () => {
    const { editor, press } = minutesWithSuggestions(null);
    typeParagraph(editor, 'The Committee noted the report.');
    expect(press('Escape')).toBe(false);
  });

  it('Tab in a list with no suggestion indents, as it always did', async () => {
    const { editor, screen, asked, settle, press } = minutesWithSuggestions({ replace: 0, parts: [{ kind: 'text', text: 'The Committee' }] });
    typeList(editor, ['Members discussed the report.', '']);
    await settle();
    expect(asked).toEqual([]); // nothing is offered in an empty paragraph
    expect(screen.shown).toBeNull();
    press('Tab');
    expect(indentOfCaret(editor)).toBe(1);
  });

  it('Tab with a suggestion in a list takes it rather than indenting', async () => {
    const { editor, settle, press } = minutesWithSuggestions({ replace: 0, parts: [{ kind: 'text', text: 'nership' }] });
    typeList(editor, ['The part']);
    await settle();
    press('Tab');
    expect(text(editor)).toBe('The partnership ');
    expect(indentOfCaret(editor)).toBe(0);
  });

  it('Tab in a standing phrase moves to the next blank: a blank selected is no place for a suggestion', async () => {
    const { editor, screen, settle, press } = minutesWithSuggestions({ replace: 0, parts: [{ kind: 'text', text: 'ever offered' }] });
    const verbal = builtInTemplates('Chairman').find((template) => template.id === 'verbal-update')!;
    editor.update(() => {
      $getRoot().clear().append($createParagraphNode()).selectEnd();
      $insertTemplate(verbal, null);
    }, { discrete: true });
    await settle();
    expect(screen.shown).toBeNull();
    expect(editor.getEditorState().read(() => $getSelection()?.getTextContent())).toBe('person');
    press('Tab');
    expect(editor.getEditorState().read(() => $getSelection()?.getTextContent())).toBe('subject');
  });

  it('a person offered goes in as a mention, worded as a first mention in the minute, in place of the name’s typed start', async () => {
    const { editor, screen, settle, press } = minutesWithSuggestions({ replace: 5, parts: [{ kind: 'person', personId: 'p-peerbux' }] });
    typeParagraph(editor, 'The report was introduced by Mr Pe');
    await settle();
    expect(screen.shown).toBe('erbux (Head of Community Safety, KCC) ');
    press('Tab');
    expect(text(editor)).toBe('The report was introduced by Mr Peerbux ');
    // The typed start of the name gave way to the mention; the space after it is the editor's.
    expect(press(',')).toBe(true);
    expect(text(editor)).toBe('The report was introduced by Mr Peerbux,');
    expect(editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().getChildren().some($isMentionNode))).toBe(true);
  });

  it('Ctrl+Right on a person takes only the next word of the name, as typed words', async () => {
    const { editor, settle, press } = minutesWithSuggestions({ replace: 5, parts: [{ kind: 'person', personId: 'p-peerbux' }] });
    typeParagraph(editor, 'The report was introduced by Mr Pe');
    await settle();
    press('ArrowRight', { ctrlKey: true });
    expect(text(editor)).toBe('The report was introduced by Mr Peerbux ');
    expect(editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().getChildren().some($isMentionNode))).toBe(false);
  });
});
