import { createCommand, type LexicalCommand } from 'lexical';

/** Editor commands of minute-taking. Keys map to these (shortcuts.ts); toolbar buttons dispatch them too. */
export const GO_TO_MINUTE_COMMAND: LexicalCommand<'next' | 'previous'> = createCommand('GO_TO_MINUTE_COMMAND');
export const INSERT_NUMBERED_PARAGRAPH_COMMAND: LexicalCommand<void> = createCommand('INSERT_NUMBERED_PARAGRAPH_COMMAND');
export const INSERT_SUB_POINT_COMMAND: LexicalCommand<void> = createCommand('INSERT_SUB_POINT_COMMAND');
export const INSERT_RESOLUTION_COMMAND: LexicalCommand<void> = createCommand('INSERT_RESOLUTION_COMMAND');
export const INSERT_TIME_COMMAND: LexicalCommand<void> = createCommand('INSERT_TIME_COMMAND');
export const OPEN_PERSON_MENU_COMMAND: LexicalCommand<void> = createCommand('OPEN_PERSON_MENU_COMMAND');
export const OPEN_TEMPLATE_MENU_COMMAND: LexicalCommand<void> = createCommand('OPEN_TEMPLATE_MENU_COMMAND');
export const OPEN_STYLE_CHECK_COMMAND: LexicalCommand<void> = createCommand('OPEN_STYLE_CHECK_COMMAND');
export const OPEN_SHORTCUTS_PANEL_COMMAND: LexicalCommand<void> = createCommand('OPEN_SHORTCUTS_PANEL_COMMAND');
/**
 * Opens the vote dialog: for a new vote after the caret's block (null, or the kind of vote to start with, as the
 * standing phrases "/vote" and "/recorded" ask), or to edit the vote node with this key.
 */
export const OPEN_VOTE_DIALOG_COMMAND: LexicalCommand<string | null | { kind: 'show-of-hands' | 'recorded' }> = createCommand('OPEN_VOTE_DIALOG_COMMAND');
/**
 * Opens the action dialog: for the sentence at the caret (or the action it stands in) when null, or for a stretch
 * of a paragraph the house-style check offered (its node path and printed offsets, and the words it saw there).
 */
export const OPEN_ACTION_DIALOG_COMMAND: LexicalCommand<OfferedSentence | null> = createCommand('OPEN_ACTION_DIALOG_COMMAND');

/** A sentence the check offered for marking, where it saw it. */
export interface OfferedSentence {
  nodePath: readonly number[];
  start: number;
  end: number;
  text: string;
}
