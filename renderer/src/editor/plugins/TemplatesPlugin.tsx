import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { mergeRegister } from '@lexical/utils';
import { builtInTemplates, userTemplate, type MinuteTemplate } from '@shared/domain/templates';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  type TextNode,
} from 'lexical';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLive } from '../../ui/live-value';
import { OPEN_TEMPLATE_MENU_COMMAND, OPEN_VOTE_DIALOG_COMMAND } from '../commands';
import { TypeaheadPicker } from '../components/TypeaheadMenu';
import { useMinutesContext } from '../minutes-context';
import { useMinutesPort } from '../minutes-port';
import { TemplateFieldNode } from '../nodes/TemplateFieldNode';
import { $insertTemplate, registerBlankKeys } from '../template-insertion';

class TemplateOption extends MenuOption {
  constructor(readonly template: MinuteTemplate) {
    super(template.id);
  }
}

/** A vote among the standing phrases: "/vote" (a show of hands) or "/recorded" opens the vote dialog. */
interface VotePhrase {
  id: string;
  name: string;
  shortcutHint: string;
  kind: 'show-of-hands' | 'recorded';
}
const VOTE_PHRASES: readonly VotePhrase[] = [
  { id: 'vote-show-of-hands', name: 'On being put to the vote… (show of hands)', shortcutHint: 'vote', kind: 'show-of-hands' },
  { id: 'vote-recorded', name: 'Recorded vote', shortcutHint: 'recorded', kind: 'recorded' },
];

class VoteOption extends MenuOption {
  constructor(readonly phrase: VotePhrase) {
    super(phrase.id);
  }
}

type PhraseOption = TemplateOption | VoteOption;

/** Templates whose name or short word starts with what was typed after "/". */
export function matchingTemplates<T extends Pick<MinuteTemplate, 'name' | 'shortcutHint'>>(templates: readonly T[], query: string): T[] {
  const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  return templates.filter((template) => {
    const haystack = `${template.shortcutHint ?? ''} ${template.name}`.toLocaleLowerCase('en-GB').split(/[\s:,]+/);
    return words.every((word) => haystack.some((part) => part.startsWith(word)));
  });
}

/**
 * Standing phrases: "/" at the start of a word (or Ctrl+Alt+T) lists them;
 * choosing one inserts it with its blanks; Tab and Shift+Tab move between the
 * blanks; typing over a blank makes it ordinary text.
 */
export function TemplatesPlugin(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const port = useMinutesPort();
  const { body } = useMinutesContext();
  const [query, setQuery] = useState<string | null>(null);
  const trigger = useBasicTypeaheadTriggerMatch('/', { minLength: 0, allowWhitespace: true, maxLength: 40 });

  // "The notes of the meeting held on 20 March 2019": the body's latest meeting before this one.
  const previousMeetingDate = useLive(port.previousMeetingDate);

  // The body's own phrases first (they are why the officer made them), then the county's.
  const own = useLive(port.phrases);
  const templates = useMemo(
    () => [...(own ?? []).map(userTemplate), ...builtInTemplates(body.chairWord, body.documentWord)],
    [own, body.chairWord, body.documentWord],
  );
  const options = useMemo(
    (): PhraseOption[] =>
      query === null
        ? []
        : [...matchingTemplates(templates, query).map((template) => new TemplateOption(template)), ...matchingTemplates(VOTE_PHRASES, query).map((phrase) => new VoteOption(phrase))],
    [templates, query],
  );

  useEffect(
    () =>
      mergeRegister(
        // A blank typed over becomes plain text with the blank's formatting.
        editor.registerNodeTransform(TemplateFieldNode, (field) => {
          if (!field.isFilled()) return;
          const text = $createTextNode(field.getTextContent()).setFormat(field.getFormat());
          field.replace(text);
        }),
        registerBlankKeys(editor),
        editor.registerCommand(
          OPEN_TEMPLATE_MENU_COMMAND,
          () => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            const before = selection.anchor.getNode().getTextContent().slice(0, selection.anchor.offset);
            selection.insertText(before === '' || /\s$/.test(before) ? '/' : ' /');
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );

  const onSelect = useCallback(
    (option: PhraseOption, textNode: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        if (textNode) {
          const previous = textNode.getPreviousSibling();
          textNode.remove();
          if (previous) previous.selectEnd();
        }
        closeMenu();
        if (option instanceof TemplateOption) $insertTemplate(option.template, previousMeetingDate ?? null);
      });
      // A vote is minuted through its dialog, which places it after the caret's paragraph.
      if (option instanceof VoteOption) editor.dispatchCommand(OPEN_VOTE_DIALOG_COMMAND, { kind: option.phrase.kind });
    },
    [editor, previousMeetingDate],
  );

  return (
    <TypeaheadPicker<PhraseOption>
      trigger={trigger}
      query={query}
      onQueryChange={setQuery}
      options={options}
      onSelect={onSelect}
      label="Standard phrases"
      emptyText="No standard phrase matches."
      describe={(option) => {
        const phrase = option instanceof TemplateOption ? option.template : option.phrase;
        return { primary: phrase.name, secondary: phrase.shortcutHint ? `/${phrase.shortcutHint}` : undefined };
      }}
    />
  );
}
