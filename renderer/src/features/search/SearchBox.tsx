import { useEffect, type ReactNode, type RefObject } from 'react';
import { isSearchMinuteBook, shortcut } from '../../editor/shortcuts';
import type { ResultOption } from './result-options';
import type { ResultCursor } from './use-result-cursor';
import type { MinuteBookSearch } from './use-search';

interface SearchBoxProps {
  search: MinuteBookSearch;
  inputRef: RefObject<HTMLInputElement | null>;
  cursor: ResultCursor;
  /** The officer typed: show the results. */
  onShowResults: () => void;
  onOpen: (option: ResultOption) => void;
}

/** The id of the results list the box controls (SearchScreen draws it). */
export const RESULTS_LIST_ID = 'search-results';

/**
 * The sidebar's search box: every word typed searches the whole minute book, the results showing in the main
 * area. Ctrl+Shift+F comes here from anywhere; the arrow keys go through the results and Enter opens one.
 */
export function SearchBox({ search, inputRef, cursor, onShowResults, onOpen }: SearchBoxProps): ReactNode {
  const { options, active, setActive: onActive } = cursor;
  const { keys, button: label = '' } = shortcut('search-minute-book');
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchMinuteBook(event)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
      if (inputRef.current?.value.trim()) onShowResults();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [inputRef, onShowResults]);

  const move = (by: number) => {
    if (options.length === 0) return;
    onActive(Math.min(options.length - 1, Math.max(0, active + by)));
  };
  return (
    <div className="search-box" role="search">
      <label htmlFor="minute-book-search">
        {label} <kbd>{keys}</kbd>
      </label>
      <input
        id="minute-book-search"
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={search.text.trim() !== ''}
        aria-controls={RESULTS_LIST_ID}
        aria-autocomplete="list"
        aria-activedescendant={options[active]?.elementId}
        placeholder="Words, or “a phrase”"
        autoComplete="off"
        spellCheck={false}
        value={search.text}
        onChange={(event) => {
          search.setText(event.target.value);
          if (event.target.value.trim() !== '') onShowResults();
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') move(1);
          else if (event.key === 'ArrowUp') move(-1);
          else if (event.key === 'Home' && event.ctrlKey) onActive(0);
          else if (event.key === 'End' && event.ctrlKey) onActive(options.length - 1);
          else if (event.key === 'Enter' && options[active]) onOpen(options[active]);
          else return;
          event.preventDefault();
        }}
      />
    </div>
  );
}
