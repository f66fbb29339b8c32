import type { CheckedMinute, CheckedParagraph } from '../checked-minutes';
import type { DraftFinding } from '../findings';
import { paragraphFinding, type StyleRuleCheck } from '../rule';
import { overlaps, quotationSpans } from '../text';

/**
 * Decisions: every minute records one ("RESOLVED that …"), and "RESOLVED" begins a paragraph of its own.
 *
 * Minutes of procedural items record none, and are not reported: apologies and substitutes, introductions and
 * welcomes, declarations of interest, announcements, matters arising, questions, any other business, and dates
 * of meetings. A minute whose only decision is typed inside a paragraph has a decision (it is reported for that).
 */

/** Agenda titles of items that are minuted without a decision. */
const PROCEDURAL_ITEM =
  /^\W*(?:introductions?|welcomes?)\b|\b(?:apologies|substitut\w*|declarations?|announcements?|matters arising|questions?|any other business|other business|urgent business|AOB|dates? of (?:the )?(?:next |future )?meetings?|next meeting|future meetings?)\b/i;

/** "RESOLVED" after the start of a paragraph; "Resolved" only where a sentence starts. */
const DECISION_WORD = /\bRESOLVED\b|(?<=[.!?;:]\s+)Resolved\b/g;

/** Where "RESOLVED" stands inside a paragraph rather than at its start (outside quotations). */
function decisionsInside(paragraph: CheckedParagraph): number[] {
  const quotes = quotationSpans(paragraph.text);
  const opening = paragraph.text.search(/\S/);
  return [...paragraph.text.matchAll(DECISION_WORD)].map((match) => match.index).filter((at) => at !== opening && !overlaps(quotes, at, at + 1));
}

function misplacedDecisions(minute: CheckedMinute): DraftFinding[] {
  return minute.paragraphs.flatMap((paragraph) =>
    decisionsInside(paragraph).map((at) => {
      const splitAt = paragraph.text.slice(0, at).trimEnd().length;
      return paragraphFinding(
        'resolution',
        minute,
        paragraph,
        { start: at, end: at + 'RESOLVED'.length },
        '“RESOLVED” in the middle of a paragraph: a decision begins a paragraph of its own.',
        { kind: 'new-paragraph', at: splitAt, dropUntil: at, label: 'Start a new paragraph at “RESOLVED”' },
      );
    }),
  );
}

export const resolutions: StyleRuleCheck = ({ minutes }) => {
  const findings: DraftFinding[] = [];
  for (const minute of minutes) {
    const misplaced = misplacedDecisions(minute);
    findings.push(...misplaced);
    // Text typed outside any minute has no item to decide on.
    if (minute.itemId === null) continue;
    const decided = misplaced.length > 0 || minute.paragraphs.some((paragraph) => paragraph.resolution);
    if (decided || PROCEDURAL_ITEM.test(minute.title)) continue;
    findings.push({
      rule: 'resolution',
      place: { kind: 'minute', minute: { itemId: minute.itemId, index: minute.index, heading: minute.heading } },
      text: minute.title,
      message:
        minute.paragraphs.length === 0
          ? 'This minute is empty: it records neither discussion nor a decision (“RESOLVED that …”).'
          : 'This minute records no decision: add the resolution (“RESOLVED that …”).',
      fix: null,
      keyParts: ['no-resolution', minute.itemId],
    });
  }
  return findings;
};
