import type { AgendaPart } from '../model/agenda';
import type { MinutesHeading } from '../model/minutes-heading';
import type { ActionMarking } from '../domain/actions';

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
  /** Inside a minute item (indented under the minute's heading in the numbered template). */
  inMinute: boolean;
  runs: MinutesRun[];
  /**
   * A decision ("RESOLVED that …"): a resolution node, or a paragraph the officer began with a bold "RESOLVED".
   * Printed unnumbered, the word in bold capitals.
   */
  resolution: boolean;
}

/** Numbered paragraphs (1., (a), (i)) or plain bullets. */
export type MinutesListType = 'number' | 'bullet';

/**
 * One item of a list, flattened out of Lexical's nesting. `level` is 0 for the
 * outermost list. `listId` says which list of the editor the item belongs to.
 * `counter` says which run of numbers it counts in: inside a minute every
 * numbered list of the minute counts on from the last ("minute-3"), so the
 * paragraphs of a minute are 1, 2, 3 | 4, 5 and the next minute starts at 1;
 * outside minutes, and for a list begun at another number, each list counts on
 * its own ("list-7"); the parts of a "RESOLVED that:" count on their own
 * ("resolution-2") and are lettered (a), (b).
 */
export interface MinutesListItem {
  kind: 'listItem';
  listType: MinutesListType;
  level: number;
  listId: number;
  counter: string;
  /** The parts of a multi-part resolution: the first level is (a), (b) … instead of 1., 2. */
  lettered: boolean;
  /** Inside a minute item (indented under the minute's heading in the numbered template). */
  inMinute: boolean;
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
  /** The agenda item the minute records (null when it is no longer on the agenda). */
  itemId: string | null;
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

/** A recorded vote's lines, printed as a table under its sentence: "For (8)" and the names as on the attendance lines. */
export interface MinutesVoteTable {
  kind: 'voteTable';
  inMinute: boolean;
  lines: { label: string; names: string[] }[];
  /** The lines as text ("For (2): Mr A Hill and Mr B Cooke"), one a line, for previews and checks. */
  runs: MinutesRun[];
}

export type MinutesBlock = MinutesParagraph | MinutesListItem | MinutesItemHeading | MinutesVoteTable;

/** The heading of the minutes (who met, where, when): see shared/model/minutes-heading.ts. */
export type MinutesHeader = MinutesHeading;

/** A sentence marked as an action (shared/domain/actions.ts), as the action log and the export read it. */
export interface MinutesAction extends ActionMarking {
  /** The agenda item of the minute it was marked in (null outside minutes). */
  itemId: string | null;
  /** The minute's label as printed: "94." (numbered minutes), "B1" (agenda codes), "" outside minutes. */
  minuteLabel: string;
  /** The sentence's words as printed. */
  text: string;
}

export interface MinutesDocument {
  header: MinutesHeader;
  blocks: MinutesBlock[];
  /** The actions marked in the minutes, in order. */
  actions: MinutesAction[];
}

/** The text of a block with its formatting dropped, e.g. for checks and previews. */
export function blockText(block: MinutesBlock): string {
  return block.runs.map((run) => run.text).join('');
}
