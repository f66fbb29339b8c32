import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, type MenuOption, type TriggerFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import type { ReactNode, RefObject } from 'react';
import { createPortal } from 'react-dom';
import { $mendQueryNode } from '../typeahead-query';

interface TypeaheadItem {
  option: MenuOption;
  primary: string;
  secondary?: string;
}

interface TypeaheadMenuProps {
  anchor: RefObject<HTMLElement | null>;
  label: string;
  items: TypeaheadItem[];
  selectedIndex: number | null;
  onSelect: (option: MenuOption) => void;
  onHighlight: (index: number) => void;
  emptyText: string;
}

/** The pop-up list of a typeahead (people, templates): arrows to move, Enter or Tab to choose, Escape to close. */
function TypeaheadMenu({ anchor, label, items, selectedIndex, onSelect, onHighlight, emptyText }: TypeaheadMenuProps): ReactNode {
  if (!anchor.current) return null;
  return createPortal(
    <div className="typeahead" role="listbox" aria-label={label}>
      {items.length === 0 ? <p className="typeahead-empty">{emptyText}</p> : null}
      {items.map((item, index) => (
        <div
          key={item.option.key}
          ref={(element) => item.option.setRefElement(element)}
          role="option"
          aria-selected={selectedIndex === index}
          className={selectedIndex === index ? 'typeahead-option selected' : 'typeahead-option'}
          onMouseEnter={() => onHighlight(index)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onSelect(item.option)}
        >
          <span className="typeahead-primary">{item.primary}</span>
          {item.secondary ? <span className="typeahead-secondary">{item.secondary}</span> : null}
        </div>
      ))}
    </div>,
    anchor.current,
  );
}

interface TypeaheadPickerProps<T extends MenuOption> {
  /** When the menu opens (e.g. "@" or "/" at the start of a word). */
  trigger: TriggerFn;
  /** What was typed after the trigger, or null while the menu is closed. */
  query: string | null;
  onQueryChange: (query: string | null) => void;
  options: T[];
  onSelect: (option: T, textNodeContainingQuery: TextNode | null, closeMenu: () => void) => void;
  label: string;
  emptyText: string;
  /** The option's main line and, if any, its second line. */
  describe: (option: T) => { primary: string; secondary?: string | undefined };
}

/** A typeahead in the minutes (people, standard phrases): Lexical's menu plugin with our list. */
export function TypeaheadPicker<T extends MenuOption>({
  trigger,
  query,
  onQueryChange,
  options,
  onSelect,
  label,
  emptyText,
  describe,
}: TypeaheadPickerProps<T>): ReactNode {
  const [editor] = useLexicalComposerContext();
  return (
    <LexicalTypeaheadMenuPlugin<T>
      onQueryChange={onQueryChange}
      // Lexical split off the query by the match its menu last showed, which can lag the typing: mend it first.
      onSelectOption={(option, textNode, closeMenu) => onSelect(option, textNode && $mendQueryNode(textNode, trigger, editor), closeMenu)}
      triggerFn={trigger}
      options={options}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        query === null ? null : (
          <TypeaheadMenu
            anchor={anchor}
            label={label}
            items={options.map((option) => ({ option, ...describe(option) }))}
            selectedIndex={selectedIndex}
            onSelect={(option) => selectOptionAndCleanUp(option as T)}
            onHighlight={setHighlightedIndex}
            emptyText={emptyText}
          />
        )
      }
    />
  );
}
