import type { Body } from '../../model/body';
import type { CheckedMinute, CheckedParagraph } from '../checked-minutes';
import type { DraftFinding } from '../findings';
import { paragraphFinding, replaceWith, type StyleRuleCheck } from '../rule';
import { leftAlone, overlaps, wordsOf, type WordToken } from '../text';
import type { WordBook } from '../word-book';

/**
 * An abbreviation not spelt out at its first use in the minutes. House style writes it in full the first time,
 * with the abbreviation in brackets ("Kent Fire and Rescue Service (KFRS)"), and the abbreviation alone after
 * that. The first use is spelt out when:
 * - the abbreviation stands alone in brackets ("… Service (KFRS)", "(‘KSI’)"), or is followed by its words in
 *   brackets ("SECamb (South East Coast Ambulance Service)");
 * - or its words, whose initials spell it, come just before it in the same paragraph or the one before
 *   ("Child Sexual Exploitation … CSE").
 * A minute's heading (the agenda title) can spell one out but is never reported: the officer does not type it.
 *
 * Not abbreviations to spell out: the council's own initials (KCC), those every reader
 * knows (UK, NHS, GP …, and whatever the body lists in its house style), titles and honours (DS, OBE), Roman
 * numerals, ordinary words set in capitals (PREVENT, NOTES), anything with a digit (S136, B1) and the letters of
 * a reference number ("23/01456/FUL").
 */

/** Known to every reader of council minutes. */
const UBIQUITOUS = [
  'UK', 'GB', 'EU', 'US', 'USA', 'UN', 'NHS', 'GP', 'MP', 'MEP', 'BBC', 'ITV', 'CCTV', 'COVID', 'HIV', 'AIDS', 'DNA', 'ID', 'IT',
  'ICT', 'HR', 'PDF', 'TV', 'VAT', 'PLC', 'HM', 'HMRC', 'RSPCA', 'NSPCC', 'LGBT', 'LGBTQ', 'LGBTQI', 'CEO', 'OK', 'AM', 'PM', 'BA',
  'MA', 'BSc', 'MSc', 'MBA', 'PhD', 'AOB', 'AGM', 'GCSE', 'ASAP', 'NB', 'FAQ', 'URL', 'TBC', 'TBA', 'TBD',
];

/** Titles, ranks and honours written before or after a name. */
const TITLES_AND_HONOURS = [
  'DS', 'DI', 'DCI', 'DC', 'PC', 'ACC', 'DCC', 'CC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'BEM', 'QPM', 'KPM', 'QFSM', 'KC', 'QC', 'JP',
  'DL', 'CB', 'CVO', 'LVO', 'MVO', 'KCB', 'GCB', 'FRS',
];

/** Short words officers set in capitals for emphasis ("the motion was LOST", "NOTE:"), not abbreviations. */
const EMPHASIS = new Set(['NOT', 'AND', 'THE', 'FOR', 'ALL', 'ANY', 'NEW', 'NOW', 'LOST', 'NOTE', 'NONE', 'ITEM', 'PART', 'DATE', 'NEXT', 'TIME', 'ONLY', 'MUST', 'WILL', 'ALSO']);

const ROMAN = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/** Little words an abbreviation's initials skip: "Kent Fire and Rescue Service" is KFRS. */
const SKIPPED_IN_INITIALS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'with', 'a', 'an', 'at', 'by']);

/** "Kent County Council" → "KCC". */
function initialsOf(name: string): string {
  return wordsOf(name)
    .flatMap((token) => token.word.split('-'))
    .filter((word) => word !== '' && !SKIPPED_IN_INITIALS.has(word.toLowerCase()))
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

/**
 * The abbreviations this body's readers know: the ubiquitous ones, its council's initials, and its own list. The
 * body's own initials are not among them: minutes spell the body out too ("Kent Community Safety Partnership (KCSP)").
 */
export function knownAbbreviationsFor(body: Pick<Body, 'councilName'>, listed: string): Set<string> {
  const known = new Set([...UBIQUITOUS, ...TITLES_AND_HONOURS, initialsOf(body.councilName)]);
  for (const item of listed.split(/[\s,;]+/)) if (item !== '') known.add(item);
  return known;
}

/** One use of an abbreviation: where, and its base form ("DHRs" and "DHR’s" are uses of DHR). */
interface Use {
  base: string;
  start: number;
  end: number;
}

/**
 * The abbreviations in a paragraph's words: a part of a word (split at hyphens) with two or more capitals, at
 * least half of its letters capitals ("SECamb", "ToR"; not "McMahan", "PowerPoint"), and no digit.
 */
function usesIn(text: string, tokens: readonly WordToken[], words: WordBook, known: ReadonlySet<string>): Use[] {
  const uses: Use[] = [];
  const shouted = (token: WordToken | undefined) => token !== undefined && /^\p{Lu}{2,}$/u.test(token.word) && words.isWord(token.word);
  tokens.forEach((token, at) => {
    if (/\p{N}/u.test(token.word)) return;
    // Part of a reference joined by slashes to numbers: "23/01456/FUL", "KCC/2024/15".
    if (/\p{N}[^\s]*\/$/u.test(text.slice(Math.max(0, token.start - 12), token.start)) || /^\/[^\s]*\p{N}/u.test(text.slice(token.end, token.end + 12))) return;
    // A run of words in capitals with a real word among them is a heading or a name set in capitals.
    if (/^\p{Lu}+$/u.test(token.word) && (shouted(tokens[at - 1]) || shouted(tokens[at + 1]))) return;
    let offset = token.start;
    for (const part of token.word.split('-')) {
      const start = offset;
      offset += part.length + 1;
      const bare = part.replace(/['’]s?$/, '');
      if (!/^\p{Lu}[\p{L}]*$/u.test(bare)) continue;
      const capitals = bare.replace(/\P{Lu}/gu, '').length;
      if (capitals < 2 || capitals * 2 < bare.length) continue;
      const base = /^\p{Lu}{2,}s$/u.test(bare) ? bare.slice(0, -1) : bare;
      if (known.has(base) || known.has(bare) || ROMAN.test(base) || EMPHASIS.has(bare)) continue;
      // An ordinary word in capitals ("PREVENT", "NOTES"); short ones ("SEND", "ACE") are taken as abbreviations.
      if (/^\p{Lu}+$/u.test(base) && base.length >= 5 && words.isWord(base)) continue;
      uses.push({ base, start, end: start + bare.length });
    }
  });
  return uses;
}

/** The words just before `end` whose initials spell `letters` (skipping "and", "of" …), or null. */
function wordsSpelling(text: string, end: number, letters: string): { start: number; end: number } | null {
  if (!/^\p{Lu}+$/u.test(letters)) return null;
  const parts: { initial: string; start: number; end: number }[] = [];
  for (const token of wordsOf(text.slice(0, end))) {
    let offset = token.start;
    for (const part of token.word.split('-')) {
      if (part !== '' && !SKIPPED_IN_INITIALS.has(part.toLowerCase()) && /^\p{L}/u.test(part)) {
        parts.push({ initial: part[0]!.toUpperCase(), start: offset, end: offset + part.length });
      }
      offset += part.length + 1;
    }
  }
  for (let last = parts.length - 1; last >= letters.length - 1; last -= 1) {
    const first = last - letters.length + 1;
    if (parts.slice(first, last + 1).every((part, i) => part.initial === letters[i])) return { start: parts[first]!.start, end: parts[last]!.end };
  }
  return null;
}

/** Whether this use spells the abbreviation out, and the words in full when they come just before it. */
function spellingOut(text: string, use: Use, before: string): { defined: boolean; longForm: string | null } {
  const inBrackets = /\(\s*["'“‘]?$/.test(text.slice(0, use.start)) && /^(?:['’]?s)?["'”’]?\s*\)/.test(text.slice(use.end));
  if (inBrackets) {
    const open = text.lastIndexOf('(', use.start);
    const words = wordsSpelling(text, open, use.base);
    return { defined: true, longForm: words ? text.slice(words.start, words.end) : null };
  }
  const after = /^(?:['’]?s)?\s*\(([^)]*)\)/u.exec(text.slice(use.end));
  if (after && (after[1]!.match(/\p{L}+/gu)?.length ?? 0) >= 2) return { defined: true, longForm: null };
  // Words in full just before, without the brackets: in this paragraph, or the one before.
  const context = `${before}\n${text.slice(0, use.start)}`;
  return { defined: wordsSpelling(context, context.length, use.base) !== null, longForm: null };
}

interface FirstUse {
  minute: CheckedMinute;
  paragraph: CheckedParagraph;
  use: Use;
}

/** How an abbreviation was first spelt out: its words in full (when they came just before it) and its form there. */
interface SpeltOut {
  longForm: string | null;
  written: string;
}

export const abbreviations: StyleRuleCheck = ({ minutes, words, knownAbbreviations }) => {
  const spelt = new Map<string, SpeltOut>();
  const undefinedFirst = new Map<string, FirstUse>();
  const readText = (text: string, skip: ReturnType<typeof leftAlone>, before: string, onUse: (use: Use, defined: boolean) => void) => {
    for (const use of usesIn(text, wordsOf(text), words, knownAbbreviations)) {
      if (overlaps(skip, use.start, use.end)) continue;
      const { defined, longForm } = spellingOut(text, use, before);
      if (defined && (!spelt.has(use.base) || (spelt.get(use.base)!.longForm === null && longForm !== null))) {
        spelt.set(use.base, { longForm, written: text.slice(use.start, use.end) });
      }
      onUse(use, defined);
    }
  };
  for (const minute of minutes) {
    // The heading can spell an abbreviation out; a use there is not the officer's to correct.
    readText(minute.title, [], '', () => {});
    let before = '';
    for (const paragraph of minute.paragraphs) {
      readText(paragraph.text, leftAlone(paragraph), before, (use, defined) => {
        if (!defined && !spelt.has(use.base) && !undefinedFirst.has(use.base)) undefinedFirst.set(use.base, { minute, paragraph, use });
      });
      before = paragraph.text;
    }
  }
  const findings: DraftFinding[] = [];
  for (const [base, { minute, paragraph, use }] of undefinedFirst) {
    const written = paragraph.text.slice(use.start, use.end);
    const later = spelt.get(base);
    const example = later?.longForm ? `“${later.longForm} (${later.written})”` : `the words in full, then “(${written})”`;
    // The words in full fit here only when they are the same form (“Reviews (DHRs)” does not fit “DHR”).
    const fix = later?.longForm && later.written === written ? replaceWith(use, written, `${later.longForm} (${written})`) : null;
    findings.push(
      paragraphFinding(
        'abbreviation',
        minute,
        paragraph,
        use,
        `“${written}” is used here for the first time without being spelt out. Write ${example} at its first use.`,
        fix,
        // One finding per abbreviation in the minutes, wherever its first use moves to.
        [base],
      ),
    );
  }
  return findings;
};
