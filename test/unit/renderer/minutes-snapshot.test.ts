import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { $layOutAgenda } from '../../../renderer/src/editor/minute-shape';
import { $createMentionNode } from '../../../renderer/src/editor/nodes/MentionNode';
import { $isMinuteItemNode, MinuteItemNode } from '../../../renderer/src/editor/nodes/MinuteItemNode';
import { MinutesSnapshotter, serialiseMinutes } from '../../../renderer/src/features/save/minutes-snapshot';
import { headlessMinutesEditor } from '../../support/headless-minutes-editor';

const file = JSON.parse(readFileSync(new URL('../../fixtures/meeting-files/kcsp-2015-03-19.json', import.meta.url), 'utf8')) as {
  minutes: { editorState: unknown };
  meeting: { agenda: { id: string }[] };
};

function seededEditor(): LexicalEditor {
  const editor = headlessMinutesEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(file.minutes.editorState)));
  return editor;
}

const update = (editor: LexicalEditor, fn: () => void, tag?: string) => editor.update(fn, { discrete: true, ...(tag ? { tag } : {}) });
const full = (editor: LexicalEditor) => JSON.stringify(editor.getEditorState().toJSON());

/** Every text node of the minutes, in document order. */
function $texts(): LexicalNode[] {
  const out: LexicalNode[] = [];
  const walk = (node: LexicalNode) => {
    if ($isTextNode(node)) out.push(node);
    if ($isElementNode(node)) node.getChildren().forEach(walk);
  };
  walk($getRoot());
  return out;
}

describe('serialiseMinutes', () => {
  it('writes exactly what JSON.stringify(editorState.toJSON()) writes, after every kind of edit', () => {
    const editor = seededEditor();
    const snapshots = new MinutesSnapshotter(editor);
    const same = () => expect(snapshots.snapshot()).toBe(full(editor));
    same();
    same(); // nothing changed: all from the cache

    // Typing at the end of a minute, then in another, between snapshots.
    update(editor, () => {
      const last = $texts().at(-1)!;
      if ($isTextNode(last)) last.setTextContent(`${last.getTextContent()} and more`);
    });
    same();
    update(editor, () => {
      const texts = $texts();
      const first = texts[3]!;
      const middle = texts[Math.floor(texts.length / 2)]!;
      if ($isTextNode(first)) first.setTextContent(`${first.getTextContent()}!`);
      if ($isTextNode(middle)) middle.toggleFormat('bold');
    });
    same();

    // A mention and a new paragraph in one minute; a paragraph moved from one minute to another.
    const before = editor.getEditorState();
    update(editor, () => {
      const minutes = $getRoot().getChildren().filter($isMinuteItemNode);
      minutes[2]!.append($createParagraphNode().append($createTextNode('Said by '), $createMentionNode({ id: 'p-hill', title: 'Mr', surname: 'Hill' })));
      minutes[4]!.append(minutes[1]!.getLastChildOrThrow());
    });
    same();

    // Minutes laid out again from a shorter, reordered agenda (removals and moves at the top level).
    const ids = file.meeting.agenda.map((item) => item.id);
    update(editor, () => $layOutAgenda([...ids.slice(6), ...ids.slice(0, 5)]), 'history-merge');
    same();

    // Undo: a whole earlier editor state comes back (only the root is marked dirty).
    editor.setEditorState(before, { tag: 'historic' });
    same();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(file.minutes.editorState)));
    same();

    // Text outside any minute, and a minute cleared.
    update(editor, () => {
      $getRoot().getFirstChildOrThrow().insertBefore($createParagraphNode().append($createTextNode('Before the business')));
      const minute = $getRoot().getChildren().find($isMinuteItemNode)!;
      minute.getChildren().slice(1).forEach((child) => child.remove());
    });
    same();
    snapshots.dispose();
  });

  it('reuses the unchanged minutes: one keystroke re-serialises one minute, not all', () => {
    const editor = seededEditor();
    serialiseMinutes(editor);
    let exported = 0;
    const original = MinuteItemNode.prototype.exportJSON;
    MinuteItemNode.prototype.exportJSON = function (...args) {
      exported += 1;
      return original.apply(this, args);
    };
    try {
      update(editor, () => {
        const last = $texts().at(-1)!;
        if ($isTextNode(last)) last.setTextContent(`${last.getTextContent()}x`);
      });
      const saved = serialiseMinutes(editor);
      expect(exported).toBe(1);
      expect(saved).toBe(full(editor));
    } finally {
      MinuteItemNode.prototype.exportJSON = original;
    }
  });
});
