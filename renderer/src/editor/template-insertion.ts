import type { MinuteTemplate, TemplatePart } from '@shared/domain/templates';
import { $dfs } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getEditor,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  KEY_TAB_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type TextNode,
} from 'lexical';
import { $blockOf, $currentMinute, $insertSubPoint, $placeAfterCurrentBlock } from './minute-blocks';
import { $createResolutionNode } from './nodes/ResolutionNode';
import { $createTemplateFieldNode, $isTemplateFieldNode, type TemplateFieldNode } from './nodes/TemplateFieldNode';

/** The inline nodes of one paragraph of a template. */
function $inlineNodes(parts: readonly TemplatePart[], previousMeetingDate: string | null, resolution: boolean): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  for (const part of parts) {
    switch (part.kind) {
      case 'text': {
        // A resolution's first word is printed in bold capitals.
        const match = resolution && nodes.length === 0 ? /^RESOLVED/.exec(part.text) : null;
        if (match) {
          nodes.push($createTextNode('RESOLVED').toggleFormat('bold'));
          if (part.text.length > 8) nodes.push($createTextNode(part.text.slice(8)));
        } else {
          nodes.push($createTextNode(part.text));
        }
        break;
      }
      case 'field':
        nodes.push($createTemplateFieldNode(part.placeholder, 'text'));
        break;
      case 'person':
        nodes.push($createTemplateFieldNode(part.name, 'person'));
        break;
      case 'previous-meeting-date':
        nodes.push(previousMeetingDate ? $createTextNode(previousMeetingDate) : $createTemplateFieldNode('date of the previous meeting', 'text'));
        break;
      case 'newline':
      case 'sub-points':
        break;
    }
  }
  return nodes;
}

/** Splits a template into paragraphs at its newline and sub-points parts. */
function paragraphsOf(body: readonly TemplatePart[]): { parts: TemplatePart[]; then: 'newline' | 'sub-points' | 'end' }[] {
  const paragraphs: { parts: TemplatePart[]; then: 'newline' | 'sub-points' | 'end' }[] = [{ parts: [], then: 'end' }];
  for (const part of body) {
    const current = paragraphs[paragraphs.length - 1]!;
    if (part.kind === 'newline' || part.kind === 'sub-points') {
      current.then = part.kind;
      paragraphs.push({ parts: [], then: 'end' });
    } else {
      current.parts.push(part);
    }
  }
  return paragraphs.filter((p, index) => p.parts.length > 0 || index === 0);
}

/**
 * Inserts a template at the caret: its words, its blanks (tinted, reached with
 * Tab) and its shape (a resolution becomes a RESOLVED paragraph; "as follows:"
 * opens a sub-point). Then selects the first blank so the officer can type over it.
 */
export function $insertTemplate(template: MinuteTemplate, previousMeetingDate: string | null): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const inserted: LexicalNode[] = [];

  paragraphsOf(template.body).forEach((paragraph, index) => {
    const nodes = $inlineNodes(paragraph.parts, previousMeetingDate, template.resolution && index === 0);
    if (index === 0 && template.resolution) {
      const resolutionNode = $createResolutionNode();
      resolutionNode.append(...nodes);
      $placeAfterCurrentBlock(resolutionNode);
    } else if (index === 0) {
      const current = $getSelection();
      if ($isRangeSelection(current)) current.insertNodes(nodes);
    } else {
      const current = $getSelection();
      const block = $isRangeSelection(current) ? $blockOf(current.anchor.getNode()) : null;
      const next = $createParagraphNode();
      next.append(...nodes);
      block?.insertAfter(next);
      next.selectEnd();
    }
    inserted.push(...nodes);
    if (paragraph.then === 'sub-points') $insertSubPoint();
  });

  $rememberPhraseEnd(inserted);
  const firstField = inserted.find($isTemplateFieldNode);
  if (firstField) firstField.select(0, firstField.getTextContentSize());
}

/**
 * Where the phrase last inserted ends, for Tab after its last blank: the paragraph of that blank, and how many
 * characters of the paragraph follow the phrase (words the officer had typed after the caret). Filling the blanks
 * changes the paragraph only before that point, so the end stays that many characters from the paragraph's end.
 */
interface PhraseEnd {
  block: NodeKey;
  after: number;
}
const phraseEnds = new WeakMap<LexicalEditor, PhraseEnd>();

/** A paragraph's own inline nodes: its text, mentions and blanks, not a nested list. */
function $inlineChildren(block: ElementNode): LexicalNode[] {
  return block.getChildren().filter((child) => !$isElementNode(child));
}

function $rememberPhraseEnd(inserted: readonly LexicalNode[]): void {
  const editor = $getEditor();
  const lastField = inserted.findLast($isTemplateFieldNode);
  const block = lastField?.getParent();
  if (!lastField || !block) {
    phraseEnds.delete(editor);
    return;
  }
  const own = $inlineChildren(block);
  const lastOfPhrase = inserted.findLast((node) => node.getParent()?.is(block) === true) ?? lastField;
  const after = own.slice(own.findIndex((node) => node.is(lastOfPhrase)) + 1).reduce((sum, node) => sum + node.getTextContentSize(), 0);
  phraseEnds.set(editor, { block: block.getKey(), after });
}

/**
 * Tab with no blank left after the caret, in the paragraph of the phrase just inserted and before its end (the
 * officer has filled its last blank mid-sentence): the caret goes to the end of the phrase, past its full stop,
 * so Enter starts a new paragraph instead of splitting the sentence. False where that does not apply.
 */
function $caretToPhraseEnd(editor: LexicalEditor): boolean {
  const end = phraseEnds.get(editor);
  const selection = $getSelection();
  if (!end || !$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const block = $getNodeByKey(end.block);
  if (!$isElementNode(block) || !block.isAttached()) {
    phraseEnds.delete(editor);
    return false;
  }
  const own = $inlineChildren(block);
  const { anchor } = selection;
  let caret = -1;
  let total = 0;
  own.forEach((node, index) => {
    if (anchor.type === 'text' && anchor.key === node.getKey()) caret = total + anchor.offset;
    if (anchor.type === 'element' && anchor.key === end.block && anchor.offset === index) caret = total;
    total += node.getTextContentSize();
  });
  if (anchor.type === 'element' && anchor.key === end.block && anchor.offset >= own.length) caret = total;
  const target = total - end.after;
  if (caret < 0 || caret >= target) return false;
  let before = 0;
  for (const [index, node] of own.entries()) {
    const size = node.getTextContentSize();
    if ($isTextNode(node) && before + size >= target) {
      node.select(target - before, target - before);
      break;
    }
    before += size;
    if (before === target) {
      block.select(index + 1, index + 1);
      break;
    }
  }
  phraseEnds.delete(editor);
  return true;
}

/** The blanks of the minute (or loose text) the caret is in, in document order. */
function $fieldsAroundCaret(): TemplateFieldNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const scope = $currentMinute() ?? $blockOf(selection.anchor.getNode());
  if (!scope) return [];
  return $dfs(scope)
    .map(({ node }) => node)
    .filter($isTemplateFieldNode);
}

/**
 * Selects the next (or previous) unfilled blank after (or before) the caret.
 * Returns false when there is none, so Tab goes on to indent as usual.
 */
export function $selectAdjacentField(direction: 'next' | 'previous'): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const caret: TextNode | LexicalNode = selection.focus.getNode();
  const fields = $fieldsAroundCaret().filter((field) => !field.isFilled() && field.getKey() !== caret.getKey());
  const target =
    direction === 'next'
      ? fields.find((field) => caret.isBefore(field))
      : [...fields].reverse().find((field) => field.isBefore(caret));
  if (!target) return false;
  target.select(0, target.getTextContentSize());
  return true;
}

/**
 * Tab and Shift+Tab move between the blanks of the current minute; after the last blank of a phrase, Tab goes to
 * the phrase's end; with neither, Tab goes on to indent.
 */
export function registerBlankKeys(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_TAB_COMMAND,
    (event: KeyboardEvent) => {
      // While a pop-up list is open, Tab chooses from it. (Read from the page, where there is one: not in Node.)
      if (typeof document !== 'undefined' && document.querySelector('.typeahead')) return false;
      const moved = $selectAdjacentField(event.shiftKey ? 'previous' : 'next') || (!event.shiftKey && $caretToPhraseEnd(editor));
      if (moved) event.preventDefault();
      return moved;
    },
    COMMAND_PRIORITY_LOW,
  );
}
