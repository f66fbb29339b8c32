import { $dfs } from '@lexical/utils';
import { $getRoot, type LexicalEditor } from 'lexical';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { mentionWordingOf } from '../../../renderer/src/editor/mention-wording';
import { $isMentionNode } from '../../../renderer/src/editor/nodes/MentionNode';
import { serialiseMinutes } from '../../../renderer/src/features/save/minutes-snapshot';
import { exportMeetingDocx } from '../../../shared/export/docx';
import type { Person } from '../../../shared/model/person';
import { KCSP_2015_ROSTER } from '../../fixtures/kcsp-2015';
import { detachedMinutesEditor } from '../../support/headless-minutes-editor';
import { editorState, kcsp2015Input, mention, minute, paragraph, text } from '../shared/kcsp-2015-input';

/** Minute 94 as saved before the rename: Mr Parris named twice, each mention storing "Mr Parris". */
const SAVED = editorState(minute('item-94', paragraph(mention('p-parris', 'Mr Parris'), text(' reported; '), mention('p-parris', 'Mr Parris'), text(' added.'))));

const RENAMED: Person[] = KCSP_2015_ROSTER.map((person) => (person.id === 'p-parris' ? { ...person, surname: 'Parris-Jones', textTitle: 'Cllr' } : person));

/**
 * An editor with the saved minutes open, its MentionWording driven as PersonMentionsPlugin drives it: told the
 * roster, then of every mention that came (Lexical's mutation listener, which runs only on a page).
 */
function openMinutes(roster: readonly Person[], saved: unknown = SAVED): LexicalEditor {
  const editor = detachedMinutesEditor();
  const wording = mentionWordingOf(editor);
  wording.setRoster(roster);
  editor.setEditorState(editor.parseEditorState(JSON.stringify(saved)));
  wording.mentionsMutated(editor.read(() => $dfs($getRoot()).flatMap(({ node }) => ($isMentionNode(node) ? [node.getKey()] : []))));
  return editor;
}

/** What the mentions store, read as the draft is saved (editor.read first commits the pending update). */
function storedLabels(editor: LexicalEditor): string[] {
  editor.read(() => {});
  return [...serialiseMinutes(editor).matchAll(/"label":"([^"]*)"/g)].map((match) => match[1]!);
}

/** The Word export's paragraph naming the person, read back by mammoth. */
async function exportedSentence(roster: readonly Person[], editor: LexicalEditor): Promise<string | undefined> {
  const bytes = await exportMeetingDocx(kcsp2015Input({ roster, editorState: JSON.parse(serialiseMinutes(editor)) }), { version: 'full', draft: true });
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.split('\n\n').find((line) => line.includes('reported;'));
}

describe('a person renamed or retitled on the roster', () => {
  it('is named anew by the mentions already in open minutes: in what they store and copy, and in the Word export', async () => {
    const editor = openMinutes(KCSP_2015_ROSTER);
    expect(storedLabels(editor)).toEqual(['Mr Parris', 'Mr Parris']);

    mentionWordingOf(editor).setRoster(RENAMED);
    expect(storedLabels(editor)).toEqual(['Cllr Parris-Jones', 'Cllr Parris-Jones']);
    // The text the editor copies as plain text and counts.
    expect(editor.read(() => $getRoot().getTextContent())).toContain('Cllr Parris-Jones reported; Cllr Parris-Jones added.');
    expect(await exportedSentence(RENAMED, editor)).toBe('Cllr Parris-Jones (Community Safety Manager, KCC) reported; Cllr Parris-Jones added.');

    // Once off the roster, the person is named by the short name stored last: the new one.
    const without = RENAMED.filter((person) => person.id !== 'p-parris');
    mentionWordingOf(editor).setRoster(without);
    expect(storedLabels(editor)).toEqual(['Cllr Parris-Jones', 'Cllr Parris-Jones']);
    expect(await exportedSentence(without, editor)).toBe('Cllr Parris-Jones reported; Cllr Parris-Jones added.');
  }, 30_000);

  it('is named anew by minutes saved before the change, as soon as they open', () => {
    const editor = openMinutes(RENAMED);
    expect(storedLabels(editor)).toEqual(['Cllr Parris-Jones', 'Cllr Parris-Jones']);
    expect(editor.read(() => $getRoot().getTextContent())).toContain('Cllr Parris-Jones reported; Cllr Parris-Jones added.');
  });

  it('leaves minutes alone when every stored name is already the roster’s', () => {
    const editor = openMinutes(KCSP_2015_ROSTER);
    let updates = 0;
    editor.registerUpdateListener(() => (updates += 1));
    mentionWordingOf(editor).setRoster(KCSP_2015_ROSTER.map((person) => (person.id === 'p-parris' ? { ...person, role: 'Head of Community Safety' } : person)));
    expect(storedLabels(editor)).toEqual(['Mr Parris', 'Mr Parris']);
    expect(updates).toBe(0);
  });
});
