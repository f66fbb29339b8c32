/**
 * Every keyboard shortcut of the minutes, in one table: the plugins match keys
 * with it, the toolbar names its buttons and writes their tooltips from it, and
 * the shortcuts panel (F1) lists it, so none of them can disagree with another.
 * Ctrl+Alt is the Word convention for inserting things.
 */
export interface Shortcut {
  id: ShortcutId;
  /** As shown to the officer, e.g. "Ctrl+Alt+R". */
  keys: string;
  /** What it does, as the shortcuts panel says it. */
  description: string;
  /** The name of its toolbar button, for the shortcuts that have one. */
  button?: string;
}

/** The shortcuts of minute-taking, matched by `shortcutFor`. */
export type MinuteShortcutId =
  | 'next-item'
  | 'previous-item'
  | 'numbered-paragraph'
  | 'sub-point'
  | 'resolution'
  | 'vote'
  | 'action'
  | 'insert-person'
  | 'insert-template'
  | 'insert-time'
  | 'style-check'
  | 'shortcuts-panel';

/** Keys of the whole window, matched by the app rather than the minutes (they work on every screen). */
export type WindowShortcutId = 'search-minute-book';

/** Keys that work as in Word: Lexical, the list and indent plugins and the workspace (Ctrl+S) match them. */
export type WordShortcutId =
  | 'undo'
  | 'redo'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'numbered-list'
  | 'bulleted-list'
  | 'indent'
  | 'outdent'
  | 'end-list'
  | 'document-edges'
  | 'save-now'
  | 'take-back-correction';

/** The keys of a suggestion greyed after the caret (PredictionPlugin), and turning suggestions on or off. */
export type SuggestionShortcutId = 'take-suggestion' | 'take-suggestion-word' | 'dismiss-suggestion' | 'toggle-suggestions';

export type ShortcutId = MinuteShortcutId | WindowShortcutId | WordShortcutId | SuggestionShortcutId;

export const MINUTES_SHORTCUTS: readonly Shortcut[] = [
  { id: 'next-item', keys: 'Alt+Page Down', description: 'Go to the next agenda item (records when it was reached)' },
  { id: 'previous-item', keys: 'Alt+Page Up', description: 'Go to the previous agenda item' },
  { id: 'numbered-paragraph', keys: 'Ctrl+Alt+N', description: 'New numbered paragraph (1., 2. …)', button: 'New numbered paragraph' },
  { id: 'sub-point', keys: 'Ctrl+Alt+A', description: 'New sub-point ((a), (b) …)', button: 'New sub-point' },
  { id: 'resolution', keys: 'Ctrl+Alt+R', description: 'RESOLVED that … (press again for RESOLVED to …)', button: 'Resolution' },
  { id: 'vote', keys: 'Ctrl+Alt+V', description: 'Minute a vote: a show of hands or a recorded vote', button: 'Vote' },
  // M for "mark" (Ctrl+Alt+A is taken by sub-points).
  { id: 'action', keys: 'Ctrl+Alt+M', description: 'Mark the sentence at the caret as an action, or change or remove its marking', button: 'Mark as action' },
  { id: 'insert-person', keys: 'Ctrl+Alt+P or @', description: 'Name a person from the attendance list', button: 'Name a person' },
  { id: 'insert-template', keys: 'Ctrl+Alt+T or /', description: 'Insert a standard phrase; Tab moves between its blanks', button: 'Standard phrase' },
  { id: 'insert-time', keys: 'Ctrl+Alt+;', description: 'Insert the time now (10.42 am)' },
  // F7, as Word's spelling and grammar check.
  { id: 'style-check', keys: 'F7', description: 'Check the minutes against the house style', button: 'Check minutes' },
  // As "find in files" in editors; Ctrl+F stays the page's own find.
  { id: 'search-minute-book', keys: 'Ctrl+Shift+F', description: 'Search every meeting of every committee', button: 'Search the minute book' },
  { id: 'shortcuts-panel', keys: 'F1 or Ctrl+/', description: 'Show these shortcuts', button: 'Keyboard shortcuts' },
];

/** Further keys that work as in Word. */
export const WORD_SHORTCUTS: readonly Shortcut[] = [
  { id: 'undo', keys: 'Ctrl+Z', description: 'Undo', button: 'Undo' },
  { id: 'redo', keys: 'Ctrl+Y', description: 'Redo', button: 'Redo' },
  { id: 'bold', keys: 'Ctrl+B', description: 'Bold', button: 'Bold' },
  { id: 'italic', keys: 'Ctrl+I', description: 'Italic', button: 'Italic' },
  { id: 'underline', keys: 'Ctrl+U', description: 'Underline', button: 'Underline' },
  { id: 'numbered-list', keys: 'Ctrl+Shift+7', description: 'Numbered list on or off', button: 'Numbered list' },
  { id: 'bulleted-list', keys: 'Ctrl+Shift+L', description: 'Bulleted list on or off', button: 'Bulleted list' },
  { id: 'indent', keys: 'Tab', description: 'Indent a list item (or go to the next template blank)', button: 'Increase indent' },
  { id: 'outdent', keys: 'Shift+Tab', description: 'Outdent a list item (or go to the previous template blank)', button: 'Decrease indent' },
  { id: 'end-list', keys: 'Enter on an empty item', description: 'End the list' },
  { id: 'document-edges', keys: 'Ctrl+Home / Ctrl+End', description: 'Start or end of the minutes (with Shift, select to there)' },
  { id: 'save-now', keys: 'Ctrl+S', description: 'Save now (saving is automatic)' },
  // Matched by the editor's AutoCorrect (autocorrect.ts), straight after it corrects a word or quotation mark.
  { id: 'take-back-correction', keys: 'Ctrl+Z or Backspace after AutoCorrect', description: 'Take back the correction, keeping what you typed' },
];

/** Suggestions greyed after the caret: their keys (matched by suggestionKeyFor) and turning them on or off. */
export const SUGGESTION_SHORTCUTS: readonly Shortcut[] = [
  { id: 'take-suggestion', keys: 'Tab', description: 'Take the suggestion shown greyed after the caret, with a space after its last word that punctuation typed next replaces (with none shown: next blank, or indent)' },
  { id: 'take-suggestion-word', keys: 'Ctrl+Right Arrow', description: 'Take the next word of the suggestion, and the space after it' },
  { id: 'dismiss-suggestion', keys: 'Esc', description: 'Put the suggestion away until you type on' },
  { id: 'toggle-suggestions', keys: 'Ctrl+Alt+S', description: 'Suggestions on or off (kept on this computer)', button: 'Suggest words as you type' },
];

const BY_ID = new Map<ShortcutId, Shortcut>([...MINUTES_SHORTCUTS, ...WORD_SHORTCUTS, ...SUGGESTION_SHORTCUTS].map((entry) => [entry.id, entry]));

/** The table's entry for a shortcut: its keys, and its button's name when it has one. */
export function shortcut(id: ShortcutId): Shortcut {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`No shortcut ${id}`);
  return entry;
}

/** The meeting's tabs and the key that shows each (by key position, so any keyboard layout types it). */
export const MEETING_TAB_KEYS = [
  { tab: 'minutes', label: 'Minutes', keys: 'Alt+1', code: 'Digit1' },
  { tab: 'agenda', label: 'Agenda', keys: 'Alt+2', code: 'Digit2' },
  { tab: 'attendance', label: 'Attendance', keys: 'Alt+3', code: 'Digit3' },
  { tab: 'revisions', label: 'Revisions', keys: 'Alt+4', code: 'Digit4' },
] as const;
export type MeetingTab = (typeof MEETING_TAB_KEYS)[number]['tab'];

/** Which tab a key press asks for (Alt and a digit, nothing else held), if any. */
export function meetingTabFor(event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): MeetingTab | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  return MEETING_TAB_KEYS.find((entry) => entry.code === event.code)?.tab ?? null;
}

/** Whether a key press is Ctrl+S (Cmd+S): officers press it out of habit, and it means "save now". */
export function isSaveNow(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 's';
}

/** Whether a key press is Ctrl+Shift+F (Cmd+Shift+F): search the minute book, from anywhere in the window. */
export function isSearchMinuteBook(event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyF';
}

/** Leaving the minutes from the keyboard (LeaveMinutesPlugin): Tab alone indents, so it cannot. */
export const LEAVE_MINUTES_SHORTCUT: Pick<Shortcut, 'keys' | 'description'> = {
  keys: 'Esc, then Tab or Shift+Tab',
  description: 'Leave the minutes for the next or previous control (Tab alone indents)',
};

/** The panel's row for the tabs: "Alt+1 / Alt+2 / Alt+3 / Alt+4", "Minutes, Agenda, Attendance, Revisions tab". */
export const MEETING_TABS_SHORTCUT: Pick<Shortcut, 'keys' | 'description'> = {
  keys: MEETING_TAB_KEYS.map((entry) => entry.keys).join(' / '),
  description: `${MEETING_TAB_KEYS.map((entry) => entry.label).join(', ')} tab`,
};

/** Which shortcut a key press is, if any (Word's keys and a suggestion's keys are matched where they act). */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): MinuteShortcutId | 'toggle-suggestions' | null {
  const mod = event.ctrlKey || event.metaKey;
  if (event.key === 'F1' || (mod && !event.altKey && event.key === '/')) return 'shortcuts-panel';
  if (event.key === 'F7' && !mod && !event.altKey && !event.shiftKey) return 'style-check';
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
      case 'KeyV':
        return 'vote';
      case 'KeyM':
        return 'action';
      case 'KeyP':
        return 'insert-person';
      case 'KeyT':
        return 'insert-template';
      case 'Semicolon':
        return 'insert-time';
      case 'KeyS':
        return 'toggle-suggestions';
    }
  }
  return null;
}

/** What a key does to a suggestion shown greyed after the caret (PredictionPlugin). */
export type SuggestionKey = 'accept' | 'accept-word' | 'dismiss';

/** Which suggestion key a key press is, if any; where no suggestion is shown, each does what it always does. */
export function suggestionKeyFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): SuggestionKey | null {
  if (event.altKey || event.metaKey || event.shiftKey) return null;
  if (event.key === 'Tab' && !event.ctrlKey) return 'accept';
  if (event.key === 'ArrowRight' && event.ctrlKey) return 'accept-word';
  if (event.key === 'Escape' && !event.ctrlKey) return 'dismiss';
  return null;
}
