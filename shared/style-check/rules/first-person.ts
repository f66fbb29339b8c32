import { checkableWords, paragraphFinding, type StyleRuleCheck } from '../rule';
import { isInNameOrTitle, type WordToken } from '../text';

/** The first person, in the forms minutes could slip into. */
const FIRST_PERSON = new Set(['i', 'we', 'us', 'our', 'ours', 'me', 'my', 'myself', 'ourselves']);

/** Words after which "I" is a Roman numeral: "Part I", "Schedule I", "Grade I listed", "Phase I". */
const NUMBERED = new Set([
  'part', 'parts', 'phase', 'schedule', 'stage', 'tier', 'type', 'class', 'category', 'section', 'appendix', 'annex', 'annexe',
  'volume', 'chapter', 'grade', 'level', 'band', 'article', 'book', 'war', 'option', 'table', 'figure', 'step', 'round', 'division',
  'item', 'items', 'paragraph', 'category',
]);

/** Titles after which "I" is an initial: "Cllr I Brown", "Mr I M Patel". */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'cllr', 'councillor', 'prof', 'professor', 'sir', 'dame', 'rev', 'revd', 'supt', 'insp', 'sgt', 'ds', 'di', 'dc', 'dci', 'pc']);

/** "I" as a numeral, a label or an initial rather than the pronoun. */
function isNumeralI(tokens: readonly WordToken[], at: number, text: string): boolean {
  const before = tokens[at - 1]?.word ?? '';
  if (NUMBERED.has(before.toLowerCase()) || TITLES.has(before.toLowerCase())) return true;
  // An initial among initials ("P I Smith") or before a surname with a full stop ("I. Smith").
  if (/^\p{Lu}$/u.test(before) && /^\s+\p{Lu}/u.test(text.slice(tokens[at]!.end))) return true;
  if (/^\.\s*\p{Lu}\p{Ll}/u.test(text.slice(tokens[at]!.end)) && at > 0) return true;
  // "(I)" or "I." / "I)" opening a paragraph: a list label.
  const token = tokens[at]!;
  if (text[token.start - 1] === '(' && text[token.end] === ')') return true;
  return token.start === text.search(/\S/) && /^[.)]/.test(text.slice(token.end));
}

/** First person ("I", "we", "our" …) outside quotations: minutes are written in the third person. */
export const firstPerson: StyleRuleCheck = ({ minutes }) => {
  const findings = [];
  for (const { minute, paragraph, tokens, at, token } of checkableWords(minutes)) {
    // "we’ll", "I’m": the pronoun before the apostrophe (the contraction rule reports the rest).
    const pronoun = token.word.split(/['’]/)[0]!;
    const lower = pronoun.toLowerCase();
    if (!FIRST_PERSON.has(lower)) continue;
    if (lower === 'i') {
      if (pronoun !== 'I' || isNumeralI(tokens, at, paragraph.text)) continue;
    } else if (pronoun.length > 1 && pronoun === pronoun.toUpperCase()) {
      continue; // "US", "ME": an abbreviation, not the pronoun
    } else if (isInNameOrTitle(paragraph.text, token)) {
      continue; // "the Our Kent strategy": a title
    }
    const range = { start: token.start, end: token.start + pronoun.length };
    const message = `First person (“${pronoun}”): minutes are written in the third person. Name who spoke or acted (“the Committee”, “Members”, “Mr Smith”).`;
    findings.push(paragraphFinding('first-person', minute, paragraph, range, message));
  }
  return findings;
};
