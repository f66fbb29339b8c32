import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { mergeRegister } from '@lexical/utils';
import { firstMention, formalName, laterMention } from '@shared/domain/person-names';
import { houseStyleOf } from '@shared/house-style/house-style';
import type { AttendanceRole } from '@shared/model/attendance';
import type { Person } from '@shared/model/person';
import { $createTextNode, $getSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_EDITOR, type TextNode } from 'lexical';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { OPEN_PERSON_MENU_COMMAND } from '../commands';
import { mentionWordingOf } from '../mention-wording';
import { TypeaheadPicker } from '../components/TypeaheadMenu';
import { useMinutesContext } from '../minutes-context';
import { $markSpaceAfterInsert } from '../space-after-insert';
import { $createMentionNode, MentionNode } from '../nodes/MentionNode';
import { valueFor } from '@shared/model/id-keys';

class PersonOption extends MenuOption {
  constructor(readonly person: Person) {
    super(person.id);
  }
}

/** Those at the meeting come first, then the rest of the roster; apologies and retired people last or not at all. */
const ROLE_RANK: Record<AttendanceRole, number> = { present: 0, 'also-present': 0, 'in-attendance': 0, apologies: 2 };
const MAX_OPTIONS = 8;
/** Not recorded at the meeting: after those who were there, before apologies. */
const rankOf = (role: AttendanceRole | undefined): number => (role === undefined ? 1 : ROLE_RANK[role]);

/** People whose name, initials, role or organisation start with what was typed after "@". */
export function matchingPeople(roster: readonly Person[], attendance: Record<string, AttendanceRole>, query: string): Person[] {
  const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  const haystack = (p: Person) =>
    [p.title, p.textTitle ?? '', p.forename ?? '', p.initials, p.surname, p.role, p.organisation].join(' ').toLocaleLowerCase('en-GB').split(/[\s,()]+/);
  return roster
    .filter((p) => !p.retired)
    .filter((p) => words.every((word) => haystack(p).some((part) => part.startsWith(word))))
    .map((p, index) => ({ p, index, rank: rankOf(valueFor(attendance, p.id)) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ p }) => p)
    .slice(0, MAX_OPTIONS);
}

/**
 * "@" (or Ctrl+Alt+P) opens a list of the meeting's people; choosing one puts a
 * mention in the minutes. Also keeps what each mention says up to date: first or
 * later in its minute, and the roster's current name and role.
 */
export function PersonMentionsPlugin(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const { roster, meeting, body } = useMinutesContext();
  const rule = houseStyleOf(body.houseStyle).firstMention;
  const wording = mentionWordingOf(editor);
  const [query, setQuery] = useState<string | null>(null);
  const trigger = useBasicTypeaheadTriggerMatch('@', { minLength: 0, allowWhitespace: true, maxLength: 40 });

  const options = useMemo(
    () => (query === null ? [] : matchingPeople(roster, meeting.attendance, query).map((p) => new PersonOption(p))),
    [roster, meeting.attendance, query],
  );

  // Before the saved minutes load (a layout effect, and this plugin comes before OpenMinutesPlugin), so each
  // mention is worded from the roster as it is first drawn.
  useLayoutEffect(() => wording.setRoster(roster), [wording, roster]);
  // The house style's first-mention rule: per minute or per meeting; a change re-words the mentions that flip.
  useLayoutEffect(() => editor.getEditorState().read(() => wording.$setRule(rule)), [editor, wording, rule]);

  useEffect(
    () =>
      mergeRegister(
        // Recompute first/later, and the short names stored, only when mentions come, go, move or change.
        editor.registerMutationListener(
          MentionNode,
          (mutations) => {
            const changed = [...mutations].filter(([, mutation]) => mutation !== 'destroyed').map(([key]) => key);
            wording.mentionsMutated(changed);
          },
          { skipInitialization: false },
        ),
        editor.registerCommand(
          OPEN_PERSON_MENU_COMMAND,
          () => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            // A space first if the caret sits right after a word, so the "@" can trigger.
            const before = selection.anchor.getNode().getTextContent().slice(0, selection.anchor.offset);
            selection.insertText(before === '' || /\s$/.test(before) ? '@' : ' @');
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor, wording],
  );

  const onSelect = useCallback(
    (option: PersonOption, textNode: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        const mention = $createMentionNode(option.person);
        if (textNode) textNode.replace(mention);
        // One space after the name: a template's own words often bring it already.
        const next = mention.getNextSibling();
        if ($isTextNode(next) && /^\s/.test(next.getTextContent())) {
          next.select(1, 1);
        } else {
          const space = $createTextNode(' ');
          mention.insertAfter(space);
          space.select(1, 1);
          // The editor's own space: punctuation typed next takes its place ("Mr Peerbux,").
          $markSpaceAfterInsert();
        }
        closeMenu();
      });
    },
    [editor],
  );

  return (
    <TypeaheadPicker<PersonOption>
      trigger={trigger}
      query={query}
      onQueryChange={setQuery}
      options={options}
      onSelect={onSelect}
      label="People at the meeting"
      emptyText="Nobody on the roster matches. Add people on the Attendance tab."
      describe={({ person }) => ({
        primary: formalName(person),
        secondary: firstMention(person) === laterMention(person) ? undefined : firstMention(person),
      })}
    />
  );
}
