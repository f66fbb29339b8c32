/**
 * Every keyboard shortcut of the minutes editor, in one table: the plugins
 * match keys with it and the shortcuts panel (F1) lists it, so the two can
 * never disagree. Ctrl+Alt is the Word convention for inserting things.
 */
export interface Shortcut {
  id: ShortcutId;
  /** As shown to the officer, e.g. "Ctrl+Alt+R". */
  keys: string;
  description: string;
}

export type ShortcutId =
  | 'next-item'
  | 'previous-item'
  | 'numbered-paragraph'
  | 'sub-point'
  | 'resolution'
  | 'insert-person'
  | 'insert-template'
  | 'insert-time'
  | 'shortcuts-panel';

export const MINUTES_SHORTCUTS: readonly Shortcut[] = [
  { id: 'next-item', keys: 'Alt+Page Down', description: 'Go to the next agenda item (records when it was reached)' },
  { id: 'previous-item', keys: 'Alt+Page Up', description: 'Go to the previous agenda item' },
  { id: 'numbered-paragraph', keys: 'Ctrl+Alt+N', description: 'New numbered paragraph (1., 2. …)' },
  { id: 'sub-point', keys: 'Ctrl+Alt+A', description: 'New sub-point ((a), (b) …)' },
  { id: 'resolution', keys: 'Ctrl+Alt+R', description: 'RESOLVED that …' },
  { id: 'insert-person', keys: 'Ctrl+Alt+P or @', description: 'Name a person from the attendance list' },
  { id: 'insert-template', keys: 'Ctrl+Alt+T', description: 'Insert a standard phrase; Tab moves between its blanks' },
  { id: 'insert-time', keys: 'Ctrl+Alt+;', description: 'Insert the time now (10.42 am)' },
  { id: 'shortcuts-panel', keys: 'F1 or Ctrl+/', description: 'Show these shortcuts' },
];

/** Further keys that work as in Word, listed in the panel. */
export const WORD_SHORTCUTS: readonly { keys: string; description: string }[] = [
  { keys: 'Ctrl+B / Ctrl+I / Ctrl+U', description: 'Bold, italic, underline' },
  { keys: 'Ctrl+Shift+7', description: 'Numbered list on or off' },
  { keys: 'Ctrl+Shift+L', description: 'Bulleted list on or off' },
  { keys: 'Tab / Shift+Tab', description: 'Indent or outdent a list item (or move between template blanks)' },
  { keys: 'Enter on an empty item', description: 'End the list' },
  { keys: 'Ctrl+Home / Ctrl+End', description: 'Start or end of the minutes (with Shift, select to there)' },
  { keys: 'Ctrl+Z / Ctrl+Y', description: 'Undo, redo' },
  { keys: 'Ctrl+S', description: 'Save now (saving is automatic)' },
];

/** Which shortcut a key press is, if any. */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): ShortcutId | null {
  const mod = event.ctrlKey || event.metaKey;
  if (event.key === 'F1' || (mod && !event.altKey && event.key === '/')) return 'shortcuts-panel';
  if (event.altKey && !mod && !event.shiftKey) {
    if (event.key === 'PageDown') return 'next-item';
    if (event.key === 'PageUp') return 'previous-item';
  }
  if (mod && event.altKey && !event.shiftKey) {
    // By code, not key: with Ctrl+Alt held, layouts report other characters (AltGr).
    switch (event.code) {
      case 'KeyN':
        return 'numbered-paragraph';
      case 'KeyA':
        return 'sub-point';
      case 'KeyR':
        return 'resolution';
      case 'KeyP':
        return 'insert-person';
      case 'KeyT':
        return 'insert-template';
      case 'Semicolon':
        return 'insert-time';
    }
  }
  return null;
}

/** What a key does to a suggestion shown greyed after the caret (PredictionPlugin). */
export type SuggestionKey = 'accept' | 'accept-word' | 'dismiss';

/** The keys of a suggestion, for the shortcuts panel; where none is shown each does what it always does. */
export const SUGGESTION_SHORTCUTS: readonly { keys: string; description: string }[] = [
  { keys: 'Tab', description: 'Take the suggestion shown greyed after the caret (with none shown: next blank, or indent)' },
  { keys: 'Ctrl+Right Arrow', description: 'Take the next word of the suggestion' },
  { keys: 'Esc', description: 'Put the suggestion away until you type on' },
];

/** Which suggestion key a key press is, if any. */
export function suggestionKeyFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): SuggestionKey | null {
  if (event.altKey || event.metaKey || event.shiftKey) return null;
  if (event.key === 'Tab' && !event.ctrlKey) return 'accept';
  if (event.key === 'ArrowRight' && event.ctrlKey) return 'accept-word';
  if (event.key === 'Escape' && !event.ctrlKey) return 'dismiss';
  return null;
}
