import type { AgendaPart } from '../model/agenda';
import type { MinutesHeading } from '../model/minutes-heading';

/**
 * The typed minutes the Word export works from. It is derived from the saved
 * editor JSON every time (see from-editor-state.ts) and never stored.
 */

/** A stretch of text with one formatting. `text` may hold "\n" (a line break) and "\t" (a tab). */
export interface MinutesRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** An ordinary paragraph of the minutes. */
export interface MinutesParagraph {
  kind: 'paragraph';
  runs: MinutesRun[];
}

/** Numbered paragraphs (1., (a), (i)) or plain bullets. */
export type MinutesListType = 'number' | 'bullet';

/**
 * One item of a list, flattened out of Lexical's nesting. `level` is 0 for the
 * outermost list. `listId` says which list of the editor the item belongs to:
 * every list, nested ones included, numbers from its own start, so numbering
 * restarts in each list.
 */
export interface MinutesListItem {
  kind: 'listItem';
  listType: MinutesListType;
  level: number;
  listId: number;
  /** The number the list's first item carries: 1 unless the officer began it elsewhere ("94. "). Bullets ignore it. */
  start: number;
  runs: MinutesRun[];
}

/**
 * The heading of one minute, worked out from the agenda item it records:
 * "94." + "Community Safety Integration Project" + "(Item B1)", or "B1" + title.
 */
export interface MinutesItemHeading {
  kind: 'minuteHeading';
  /** "94." (numbered minutes) or "B1" (agenda-code headings). */
  label: string;
  title: string;
  /** "(Item B1)" under a numbered minute's title; null for agenda-code headings. */
  reference: string | null;
  part: AgendaPart;
  /** The first minute of its part: "UNRESTRICTED ITEMS" or "EXEMPT ITEMS" is printed above it. */
  startsPart: boolean;
  /** Label and title as one bold run, for plain-text readers of the document. */
  runs: MinutesRun[];
}

export type MinutesBlock = MinutesParagraph | MinutesListItem | MinutesItemHeading;

/** The heading of the minutes (who met, where, when): see shared/model/minutes-heading.ts. */
export type MinutesHeader = MinutesHeading;

export interface MinutesDocument {
  header: MinutesHeader;
  blocks: MinutesBlock[];
}

/** The text of a block with its formatting dropped, e.g. for checks and previews. */
export function blockText(block: MinutesBlock): string {
  return block.runs.map((run) => run.text).join('');
}
