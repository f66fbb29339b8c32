import type { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { ReactNode, RefObject } from 'react';
import { createPortal } from 'react-dom';

export interface TypeaheadItem {
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
export function TypeaheadMenu({ anchor, label, items, selectedIndex, onSelect, onHighlight, emptyText }: TypeaheadMenuProps): ReactNode {
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
