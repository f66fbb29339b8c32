import type { CheckedParagraph } from '../checked-minutes';
import type { DraftFinding } from '../findings';
import { paragraphFinding, paragraphsOf, replaceWith, type StyleRuleCheck } from '../rule';
import { isInNameOrTitle, leftAlone, matchCase, overlaps, wordsOfParagraph, type WordToken } from '../text';

/**
 * Present and future tense in reported speech. Minutes report what was said in the past tense ("Mr Adams said
 * that the team would be in place by May"), so a finite present or future auxiliary in the officer's narrative is
 * a slip: "will" → "would", "is" → "was", "are" → "were", "has"/"have" → "had", "shall" → "should", "does"/"do"
 * → "did", "can" → "could". The backshift is the fix.
 *
 * Left alone, because the present is right there:
 * - decisions and their parts ("RESOLVED that the notes … are a correct record", "… be noted");
 * - what a proposal, request or recommendation said should happen ("requested that an update is provided");
 * - purpose clauses ("to ensure that mistakes are not repeated", "so that", "in order that");
 * - quotations, titles and people's names; "have" after a modal or "to" ("would have", "to have access");
 *   "will" as a noun ("the will of Members");
 * - the minutes pointing to a document or speaking of themselves: "the report can be found on the council's
 *   website", "the slides are appended to these minutes".
 * Ordinary verbs ("reflects", "continues") are not checked: without a parser they cannot be told from nouns.
 */

const BACKSHIFT: Readonly<Record<string, string>> = {
  is: 'was',
  are: 'were',
  am: 'was',
  has: 'had',
  have: 'had',
  will: 'would',
  shall: 'should',
  does: 'did',
  do: 'did',
  can: 'could',
  cannot: 'could not',
};

/** "can be found on the website", "can be viewed below": the minutes pointing the reader to a document, not reported speech. */
const POINTER = /^\s+be\s+(?:found|viewed|seen|accessed|read|downloaded|obtained)\b/i;

/** Words after which "have" and "do" are not finite: "would have", "to have", "would not have". */
const NOT_FINITE_AFTER = new Set(['would', 'could', 'should', 'might', 'may', 'must', 'can', 'will', 'shall', 'to', 'not', 'having']);

/** Adverbs that can stand between a modal and its verb: "will also have", "would still have", "to further have". */
const BETWEEN_MODAL_AND_VERB = new Set(['also', 'still', 'then', 'now', 'already', 'just', 'only', 'never', 'always', 'probably', 'possibly', 'further', 'therefore', 'not', 'both', 'all', 'each']);

/** The word before `at`, past any adverbs between a modal and its verb. */
function governingWord(tokens: readonly WordToken[], at: number): string {
  let i = at - 1;
  while (i > 0 && BETWEEN_MODAL_AND_VERB.has(tokens[i]!.word.toLowerCase())) i -= 1;
  return tokens[i]?.word.toLowerCase() ?? '';
}

/** Words before "will" that make it a noun: "the will", "political will", "their own will", "at will". */
const WILL_AS_NOUN_AFTER = new Set(['the', 'a', 'an', 'good', 'ill', 'political', 'free', 'own', 'his', 'her', 'their', 'its', 'our', 'your', 'of', 'with', 'against', 'at']);

/** Words before "can" that make it a noun: "a can of paint", "drinks cans". */
const CAN_AS_NOUN_AFTER = new Set(['a', 'the', 'each', 'every', 'per', 'tin', 'drinks', 'watering']);

/**
 * "have" or "do" after "and"/"or" that shares a modal or "to" with the verb before it: "asked to review the
 * policy and have regard to …", "would consult and do so …". Looks back through the clause for the modal.
 */
function sharesModal(tokens: readonly WordToken[], at: number, text: string): boolean {
  for (let i = at - 2; i >= 0 && i >= at - 8; i -= 1) {
    if (/[,;.:!?]/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return false;
    const word = tokens[i]!.word.toLowerCase();
    if (word in BACKSHIFT && word !== 'will' && word !== 'can') return false; // a finite verb of its own in between
    if (NOT_FINITE_AFTER.has(word) && word !== 'not' && word !== 'having') return true;
  }
  return false;
}

/**
 * Openings of a clause whose verb is not reported speech: a purpose ("to ensure that …") or what someone asked
 * to happen ("requested that …"). Each applies up to the end of its clause (a comma or a full stop).
 */
const NOT_REPORTED_CLAUSE = new RegExp(
  [
    String.raw`\b(?:ensure|ensures|ensured|ensuring|make sure|makes sure|made sure|making sure)\b`,
    String.raw`\bso that\b`,
    String.raw`\bin order that\b`,
    String.raw`\b(?:recommend|recommends|recommended|recommending|request|requests|requested|requesting|suggest|suggests|suggested|suggesting|propose|proposes|proposed|proposing|move|moved|second|seconded|insist|insisted|urge|urged|require|required|ask|asked|asking) that\b`,
    String.raw`\b(?:motion|amendment|recommendation|proposal) (?:was |being )?(?:that|to)\b`,
  ].join('|'),
  'gi',
);

/**
 * The minutes speaking of themselves or pointing the reader to a document, in their own present: "The slides are
 * appended to these minutes", "The report is available on the council's website", "… using the link below".
 */
const POINTER_SENTENCE =
  /\b(?:appended|attached) to (?:these|the)(?: signed)? minutes\b|\bthese minutes\b|\b(?:available|published|found|viewed|seen|accessed|downloaded) (?:on|at|from|via|in|through) (?:the |our )?(?:[\p{L}.’'-]+ )*?(?:website|web page|webpage|intranet|link)\b|\blink below\b/iu;

/** Where clauses start whose present tense is not a slip, and where each ends. */
function exemptClauses(text: string): { start: number; end: number }[] {
  const clauses: { start: number; end: number }[] = [];
  for (const sentence of text.matchAll(/[^.!?]+[.!?]*/g)) {
    if (POINTER_SENTENCE.test(sentence[0])) clauses.push({ start: sentence.index, end: sentence.index + sentence[0].length });
  }
  for (const match of text.matchAll(NOT_REPORTED_CLAUSE)) {
    const after = match.index + match[0].length;
    const stop = text.slice(after).search(/[,.;:!?]/);
    clauses.push({ start: match.index, end: stop === -1 ? text.length : after + stop });
  }
  return clauses;
}

/** The tense finding for the auxiliary at `at`, or null when it is not a present or future finite verb. */
function presentAuxiliary(paragraph: CheckedParagraph, tokens: readonly WordToken[], at: number): { range: { start: number; end: number }; words: string; fix: string } | null {
  const token = tokens[at]!;
  const lower = token.word.toLowerCase();
  const past = BACKSHIFT[lower];
  if (past === undefined || isInNameOrTitle(paragraph.text, token)) return null;
  if (token.word.length > 1 && token.word === token.word.toUpperCase()) return null; // "IS", "AM": not the verb
  const before = tokens[at - 1]?.word.toLowerCase() ?? '';
  const next = tokens[at + 1]?.word.toLowerCase() ?? '';
  const governing = governingWord(tokens, at);
  if ((lower === 'have' || lower === 'do') && (NOT_FINITE_AFTER.has(governing) || /n['’]t$/.test(governing))) return null;
  if ((lower === 'have' || lower === 'do') && (before === 'and' || before === 'or') && sharesModal(tokens, at, paragraph.text)) return null;
  // "10.00 am": the time of day.
  if (lower === 'am' && (/\d/.test(before) || /^\./.test(paragraph.text.slice(token.end)))) return null;
  if (lower === 'can' && (CAN_AS_NOUN_AFTER.has(before) || next === 'of')) return null;
  if (lower === 'do' && next !== 'not') return null; // "to do", "what they do": only "do not" is sure to be the auxiliary
  if (lower === 'will' && (WILL_AS_NOUN_AFTER.has(before) || next === 'of')) return null;
  if ((lower === 'can' || lower === 'cannot') && (POINTER.test(paragraph.text.slice(token.end)) || before === 'as')) return null;
  // "that is, …" and "that is to say": a gloss, not a statement.
  if (lower === 'is' && before === 'that' && (/^\s*,/.test(paragraph.text.slice(token.end)) || next === 'to')) return null;
  // "is going to": one future, reported as "was going to".
  if ((lower === 'is' || lower === 'are' || lower === 'am') && next === 'going' && tokens[at + 2]?.word.toLowerCase() === 'to') {
    const end = tokens[at + 2]!.end;
    return { range: { start: token.start, end }, words: paragraph.text.slice(token.start, end), fix: `${matchCase(token.word, past)} going to` };
  }
  return { range: token, words: token.word, fix: matchCase(token.word, past) };
}

export const tense: StyleRuleCheck = ({ minutes }) => {
  const findings: DraftFinding[] = [];
  for (const [minute, paragraph] of paragraphsOf(minutes)) {
    if (paragraph.resolution || paragraph.resolutionPart) continue;
    const skip = [...leftAlone(paragraph), ...exemptClauses(paragraph.text)];
    const tokens = wordsOfParagraph(paragraph);
    for (let at = 0; at < tokens.length; at += 1) {
      const found = presentAuxiliary(paragraph, tokens, at);
      if (found === null || overlaps(skip, found.range.start, found.range.end)) continue;
      findings.push(
        paragraphFinding(
          'tense',
          minute,
          paragraph,
          found.range,
          `Present or future tense (“${found.words}”) in reported speech: minutes are written in the past tense (“${found.fix}”).`,
          replaceWith(found.range, found.words, found.fix),
        ),
      );
    }
  }
  return findings;
};
