import { useId, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDefinition<K extends string> {
  key: K;
  label: string;
  /** Shown after the label, e.g. "Alt+1". */
  shortcut?: string;
}

interface TabBarProps<K extends string> {
  label: string;
  tabs: readonly TabDefinition<K>[];
  active: K;
  onSelect: (key: K) => void;
  /** The id of the panel for a tab, so tab and panel name each other. */
  panelId: (key: K) => string;
  tabId: (key: K) => string;
}

/** A row of tabs (WAI-ARIA tabs pattern): one Tab stop, arrow keys, Home and End move and select. */
export function TabBar<K extends string>({ label, tabs, active, onSelect, panelId, tabId }: TabBarProps<K>): ReactNode {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.key === active);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = tabs.length - 1;
    if (next === null) return;
    event.preventDefault();
    const key = tabs[next]!.key;
    onSelect(key);
    refs.current.get(key)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="tab-bar" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          ref={(element) => {
            if (element) refs.current.set(tab.key, element);
            else refs.current.delete(tab.key);
          }}
          type="button"
          role="tab"
          id={tabId(tab.key)}
          aria-selected={tab.key === active}
          aria-controls={panelId(tab.key)}
          tabIndex={tab.key === active ? 0 : -1}
          className="tab"
          aria-keyshortcuts={tab.shortcut}
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
          {tab.shortcut ? (
            <span className="tab-shortcut" aria-hidden="true">
              {tab.shortcut}
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}

/** Ids for a tab bar and its panels. */
export function useTabIds<K extends string>(): { tabId: (key: K) => string; panelId: (key: K) => string } {
  const id = useId();
  // The same functions on every render, so effects that use them do not re-run.
  return useMemo(() => ({ tabId: (key: K) => `${id}-tab-${key}`, panelId: (key: K) => `${id}-panel-${key}` }), [id]);
}
