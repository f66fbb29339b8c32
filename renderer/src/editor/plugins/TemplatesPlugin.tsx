import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { mergeRegister } from '@lexical/utils';
import { builtInTemplates, userTemplate, type MinuteTemplate } from '@shared/domain/templates';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  KEY_TAB_COMMAND,
  type TextNode,
} from 'lexical';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLive } from '../../ui/live-value';
import { OPEN_TEMPLATE_MENU_COMMAND } from '../commands';
import { TypeaheadPicker } from '../components/TypeaheadMenu';
import { useMinutesContext } from '../minutes-context';
import { useMinutesPort } from '../minutes-port';
import { TemplateFieldNode } from '../nodes/TemplateFieldNode';
import { $insertTemplate, $selectAdjacentField } from '../template-insertion';

class TemplateOption extends MenuOption {
  constructor(readonly template: MinuteTemplate) {
    super(template.id);
  }
}

/** Templates whose name or short word starts with what was typed after "/". */
export function matchingTemplates(templates: readonly MinuteTemplate[], query: string): MinuteTemplate[] {
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
    () => (query === null ? [] : matchingTemplates(templates, query).map((template) => new TemplateOption(template))),
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
        editor.registerCommand(
          KEY_TAB_COMMAND,
          (event: KeyboardEvent) => {
            // While a pop-up list is open, Tab chooses from it.
            if (editor.getRootElement()?.ownerDocument.querySelector('.typeahead')) return false;
            const moved = $selectAdjacentField(event.shiftKey ? 'previous' : 'next');
            if (moved) event.preventDefault();
            return moved;
          },
          COMMAND_PRIORITY_LOW,
        ),
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
    (option: TemplateOption, textNode: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        if (textNode) {
          const previous = textNode.getPreviousSibling();
          textNode.remove();
          if (previous) previous.selectEnd();
        }
        closeMenu();
        $insertTemplate(option.template, previousMeetingDate ?? null);
      });
    },
    [editor, previousMeetingDate],
  );

  return (
    <TypeaheadPicker<TemplateOption>
      trigger={trigger}
      query={query}
      onQueryChange={setQuery}
      options={options}
      onSelect={onSelect}
      label="Standard phrases"
      emptyText="No standard phrase matches."
      describe={({ template }) => ({
        primary: template.name,
        secondary: template.shortcutHint ? `/${template.shortcutHint}` : undefined,
      })}
    />
  );
}
