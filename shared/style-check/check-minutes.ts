import type { MeetingExportInput } from '../export/export-options';
import { houseStyleOf, type HouseStyle } from '../house-style/house-style';
import { checkedMinutes, type CheckedMinute } from './checked-minutes';
import { withKeys, type ActionOffer, type DraftFinding, type StyleFinding, type StyleRule } from './findings';
import { actionOffers } from './action-offers';
import type { RuleContext, StyleRuleCheck } from './rule';
import { abbreviations, knownAbbreviationsFor } from './rules/abbreviations';
import { blanks } from './rules/blanks';
import { contractions } from './rules/contractions';
import { firstPerson } from './rules/first-person';
import { names } from './rules/names';
import { resolutions } from './rules/resolutions';
import { tense } from './rules/tense';
import { wordsOfParagraph } from './text';
import type { WordBook } from './word-book';

/**
 * The house-style check before circulating: reads a meeting's minutes and lists what breaks the conventions
 * (shared/style-check/rules). Pure and synchronous: the CLI runs it on a meeting file, the app on the minutes
 * being edited (off the typing path); the same input always gives the same findings, in the order of the minutes.
 */

/** Which house-style setting turns each rule off. */
export const STYLE_RULE_SETTINGS: Readonly<Record<StyleRule, keyof HouseStyle>> = {
  'first-person': 'checkFirstPerson',
  tense: 'checkTense',
  contraction: 'checkContractions',
  name: 'checkNames',
  abbreviation: 'checkAbbreviations',
  resolution: 'checkResolutions',
  blank: 'checkBlanks',
};

const RULES: Readonly<Record<StyleRule, StyleRuleCheck>> = {
  'first-person': firstPerson,
  tense,
  contraction: contractions,
  name: names,
  abbreviation: abbreviations,
  resolution: resolutions,
  blank: blanks,
};

export interface StyleCheckOptions {
  /** The language's words (see word-book.ts). */
  words: WordBook;
  /** Keys of the findings the officer dismissed for this meeting (StyleFinding.key). */
  dismissed?: ReadonlySet<string>;
}

export interface StyleCheckResult {
  /** What to show, in the order of the minutes (attendance first). */
  findings: StyleFinding[];
  /** Findings the officer dismissed for this meeting that are still there, so a screen can offer them back. */
  dismissed: StyleFinding[];
  /** The words checked (the minutes' paragraphs, headings not counted). */
  wordCount: number;
  /**
   * Sentences offered for marking as actions (not findings: the CLI and the count before circulating leave them
   * out), those dismissed for this meeting left out.
   */
  offers: ActionOffer[];
}

/** Document order: attendance, then minute by minute, paragraph by paragraph, by place in the paragraph. */
function orderOf(finding: DraftFinding): [number, number, number] {
  const place = finding.place;
  switch (place.kind) {
    case 'attendance':
      return [-1, 0, 0];
    case 'minute':
      return [place.minute.index, Number.MAX_SAFE_INTEGER, 0];
    case 'paragraph':
      return [place.minute?.index ?? -1, place.paragraphIndex, place.start];
  }
}

function byPlace(a: DraftFinding, b: DraftFinding): number {
  const [x, y] = [orderOf(a), orderOf(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The words of the minutes' paragraphs. */
export function minutesWordCount(minutes: readonly CheckedMinute[]): number {
  return minutes.reduce((sum, minute) => sum + minute.paragraphs.reduce((count, paragraph) => count + wordsOfParagraph(paragraph).length, 0), 0);
}

/**
 * Checks a meeting's minutes against its body's house style. Rules the body turned off are not run; findings
 * whose key is in `dismissed` are returned apart. Throws EditorStateError when the minutes are not an editor state.
 */
export function checkMinutes(input: MeetingExportInput, options: StyleCheckOptions): StyleCheckResult {
  const style = houseStyleOf(input.body.houseStyle);
  const minutes = checkedMinutes(input);
  const context: RuleContext = {
    minutes,
    input,
    words: options.words,
    knownAbbreviations: knownAbbreviationsFor(input.body, style.knownAbbreviations),
  };
  const drafts = (Object.keys(RULES) as StyleRule[]).filter((rule) => style[STYLE_RULE_SETTINGS[rule]] !== false).flatMap((rule) => RULES[rule](context));
  const findings = withKeys([...drafts].sort(byPlace));
  const dismissed = options.dismissed ?? new Set<string>();
  return {
    findings: findings.filter((finding) => !dismissed.has(finding.key)),
    dismissed: findings.filter((finding) => dismissed.has(finding.key)),
    wordCount: minutesWordCount(minutes),
    offers: actionOffers(minutes).filter((offer) => !dismissed.has(offer.key)),
  };
}
