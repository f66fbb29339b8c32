import { movementSentence } from '../domain/movements';
import type { ClockTimeStyle } from '../format/british-date';
import type { MinutesBlock, MinutesParagraph } from '../minutes/minutes-document';
import type { Meeting } from '../model/meeting';
import type { Person } from '../model/person';
import type { MinutesExportOptions } from './export-options';

/**
 * What the public copy prints under the heading of an exempt (Part 2) minute instead of its text: the minute
 * itself is not published.
 */
export const EXEMPT_MINUTE_STATEMENT =
  'This item was considered in private: the press and public were excluded from the meeting for it because it involved the likely disclosure of exempt information. Its minute is not published.';

/** The minutes' blocks as one copy prints them, and the sentences that stand after the front matter. */
export interface ArrangedMinutes {
  blocks: MinutesBlock[];
  /** Arrivals and departures recorded outside any minute, in time order, printed after the attendance. */
  frontNotes: string[];
}

const printedParagraph = (text: string, inMinute: boolean): MinutesParagraph => ({
  kind: 'paragraph',
  inMinute,
  resolution: false,
  runs: [{ text, bold: false, italic: false, underline: false }],
});

/**
 * The walked minutes arranged for one copy of a meeting: each arrival or departure recorded at the meeting is
 * printed, in time order, as the last paragraph of the minute of the item then under discussion (after the front
 * matter when no item was, or when that item has no minute); in the public copy an exempt minute keeps only its
 * heading and EXEMPT_MINUTE_STATEMENT, so none of its text is in the file. Pure: the blocks given are not changed.
 */
export function arrangeMeetingBlocks(
  blocks: readonly MinutesBlock[],
  meeting: Pick<Meeting, 'movements'>,
  roster: readonly Person[],
  version: MinutesExportOptions['version'],
  timeStyle: ClockTimeStyle,
): ArrangedMinutes {
  const people = new Map(roster.map((person) => [person.id, person]));
  const minuted = new Set(blocks.flatMap((block) => (block.kind === 'minuteHeading' && block.itemId !== null ? [block.itemId] : [])));
  const notesByItem = new Map<string | null, string[]>();
  // A stable sort: movements at the same minute stay in the order they were recorded.
  const inTimeOrder = [...meeting.movements].sort((a, b) => a.time.localeCompare(b.time));
  for (const movement of inTimeOrder) {
    const where = movement.itemId !== null && minuted.has(movement.itemId) ? movement.itemId : null;
    const notes = notesByItem.get(where) ?? [];
    notes.push(movementSentence(movement, people.get(movement.personId), timeStyle));
    notesByItem.set(where, notes);
  }

  const arranged: MinutesBlock[] = [];
  let current: { itemId: string | null; exempt: boolean } | null = null;
  const closeMinute = () => {
    if (current?.itemId == null) return;
    for (const note of notesByItem.get(current.itemId) ?? []) arranged.push(printedParagraph(note, true));
    // A minute printed twice (the officer repeated an item) gets its movements once.
    notesByItem.delete(current.itemId);
  };
  for (const block of blocks) {
    if (block.kind === 'minuteHeading') {
      closeMinute();
      const exempt = version === 'public' && block.part === 'exempt';
      current = { itemId: block.itemId, exempt };
      arranged.push(block);
      if (exempt) arranged.push(printedParagraph(EXEMPT_MINUTE_STATEMENT, true));
      continue;
    }
    if (current?.exempt) continue;
    arranged.push(block);
  }
  closeMinute();
  return { blocks: arranged, frontNotes: notesByItem.get(null) ?? [] };
}
