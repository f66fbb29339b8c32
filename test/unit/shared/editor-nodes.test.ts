import { $createListItemNode, $createListNode, type ListNode } from '@lexical/list';
import { $createLineBreakNode, $createParagraphNode, $createTabNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $layOutAgenda } from '../../../renderer/src/editor/minute-shape';
import { $createMentionNode } from '../../../renderer/src/editor/nodes/MentionNode';
import { $isMinuteItemNode } from '../../../renderer/src/editor/nodes/MinuteItemNode';
import { $createResolutionNode } from '../../../renderer/src/editor/nodes/ResolutionNode';
import { editorStateNode, minuteItemNode, paragraphNode } from '../../../shared/minutes/editor-nodes';
import { ComposeError, MinuteComposer, type ComposedParagraph } from '../../../shared/minutes/minute-composer';
import type { MinutesRun } from '../../../shared/minutes/minutes-document';
import { headlessMinutesEditor } from '../../support/headless-minutes-editor';

/*
 * The editor JSON that shared/minutes makes without an editor must be exactly what the app's editor saves for the
 * same minutes: here the same minutes are made both ways (a headless Lexical editor with Minute Book's own nodes,
 * filled with Lexical's own calls, and MinuteComposer) and compared whole.
 */

const run = (text: string, format: Partial<MinutesRun> = {}): MinutesRun => ({ text, bold: false, italic: false, underline: false, ...format });
const p = (kind: ComposedParagraph['kind'], level: number, ...content: ComposedParagraph['content']): ComposedParagraph => ({ kind, level, content });

/** The minutes of the test, as paragraphs: every shape the composer makes. */
const MINUTE_A: ComposedParagraph[] = [
  p('paragraph', 0, run('Italic first', { italic: true }), run('\n'), run('\tafter a tab')),
  p('numbered', 0, { kind: 'mention', personId: 'p-hill', label: 'Mr Hill' }, run(' opened the item.')),
  p('numbered', 0, run('Officers responded as follows:')),
  p('sub', 1, run('first answer')),
  p('sub', 2, run('a detail')),
  p('sub', 1, run('second answer')),
  p('bullet', 1, run('a bullet under 2')),
  p('numbered', 0, run('Third paragraph, ', { bold: true }), run('half bold.')),
  p('resolution', 0, run('RESOLVED', { bold: true }), run(' that:')),
  p('part', 0, run('the report be noted; and')),
  p('sub', 1, run('in particular')),
  p('part', 0, run('an update be given.')),
  p('bullet', 0, run('a bullet on its own')),
  p('bullet', 1, run('and one under it', { underline: true })),
  p('paragraph', 0, run('RESOLVED', { bold: true }), run(' that the update be noted.')),
];

function composed(paragraphs: readonly ComposedParagraph[]) {
  const composer = new MinuteComposer();
  paragraphs.forEach((paragraph) => composer.add(paragraph));
  return composer.finish();
}

/** The same minutes made with Lexical's own calls in the app's editor. */
function fromLexical(): unknown {
  const editor = headlessMinutesEditor();
  editor.update(() => $layOutAgenda(['item-a', 'item-b']), { discrete: true });
  editor.update(
    () => {
      const text = (words: string, ...formats: ('bold' | 'italic' | 'underline')[]) => {
        const node = $createTextNode(words);
        formats.forEach((format) => node.toggleFormat(format));
        return node;
      };
      const item = (...children: LexicalNode[]) => $createListItemNode().append(...children);
      const list = (type: 'number' | 'bullet', ...items: LexicalNode[]): ListNode => $createListNode(type).append(...items);
      const [minuteA] = $getRoot().getChildren().filter($isMinuteItemNode);
      minuteA!.getChildren().slice(1).forEach((child) => child.remove());
      minuteA!.append(
        $createParagraphNode().append(text('Italic first', 'italic'), $createLineBreakNode(), $createTabNode(), text('after a tab')),
        list(
          'number',
          item($createMentionNode({ id: 'p-hill', title: 'Mr', surname: 'Hill' }), text(' opened the item.')),
          item(text('Officers responded as follows:')),
          item(list('number', item(text('first answer')), item(list('number', item(text('a detail')))), item(text('second answer')))),
          item(list('bullet', item(text('a bullet under 2')))),
          item(text('Third paragraph, ', 'bold'), text('half bold.')),
        ),
        $createResolutionNode().append(text('RESOLVED', 'bold'), text(' that:')),
        list('number', item(text('the report be noted; and')), item(list('number', item(text('in particular')))), item(text('an update be given.'))),
        list('bullet', item(text('a bullet on its own')), item(list('bullet', item(text('and one under it', 'underline'))))),
        $createParagraphNode().append(text('RESOLVED', 'bold'), text(' that the update be noted.')),
      );
      $getRoot().getFirstChildOrThrow().insertBefore($createParagraphNode().append(text('Before the minutes.')));
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON();
}

describe('editor JSON made without an editor', () => {
  it('is what the app editor saves for the same minutes, node for node', () => {
    const made = editorStateNode([
      paragraphNode([run('Before the minutes.')]),
      minuteItemNode('item-a', composed(MINUTE_A)),
      // An empty minute keeps a paragraph to type in, as the editor's shape rules give it.
      minuteItemNode('item-b', []),
    ]);
    expect(JSON.parse(JSON.stringify(made))).toEqual(fromLexical());
  });

  it('is read back by the app editor unchanged', () => {
    const made = editorStateNode([minuteItemNode('item-a', composed(MINUTE_A))]);
    const editor = headlessMinutesEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(made)));
    expect(editor.getEditorState().toJSON()).toEqual(JSON.parse(JSON.stringify(made)));
  });
});

describe('MinuteComposer', () => {
  it('refuses a sub-point with no numbered paragraph above it, and a part with no resolution before it', () => {
    expect(() => composed([p('sub', 1, run('(a) alone'))])).toThrow(ComposeError);
    expect(() => composed([p('paragraph', 0, run('Plain:')), p('part', 0, run('a part'))])).toThrow(ComposeError);
    expect(() => composed([p('numbered', 0, run('1')), p('sub', 2, run('too deep'))])).toThrow(ComposeError);
  });

  it('says what is open, so a reader can choose where a paragraph goes', () => {
    const composer = new MinuteComposer();
    expect([composer.openList(), composer.openDepth(), composer.resolutionOpen()]).toEqual([null, 0, false]);
    composer.add(p('numbered', 0, run('One')));
    composer.add(p('sub', 1, run('a')));
    expect([composer.openList(), composer.openDepth()]).toEqual(['number', 2]);
    composer.add(p('resolution', 0, run('RESOLVED', { bold: true }), run(' that:')));
    expect([composer.openList(), composer.resolutionOpen()]).toEqual([null, true]);
    composer.add(p('part', 0, run('part one')));
    expect([composer.openList(), composer.resolutionOpen()]).toEqual(['parts', false]);
    // A numbered paragraph after the parts starts the minute's numbered list again.
    composer.add(p('numbered', 0, run('Two')));
    expect(composer.openList()).toBe('number');
  });
});
