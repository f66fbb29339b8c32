import { actionShapeOf, sentencesOf } from '../domain/actions';
import type { CheckedMinute } from './checked-minutes';
import { keyed, type ActionOffer } from './findings';
import { contextWords } from './text';

/**
 * The sentences of the minutes offered for marking as actions: each sentence in one of the usual shapes
 * (actionShapeOf) that is not already marked, and not a decision (a RESOLVED paragraph records what was decided;
 * its own actions are marked in the sentences that promise them). Pure: run with the house-style check, on demand.
 */
export function actionOffers(minutes: readonly CheckedMinute[]): ActionOffer[] {
  const drafts: (Omit<ActionOffer, 'key'> & { keyParts: readonly string[] })[] = [];
  for (const minute of minutes) {
    for (const paragraph of minute.paragraphs) {
      if (paragraph.resolution || paragraph.resolutionPart) continue;
      const marked = paragraph.marked.filter((span) => span.kind === 'action');
      for (const sentence of sentencesOf(paragraph.text)) {
        if (marked.some((span) => span.start < sentence.end && span.end > sentence.start)) continue;
        const text = paragraph.text.slice(sentence.start, sentence.end);
        const shape = actionShapeOf(text);
        if (shape === null) continue;
        drafts.push({
          place: {
            kind: 'paragraph',
            minute: { itemId: minute.itemId, index: minute.index, heading: minute.heading },
            paragraphIndex: paragraph.index,
            nodePath: paragraph.nodePath,
            start: sentence.start,
            end: sentence.end,
          },
          text,
          shape,
          // The sentence's own words name it, so an edit elsewhere keeps a dismissal and an edit to it offers it again.
          keyParts: [minute.itemId ?? '', text.toLowerCase(), contextWords(paragraph.text, sentence.start, sentence.end)],
        });
      }
    }
  }
  return keyed(drafts, () => 'action');
}
