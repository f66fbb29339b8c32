import type { DraftFinding } from '../findings';
import { paragraphFinding, paragraphsOf, type StyleRuleCheck } from '../rule';
import { overlaps } from '../text';

/**
 * A blank left in a phrase: a template blank the officer never typed over ("summary", "person"), and the
 * placeholders officers type by hand: "{summary}", "[date]", "[insert name]", "<name>", "____", "XXX", "??".
 */
const PLACEHOLDER_WORD = String.raw`(?:insert\b[^\]>]*|(?:the\s+)?(?:name|date|time|person|number|amount|title|item|subject|summary|venue|role|details?|figure|month|year|day|organisation|officer|member|tbc|tba|tbd)(?:\s+of\s+[^\]>]{1,30})?)`;
const TYPED_BLANK = new RegExp(
  [
    String.raw`\{[^{}\n]{1,40}\}`,
    String.raw`\[\s*(?:${PLACEHOLDER_WORD}|x+|\.{2,}|…|_+|\?+)\s*\]`,
    String.raw`<\s*${PLACEHOLDER_WORD}\s*>`,
    String.raw`_{3,}`,
    String.raw`\.{5,}`,
    String.raw`(?<![\p{L}\p{N}])(?:X{3,}|x{2,})(?![\p{L}\p{N}])`,
    String.raw`\?{2,}`,
  ].join('|'),
  'giu',
);

export const blanks: StyleRuleCheck = ({ minutes }) => {
  const findings: DraftFinding[] = [];
  for (const [minute, paragraph] of paragraphsOf(minutes)) {
    const templateBlanks = paragraph.marked.filter((span) => span.kind === 'blank');
    templateBlanks.forEach((span, i) => {
      const placeholder = paragraph.blankPlaceholders[i] ?? paragraph.text.slice(span.start, span.end);
      findings.push(paragraphFinding('blank', minute, paragraph, span, `A blank is still to be filled: “${placeholder}”.`));
    });
    for (const match of paragraph.text.matchAll(TYPED_BLANK)) {
      const range = { start: match.index, end: match.index + match[0].length };
      if (overlaps(templateBlanks, range.start, range.end)) continue;
      findings.push(paragraphFinding('blank', minute, paragraph, range, `“${match[0]}” looks like a blank left to fill.`));
    }
  }
  return findings;
};
