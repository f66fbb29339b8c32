import { abbreviationLookup } from '@shared/autocorrect/abbreviations';
import type { TypingRules } from '@shared/autocorrect/typing-rules';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, KEY_BACKSPACE_COMMAND, UNDO_COMMAND, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { registerAutoCorrect } from '../../../renderer/src/editor/autocorrect';
import { $createMentionNode } from '../../../renderer/src/editor/nodes/MentionNode';
import { registerUndoHistory } from '../../../renderer/src/editor/plugins/UndoHistoryPlugin';
import { headlessMinutesEditor } from '../../support/headless-minutes-editor';

const RULES: TypingRules = { quotes: 'curly', dashes: 'en', abbreviations: abbreviationLookup([{ short: 'kcc', full: 'Kent County Council' }]) };

/** A minutes editor with the app's undo history and AutoCorrect, its caret in an empty paragraph. */
function minutes(rules: TypingRules = RULES): LexicalEditor {
  const editor = headlessMinutesEditor();
  registerUndoHistory(editor);
  registerAutoCorrect(editor, () => rules);
  editor.update(() => $getRoot().clear().append($createParagraphNode()).selectEnd(), { discrete: true });
  return editor;
}

const text = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());

/** Lets the correction asked for by the last keystroke (an update of its own) be made. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Types `characters` one at a time, as keystrokes arrive. */
async function type(editor: LexicalEditor, characters: string): Promise<void> {
  for (const character of characters) {
    editor.update(() => $getSelection()!.insertText(character), { discrete: true });
    await settle();
  }
}

/** Enter, as the rich-text plugin does it: the paragraph split at the caret. */
async function enter(editor: LexicalEditor): Promise<void> {
  editor.update(
    () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertParagraph();
    },
    { discrete: true },
  );
  await settle();
}

const paragraphs = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getChildren().map((child) => child.getTextContent()));

async function undo(editor: LexicalEditor): Promise<void> {
  editor.update(() => void editor.dispatchCommand(UNDO_COMMAND, undefined), { discrete: true });
  await settle();
}

/** Backspace as the editor sends it; true when AutoCorrect took it (and prevented the browser's deletion). */
async function backspace(editor: LexicalEditor): Promise<boolean> {
  let prevented = false;
  const event = { key: 'Backspace', preventDefault: () => (prevented = true) } as unknown as KeyboardEvent;
  let handled = false;
  editor.update(() => void (handled = editor.dispatchCommand(KEY_BACKSPACE_COMMAND, event)), { discrete: true });
  await settle();
  expect(prevented).toBe(handled);
  return handled;
}

describe('AutoCorrect in the minutes editor', () => {
  it('corrects as the officer types: quotes, an abbreviation and a dash', async () => {
    const editor = minutes();
    await type(editor, `"kcc's report - late," he said.`);
    expect(text(editor)).toBe('“Kent County Council’s report – late,” he said.');
  });

  it('Ctrl+Z straight after a correction takes back just the correction, and it is not made again there', async () => {
    const editor = minutes();
    await type(editor, 'Officers of kcc ');
    expect(text(editor)).toBe('Officers of Kent County Council ');
    await undo(editor);
    expect(text(editor)).toBe('Officers of kcc ');
    // The officer deletes the space and types it again: "kcc" was wanted as typed.
    editor.update(
      () => {
        const node = $getRoot().getLastDescendant() as TextNode;
        const kept = node.getTextContent().slice(0, -1);
        node.setTextContent(kept);
        node.select(kept.length, kept.length);
      },
      { discrete: true },
    );
    await type(editor, ' attended.');
    expect(text(editor)).toBe('Officers of kcc attended.');
    // Elsewhere it is made again.
    await type(editor, ' kcc ');
    expect(text(editor)).toBe('Officers of kcc attended. Kent County Council ');
  });

  it('Backspace straight after a correction takes it back; after anything else it is Backspace', async () => {
    const editor = minutes();
    await type(editor, "The council'");
    expect(text(editor)).toBe('The council’');
    expect(await backspace(editor)).toBe(true);
    expect(text(editor)).toBe("The council'");
    await type(editor, 's kcc ');
    expect(text(editor)).toBe("The council's Kent County Council ");
    expect(await backspace(editor)).toBe(true);
    expect(text(editor)).toBe("The council's kcc ");
    expect(await backspace(editor)).toBe(false);
  });

  it('an ordinary Ctrl+Z after more typing undoes the typing, not the correction', async () => {
    const editor = minutes();
    await type(editor, 'kcc ');
    await type(editor, 'said');
    expect(await backspace(editor)).toBe(false);
    await undo(editor);
    expect(text(editor)).toBe('Kent County Council ');
  });

  it('after a person’s mention an apostrophe closes; a paste is left as it is', async () => {
    const editor = minutes();
    editor.update(
      () => {
        const paragraph = $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>();
        paragraph.append($createMentionNode({ id: 'p1', title: 'Mr', surname: 'Peerbux' }));
        paragraph.selectEnd();
      },
      { discrete: true },
    );
    await type(editor, "'s view");
    expect(text(editor)).toBe('Mr Peerbux’s view');

    const pasted = minutes();
    pasted.update(() => $getSelection()!.insertText("kcc's "), { discrete: true, tag: 'paste' });
    await settle();
    expect(text(pasted)).toBe("kcc's ");
  });

  it('Enter straight after a word ends it too, in the paragraph left behind; Ctrl+Z or Backspace takes back only the correction', async () => {
    const editor = minutes();
    await type(editor, 'The report went to kcc.');
    await enter(editor);
    expect(paragraphs(editor)).toEqual(['The report went to Kent County Council.', '']);
    await type(editor, 'Next');
    expect(paragraphs(editor)).toEqual(['The report went to Kent County Council.', 'Next']);

    const undone = minutes();
    await type(undone, 'Sent to kcc');
    await enter(undone);
    expect(await backspace(undone)).toBe(true);
    expect(paragraphs(undone)).toEqual(['Sent to kcc', '']);
    await type(undone, 'On');
    expect(paragraphs(undone)).toEqual(['Sent to kcc', 'On']);
  });

  it('moving the caret to the next paragraph’s start corrects nothing', async () => {
    const editor = minutes();
    editor.update(
      () => {
        $getRoot().clear().append($createParagraphNode().append($createTextNode('Sent to kcc')), $createParagraphNode().append($createTextNode('Next')));
        $getRoot().getFirstDescendant<TextNode>()!.select(11, 11);
      },
      { discrete: true },
    );
    editor.update(() => $getRoot().getLastDescendant<TextNode>()!.select(0, 0), { discrete: true });
    await settle();
    expect(paragraphs(editor)).toEqual(['Sent to kcc', 'Next']);
  });

  it('with the straight house style and no abbreviations, nothing changes', async () => {
    const editor = minutes({ quotes: 'straight', dashes: 'off', abbreviations: abbreviationLookup([]) });
    await type(editor, `"kcc's report - late," he said.`);
    expect(text(editor)).toBe(`"kcc's report - late," he said.`);
    editor.read(() => expect($isRangeSelection($getSelection())).toBe(true));
  });
});
