import type { ListNode } from '@lexical/list';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $insertTemplate, $selectAdjacentField } from '../../../renderer/src/editor/template-insertion';
import { MentionOrder } from '../../../renderer/src/editor/mention-order';
import { $goToMinute, $insertNumberedParagraph, $insertResolution, $insertSubPoint } from '../../../renderer/src/editor/minute-blocks';
import { $layOutAgenda } from '../../../renderer/src/editor/minute-shape';
import { $createMentionNode } from '../../../renderer/src/editor/nodes/MentionNode';
import { MinuteHeadingNode } from '../../../renderer/src/editor/nodes/MinuteHeadingNode';
import { $isMinuteItemNode, MinuteItemNode } from '../../../renderer/src/editor/nodes/MinuteItemNode';
import { $isTemplateFieldNode } from '../../../renderer/src/editor/nodes/TemplateFieldNode';
import { builtInTemplates } from '../../../shared/domain/templates';
import { minutesFacts } from '../../../shared/minutes/minutes-facts';
import { minutesFromEditorState } from '../../../shared/minutes/from-editor-state';
import { KCSP_2015_AGENDA, KCSP_2015_ROSTER, KCSP_2015_SETTINGS } from '../../fixtures/kcsp-2015';
import { MARCH_2015_HEADING } from '../../fixtures/meetings';
import { headlessMinutesEditor } from '../../support/headless-minutes-editor';

function minutesEditor(): LexicalEditor {
  const editor = headlessMinutesEditor();
  return editor;
}

const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });
const read = <T,>(editor: LexicalEditor, fn: () => T): T => editor.getEditorState().read(fn);

/** The document as a DSO would describe it: each minute's id and the text of its blocks. */
function outline(editor: LexicalEditor): string[] {
  return read(editor, () =>
    $getRoot()
      .getChildren()
      .map((node) => {
        if (!$isMinuteItemNode(node)) return `loose: ${node.getTextContent()}`;
        const [heading, ...rest] = node.getChildren();
        return `${node.getItemId()} [${heading?.getType()}] ${rest.map((b) => `${b.getType()}:${b.getTextContent().replace(/\n+/g, '|')}`).join(' / ')}`;
      }),
  );
}

/** Puts the caret at the end of the minute for `itemId`. */
function caretInMinute(editor: LexicalEditor, itemId: string): void {
  update(editor, () => {
    const minute = $getRoot().getChildren().find((n) => $isMinuteItemNode(n) && n.getItemId() === itemId);
    if (!$isMinuteItemNode(minute)) throw new Error(`no minute ${itemId}`);
    minute.getLastChildOrThrow<ListNode>().selectEnd();
  });
}

const type = (editor: LexicalEditor, text: string) =>
  update(editor, () => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertText(text);
  });

describe('minute structure', () => {
  it('lays out one minute per agenda item, each with its heading and a place to type', () => {
    const editor = minutesEditor();
    update(editor, () => $layOutAgenda(['item-92', 'item-93']));
    expect(outline(editor)).toEqual(['item-92 [minute-heading] paragraph:', 'item-93 [minute-heading] paragraph:']);
  });

  it('follows the agenda’s order and keeps what was typed; drops empty minutes of removed items but keeps ones with text', () => {
    const editor = minutesEditor();
    update(editor, () => $layOutAgenda(['item-92', 'item-93', 'item-94']));
    caretInMinute(editor, 'item-93');
    type(editor, 'Mr Hill proposed John Rivers.');
    update(editor, () => $layOutAgenda(['item-94', 'item-92']));
    expect(outline(editor)).toEqual([
      'item-94 [minute-heading] paragraph:',
      'item-92 [minute-heading] paragraph:',
      'item-93 [minute-heading] paragraph:Mr Hill proposed John Rivers.',
    ]);
    update(editor, () => $layOutAgenda(['item-94']));
    expect(outline(editor)).toEqual(['item-94 [minute-heading] paragraph:', 'item-93 [minute-heading] paragraph:Mr Hill proposed John Rivers.']);
  });

  it('keeps text typed before the agenda existed ahead of the minutes', () => {
    const editor = minutesEditor();
    update(editor, () => $getRoot().append($createParagraphNode().append($createTextNode('Apologies were received from Mr Hill.'))));
    update(editor, () => $layOutAgenda(['item-92']));
    expect(outline(editor)).toEqual(['loose: Apologies were received from Mr Hill.', 'item-92 [minute-heading] paragraph:']);
  });

  it('restores a deleted heading, removes a second one and unwraps a minute pasted inside another', () => {
    const editor = minutesEditor();
    update(editor, () => $layOutAgenda(['item-92', 'item-93']));
    update(editor, () => {
      const [first, second] = $getRoot().getChildren();
      if (!$isMinuteItemNode(first) || !$isMinuteItemNode(second)) throw new Error('shape');
      first.getFirstChildOrThrow().remove();
      second.append(new MinuteHeadingNode('item-93'));
      first.append(new MinuteItemNode('item-99').append($createParagraphNode().append($createTextNode('pasted text'))));
    });
    expect(outline(editor)).toEqual([
      'item-92 [minute-heading] paragraph: / paragraph:pasted text',
      'item-93 [minute-heading] paragraph:',
    ]);
  });
});

describe('minute-taking commands', () => {
  it('numbers paragraphs on within a minute, adds (a) sub-points and a RESOLVED paragraph, and the export reads them', () => {
    const editor = minutesEditor();
    update(editor, () => $layOutAgenda(['item-94', 'item-95']));
    caretInMinute(editor, 'item-94');
    update(editor, () => $insertNumberedParagraph());
    type(editor, 'Mr Adams provided an update.');
    update(editor, () => $insertNumberedParagraph());
    type(editor, 'The benefits included:');
    update(editor, () => $insertSubPoint());
    type(editor, 'better information sharing;');
    update(editor, () => $insertSubPoint());
    type(editor, 'joint work.');
    update(editor, () => $insertResolution());
    type(editor, 'the committee note the report.');
    update(editor, () => $goToMinute('next'));
    update(editor, () => $insertNumberedParagraph());
    type(editor, 'Mr Hill explained.');

    const structure = read(editor, () => {
      const minute = $getRoot().getFirstChildOrThrow<MinuteItemNode>();
      const list = minute.getChildAtIndex(1);
      return {
        list: $isListNode(list) ? list.getListType() : null,
        items: $isListNode(list) ? list.getChildren().filter($isListItemNode).map((li) => [li.getIndent(), li.getTextContent()]) : [],
        last: minute.getLastChildOrThrow().getType(),
      };
    });
    expect(structure.list).toBe('number');
    expect(structure.last).toBe('resolution');

    const facts = minutesFacts({ agenda: KCSP_2015_AGENDA, minuteNumbers: null }, KCSP_2015_SETTINGS, KCSP_2015_ROSTER);
    const blocks = minutesFromEditorState(MARCH_2015_HEADING, editor.getEditorState().toJSON(), facts).blocks;
    expect(
      blocks.map((b) =>
        b.kind === 'minuteHeading'
          ? `${b.label} ${b.title}`
          : b.kind === 'listItem'
            ? `${b.listType}@${b.level} ${b.runs.map((r) => r.text).join('')}`
            : b.runs.map((r) => (r.bold ? `*${r.text}*` : r.text)).join(''),
      ),
    ).toEqual([
      '94. Community Safety Integration Project',
      'number@0 Mr Adams provided an update.',
      'number@0 The benefits included:',
      'number@1 better information sharing;',
      'number@1 joint work.',
      '*RESOLVED* that the committee note the report.',
      '95. Final Community Warden Model',
      'number@0 Mr Hill explained.',
    ]);
  });
});

describe('mentions', () => {
  it('marks the first mention of each person in each minute, and only that one', () => {
    const editor = minutesEditor();
    const order = new MentionOrder();
    update(editor, () => $layOutAgenda(['item-94', 'item-95']));
    const keys: string[] = [];
    update(editor, () => {
      const [first, second] = $getRoot().getChildren() as MinuteItemNode[];
      const m = (id: string) => {
        const node = $createMentionNode({ id, title: '', surname: id });
        keys.push(node.getKey());
        return node;
      };
      first!.getLastChildOrThrow<ListNode>().append(m('p-adams'), $createTextNode(' and '), m('p-beaumont'), $createTextNode(' then '), m('p-adams'));
      second!.getLastChildOrThrow<ListNode>().append(m('p-adams'));
    });
    read(editor, () => order.$recompute());
    expect(keys.map((key) => order.isFirst(key))).toEqual([true, true, false, true]);
  });
});

describe('templates', () => {
  it('inserts "introduced the report" with its blanks, the first selected, and Tab reaches the next', () => {
    const editor = minutesEditor();
    update(editor, () => $layOutAgenda(['item-94']));
    caretInMinute(editor, 'item-94');
    const intro = builtInTemplates('Chairman').find((t) => t.id === 'introduced-report')!;
    update(editor, () => $insertTemplate(intro, null));
    const selected = () =>
      read(editor, () => {
        const selection = $getSelection();
        return $isRangeSelection(selection) ? [selection.anchor.getNode().getType(), selection.getTextContent()] : null;
      });
    expect(selected()).toEqual(['template-field', 'person']);
    update(editor, () => expect($selectAdjacentField('next')).toBe(true));
    expect(selected()).toEqual(['template-field', 'summary']);
    update(editor, () => expect($selectAdjacentField('next')).toBe(false));
    expect(read(editor, () => $getRoot().getTextContent())).toContain('person introduced the report that summary.');
  });

  it('puts a resolution template in a RESOLVED paragraph with the word in bold, and fills the previous meeting’s date', () => {
    const editor = minutesEditor();
    update(editor, () => $layOutAgenda(['item-92']));
    caretInMinute(editor, 'item-92');
    const approved = builtInTemplates('Chairman').find((t) => t.id === 'previous-minutes-approved')!;
    update(editor, () => $insertTemplate(approved, '8 October 2014'));
    const json = minutesFromEditorState(MARCH_2015_HEADING, editor.getEditorState().toJSON()).blocks.filter((b) => b.kind !== 'minuteHeading');
    expect(json.map((b) => b.runs.map((r) => (r.bold ? `*${r.text}*` : r.text)).join(''))).toEqual([
      '*RESOLVED* that the notes of the meeting held on 8 October 2014 are a correct record and that they be signed by the Chairman.',
    ]);
    expect(read(editor, () => $getRoot().getFirstChildOrThrow<MinuteItemNode>().getChildren().map((n) => n.getType()))).toEqual([
      'minute-heading',
      'resolution',
    ]);
    expect(read(editor, () => $getRoot().getAllTextNodes().some($isTemplateFieldNode))).toBe(false);
  });
});

describe('a resolution after a numbered paragraph just started', () => {
  it('takes the place of the empty "9." instead of leaving it behind', () => {
    const editor = minutesEditor();
    update(editor, () => $layOutAgenda(['item-95']));
    caretInMinute(editor, 'item-95');
    update(editor, () => $insertNumberedParagraph());
    type(editor, 'Mr Hill commented.');
    update(editor, () => $insertNumberedParagraph()); // the officer's Enter: an empty 2.
    update(editor, () => $insertResolution());
    type(editor, 'the committee note the report.');
    expect(outline(editor)).toEqual(['item-95 [minute-heading] list:Mr Hill commented. / resolution:RESOLVED that the committee note the report.']);
  });
});
