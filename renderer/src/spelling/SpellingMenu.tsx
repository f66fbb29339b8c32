import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** One choice of the spelling menu. */
export interface SpellingMenuChoice {
  label: string;
  run: () => void;
}

interface SpellingMenuProps {
  /** The misspelt word, named to screen readers. */
  word: string;
  /** Where to open it (window coordinates): the pointer, or the word's foot for the keyboard. */
  x: number;
  y: number;
  suggestions: SpellingMenuChoice[];
  actions: SpellingMenuChoice[];
  /** Closes without choosing (Escape, Tab, a click elsewhere); the caller puts the focus back in the minutes. */
  onClose: () => void;
}

/**
 * The spelling menu on a misspelt word: corrections first, then Add to dictionary and Ignore in this meeting.
 * A WAI-ARIA menu: it takes the focus, arrows and Home/End move, Enter or Space chooses, Escape closes; a
 * letter jumps to the next choice starting with it.
 */
export function SpellingMenu({ word, x, y, suggestions, actions, onClose }: SpellingMenuProps): ReactNode {
  const menu = useRef<HTMLDivElement>(null);
  const choices = [...suggestions, ...actions];
  const [active, setActive] = useState(0);
  const [position, setPosition] = useState({ left: x, top: y });

  // Keep the whole menu inside the window: flip above or left of the point when it would run off.
  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect();
    if (!box) return;
    const left = x + box.width > window.innerWidth ? Math.max(0, x - box.width) : x;
    const top = y + box.height > window.innerHeight ? Math.max(0, y - box.height) : y;
    setPosition({ left, top });
  }, [x, y]);

  useEffect(() => {
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [active]);

  useEffect(() => {
    const closeOnOutside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', closeOnOutside, true);
    return () => document.removeEventListener('mousedown', closeOnOutside, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = choices.length - 1;
    const moves: Record<string, number> = { ArrowDown: active === last ? 0 : active + 1, ArrowUp: active === 0 ? last : active - 1, Home: 0, End: last };
    if (event.key in moves) {
      setActive(moves[event.key]!);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      onClose();
    } else if (event.key === 'Enter' || event.key === ' ') {
      choices[active]?.run();
    } else if (/^\p{L}$/u.test(event.key)) {
      const letter = event.key.toLowerCase();
      const order = [...choices.keys()].map((i) => (active + 1 + i) % choices.length);
      const next = order.find((i) => choices[i]!.label.toLowerCase().startsWith(letter));
      if (next !== undefined) setActive(next);
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const item = (choice: SpellingMenuChoice, index: number) => (
    <div
      key={`${index}-${choice.label}`}
      role="menuitem"
      tabIndex={index === active ? 0 : -1}
      className="spelling-menu-item"
      onMouseEnter={() => setActive(index)}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => choice.run()}
    >
      {choice.label}
    </div>
  );

  return createPortal(
    <div
      ref={menu}
      role="menu"
      aria-label={`Spelling of “${word}”`}
      className="spelling-menu"
      style={{ left: position.left, top: position.top }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {suggestions.length === 0 ? (
        <div className="spelling-menu-note" role="menuitem" aria-disabled="true" tabIndex={-1}>
          No suggestions
        </div>
      ) : (
        suggestions.map(item)
      )}
      <div role="separator" className="spelling-menu-separator" />
      {actions.map((choice, i) => item(choice, suggestions.length + i))}
    </div>,
    document.body,
  );
}
