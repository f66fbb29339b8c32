import { $getRoot, $getSelection, $isElementNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $applyFindingFix, $locateFinding, $selectFinding, type MentionLength } from '../../../renderer/src/editor/finding-place';
import { $isMentionNode } from '../../../renderer/src/editor/nodes/MentionNode';
import { $isMinuteItemNode } from '../../../renderer/src/editor/nodes/MinuteItemNode';
import { findingsByMinute, splitDismissed } from '../../../renderer/src/editor/style-findings';
import type { MeetingExportInput } from '../../../shared/export/export-options';
import { applyFix } from '../../../shared/style-check/apply-fix';
import { checkMinutes } from '../../../shared/style-check/check-minutes';
import { checkedMinutes } from '../../../shared/style-check/checked-minutes';
import type { StyleFinding } from '../../../shared/style-check/findings';
import { headlessMinutesEditor } from '../../support/headless-minutes-editor';
import { meetingInput, oneMinute, person, testWordBook } from '../style-check/meeting-builder';
import { SEED_MEETING_FILES, seedMeeting } from '../style-check/seed-meetings';

/*
 * The house-style panel's links and fixes in the live editor: a finding's printed offsets are found in the editor's
 * text nodes (a mention measured as the words it prints), and a fix made there reads exactly as the saved-minutes
 * fix (shared/style-check/apply-fix.ts) does.
 */

const words = testWordBook();

/** An editor holding the meeting's minutes. */
function editorWith(input: MeetingExportInput): LexicalEditor {
  const editor = headlessMinutesEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(input.editorState)));
  return editor;
}

/** Each mention's printed length, as the screen shows it: read off the check's own reading of the minutes. */
function printedMentions(editor: LexicalEditor, input: MeetingExportInput): MentionLength {
  const lengths = new Map<string, number>();
  editor.getEditorState().read(() => {
    for (const paragraph of checkedMinutes(input).flatMap((minute) => minute.paragraphs)) {
      let node: LexicalNode | null = $getRoot();
      for (const index of paragraph.nodePath ?? []) node = $isElementNode(node) ? node.getChildAtIndex(index) : null;
      if (!$isElementNode(node)) continue;
      const mentions = node.getChildren().filter($isMentionNode);
      const spans = paragraph.marked.filter((span) => span.kind === 'mention');
      mentions.forEach((mention, i) => lengths.set(mention.getKey(), spans[i]!.end - spans[i]!.start));
    }
  });
  return (mention) => lengths.get(mention.getKey()) ?? mention.getTextContentSize();
}

const minutesText = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());
const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });

describe('a finding in the live minutes', () => {
  const roster = [person('p-adams', 'Mr', 'M', 'Adams', { role: 'Deputy Operations Manager' })];
  const input = oneMinute([[{ mention: 'p-adams' }, ' said the team will start; ', { mention: 'p-adams' }, ' said it won’t stop.'], { resolution: 'that the report be noted.' }], { roster });

  it('selects its words after a mention that prints more than its label', () => {
    const editor = editorWith(input);
    const mentions = printedMentions(editor, input);
    const findings = checkMinutes(input, { words }).findings;
    expect(findings.map((f) => f.text)).toEqual(['will', 'won’t']);
    for (const finding of findings) {
      update(editor, () => expect($selectFinding(finding, mentions)).not.toBeNull());
      expect(editor.getEditorState().read(() => $getSelection()?.getTextContent())).toBe(finding.text);
    }
  });

  it('makes the fix as the saved-minutes fix does, undoably in the text nodes, and the check no longer reports it', () => {
    const editor = editorWith(input);
    const mentions = printedMentions(editor, input);
    const [tense, contraction] = checkMinutes(input, { words }).findings;
    let made = false;
    update(editor, () => (made = $applyFindingFix(contraction!, mentions)));
    expect(made).toBe(true);
    const live = { ...input, editorState: editor.getEditorState().toJSON() };
    expect(checkedMinutes(live)[0]!.paragraphs[0]!.text).toBe(checkedMinutes({ ...input, editorState: applyFix(input, contraction!) })[0]!.paragraphs[0]!.text);
    expect(checkedMinutes(live)[0]!.paragraphs[0]!.text).toMatch(/said it will not stop\.$/);
    expect(checkMinutes(live, { words }).findings.map((f) => f.text)).toEqual(['will', 'will']);
    // The first finding's words are before the fix: still where they were.
    update(editor, () => expect($applyFindingFix(tense!, mentions)).toBe(true));
    expect(minutesText(editor)).toContain('the team would start;');
  });

  it('refuses a fix, and finds only the paragraph, when the words changed since the check', () => {
    const before = oneMinute(['Members said we will act.', { resolution: 'that the report be noted.' }]);
    const after = oneMinute(['Members said we shall act.', { resolution: 'that the report be noted.' }]);
    const tense = checkMinutes(before, { words }).findings.find((f) => f.rule === 'tense')!;
    const editor = editorWith(after);
    let made = true;
    update(editor, () => (made = $applyFindingFix(tense, () => 0)));
    expect(made).toBe(false);
    expect(minutesText(editor)).toContain('we shall act.');
    editor.getEditorState().read(() => {
      const located = $locateFinding(tense, () => 0);
      expect(located.block?.getTextContent()).toBe('Members said we shall act.');
      expect(located.words).toBeNull();
    });
  });

  it('starts a new paragraph at a RESOLVED in the middle of one, and the check is then content', () => {
    const joined = oneMinute(['Members discussed the report.  RESOLVED that the report be noted.']);
    const finding = checkMinutes(joined, { words }).findings.find((f) => f.fix?.kind === 'new-paragraph')!;
    const editor = editorWith(joined);
    update(editor, () => expect($applyFindingFix(finding, () => 0)).toBe(true));
    const after = { ...joined, editorState: editor.getEditorState().toJSON() };
    expect(checkedMinutes(after)[0]!.paragraphs.map((p) => p.text)).toEqual(['Members discussed the report.', 'RESOLVED that the report be noted.']);
    expect(checkMinutes(after, { words }).findings).toEqual([]);
    // Made once: the same finding again no longer matches.
    update(editor, () => expect($applyFindingFix(finding, () => 0)).toBe(false));
  });

  it('goes to a minute without a resolution as the whole minute', () => {
    const noResolution = meetingInput({ minutes: [{ title: 'Highways Update', blocks: ['Members discussed the report on potholes.'] }] });
    const finding = checkMinutes(noResolution, { words }).findings.find((f) => f.rule === 'resolution')!;
    const editor = editorWith(noResolution);
    editor.getEditorState().read(() => {
      const { block } = $locateFinding(finding, () => 0);
      expect($isMinuteItemNode(block) && block.getItemId()).toBe('item-1');
    });
  });

  it.each(SEED_MEETING_FILES)('on %s, every replace fix offered reads as the saved-minutes fix', (name) => {
    const seed = seedMeeting(name);
    const fixable = checkMinutes(seed, { words }).findings.filter((f) => f.fix?.kind === 'replace');
    expect(fixable.length).toBeGreaterThan(0);
    for (const finding of fixable) {
      const editor = editorWith(seed);
      let made = false;
      update(editor, () => (made = $applyFindingFix(finding, printedMentions(editor, seed))));
      expect(made, finding.key).toBe(true);
      const live = checkedMinutes({ ...seed, editorState: editor.getEditorState().toJSON() });
      const saved = checkedMinutes({ ...seed, editorState: applyFix(seed, finding) });
      expect(live.map((m) => m.paragraphs.map((p) => p.text)), finding.key).toEqual(saved.map((m) => m.paragraphs.map((p) => p.text)));
    }
  }, 120_000);
});

describe('the panel’s lists', () => {
  const finding = (key: string, minute: { index: number; heading: string } | null, kind: 'paragraph' | 'attendance' = 'paragraph'): StyleFinding => ({
    rule: 'tense',
    place:
      kind === 'attendance'
        ? { kind: 'attendance', personIds: [] }
        : { kind: 'paragraph', minute: minute && { itemId: `item-${minute.index}`, ...minute }, paragraphIndex: 0, nodePath: null, start: 0, end: 4 },
    text: 'will',
    message: '',
    fix: null,
    key,
  });

  it('groups findings by minute in the order they come, and keeps the dismissed apart', () => {
    const all = [
      finding('name:00000001', null, 'attendance'),
      finding('tense:00000002', null),
      finding('tense:00000003', { index: 0, heading: '1. Apologies' }),
      finding('tense:00000004', { index: 0, heading: '1. Apologies' }),
      finding('tense:00000005', { index: 2, heading: '' }),
    ];
    const groups = findingsByMinute(all);
    expect(groups.map((g) => [g.heading, g.findings.map((f) => f.key)])).toEqual([
      ['Attendance', ['name:00000001']],
      ['Before the first minute', ['tense:00000002']],
      ['1. Apologies', ['tense:00000003', 'tense:00000004']],
      ['Minute 3', ['tense:00000005']],
    ]);
    const split = splitDismissed(all, ['tense:00000004', 'blank:ffffffff']);
    expect(split.shown.map((f) => f.key)).toEqual(['name:00000001', 'tense:00000002', 'tense:00000003', 'tense:00000005']);
    expect(split.dismissed.map((f) => f.key)).toEqual(['tense:00000004']);
  });
});
