import type { TriggerFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $mendQueryNode } from '../../../renderer/src/editor/typeahead-query';
import { headlessMinutesEditor } from '../../support/headless-minutes-editor';

/** "@" then up to 40 characters at the end of the text, as the mentions menu's trigger matches. */
const atTrigger: TriggerFn = (text) => {
  const match = /(^|\s)(@([^@]{0,40}))$/.exec(text);
  return match ? { leadOffset: match.index + match[1]!.length, matchingString: match[3]!, replaceableString: match[2]! } : null;
};

/**
 * A paragraph of `typed`, split the way Lexical's typeahead splits it when its menu shows `shown` (the match it
 * last resolved) but the text is already `typed`; then mended. Returns the text of the node the menu's choice
 * will replace, and the paragraph's text before and after it.
 */
function splitAndMend(typed: string, shownQueryLength: number): { before: string; query: string; after: string } {
  const editor: LexicalEditor = headlessMinutesEditor();
  let result = { before: '', query: '', after: '' };
  editor.update(
    () => {
      const text = $createTextNode(typed);
      const paragraph = $createParagraphNode().append(text);
      $getRoot().clear().append(paragraph);
      const [, split] = text.splitText(typed.length - shownQueryLength) as [TextNode, TextNode];
      const query = $mendQueryNode(split, atTrigger, editor);
      // Read inside the update: at its end Lexical merges neighbouring plain text nodes again.
      const texts = (nodes: { getTextContent(): string }[]) => nodes.map((node) => node.getTextContent()).join('');
      result = { before: texts(query.getPreviousSiblings()), query: query.getTextContent(), after: texts(query.getNextSiblings()) };
    },
    { discrete: true },
  );
  return result;
}

describe('mending the query a typeahead split off', () => {
  it('leaves a split that matches what was typed alone', () => {
    expect(splitAndMend('Mr Hill thanked @pe', 3)).toEqual({ before: 'Mr Hill thanked ', query: '@pe', after: '' });
  });

  it('takes in the start of the query when the menu was a key behind (no stray "@p" left before the name)', () => {
    // The menu still showed "@" + "p" (2 characters) when "@pe" had been typed: Lexical split off "pe" only.
    expect(splitAndMend('Mr Hill thanked @pe', 2)).toEqual({ before: 'Mr Hill thanked ', query: '@pe', after: '' });
    expect(splitAndMend('@pet', 2)).toEqual({ before: '', query: '@pet', after: '' });
  });

  it('gives back the space before the "@" when the menu was behind a Backspace', () => {
    // The menu still showed "@pet" (4 characters) after Backspace made it "@pe": Lexical split off " @pe".
    expect(splitAndMend('Mr Hill thanked @pe', 4)).toEqual({ before: 'Mr Hill thanked ', query: '@pe', after: '' });
  });

  it('changes nothing when the text no longer matches the trigger', () => {
    expect(splitAndMend('Mr Hill thanked everyone', 3)).toEqual({ before: 'Mr Hill thanked every', query: 'one', after: '' });
  });
});
