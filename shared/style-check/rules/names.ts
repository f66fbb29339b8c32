import { formalName } from '../../domain/person-names';
import type { Person } from '../../model/person';
import type { CheckedMinute, CheckedParagraph } from '../checked-minutes';
import { editDistance, looksLikeOneName } from '../edit-distance';
import type { DraftFinding } from '../findings';
import { paragraphFinding, paragraphsOf, replaceWith, type StyleRuleCheck } from '../rule';
import { isCapitalised, leftAlone, overlaps, wordsOfParagraph, type Range } from '../text';
import type { WordBook } from '../word-book';

/**
 * People's names: a name that is not on the roster, or one name spelt two ways in a meeting.
 *
 * A person named from the roster (a mention) is right by definition. Typed names are found two ways:
 * - after a title: "Mr Peerbux", "Ms S Annan-Veitch", "T/Supt Russell", "DS Burns", "Cllr Mrs J Smith", "Cllr John Smith";
 * - any capitalised word that is not an ordinary word and is one slip away from a roster surname ("Wickins"
 *   when the roster has "Wickens", "Thomspon" for "Thompson").
 * A typed name one slip from a roster surname is reported wherever it stands, with the roster's spelling as the
 * fix. A titled surname that is not on the roster and near none is reported once, where it first appears (it is
 * put right once, by adding the person to the roster), saying so when it is also spelt another way. In the attendance, two people with the same title and initials whose surnames are one slip
 * apart ("Ms L Conner", "Ms L Connor") are one person entered twice.
 */

const TITLE = String.raw`(?:\p{Lu}\/)?(?:(?:Ch|Chief|Det|Detective|Deputy|Assistant|Acting|Temporary|Police)\s+)?(?:Mrs|Mr|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Revd|Rev|Reverend|Supt|Superintendent|Insp|Inspector|DCI|DI|DS|DC|PC|Sgt|Sergeant|Constable)\.?`;
const INITIALS = String.raw`(?:\p{Lu}(?:\.\s*|\s+)){0,3}`;
const PARTICLES = String.raw`(?:(?:van|von|de|der|den|da|di|du|la|le|ten|ter)\s+){0,2}`;
const NAME_WORD = String.raw`\p{Lu}\p{Ll}[\p{L}]*(?:['’]\p{Lu}\p{L}+)?(?:-\p{Lu}\p{L}+)*|\p{Lu}['’]\p{Lu}\p{L}+`;
/** Title (or two: "Cllr Mrs"), initials, surname, and a second capitalised word in case the first was a forename. */
const TITLED_NAME = new RegExp(`(?<![\\p{L}\\p{N}])${TITLE}(?:\\s+${TITLE})?\\s+${INITIALS}(${PARTICLES}(?:${NAME_WORD}))(?:[ \\t]+(${NAME_WORD}))?`, 'dgu');

/** Words that follow a title but are an office, not a surname: "Mr Chairman", "Lord Mayor". */
const OFFICES = new Set([
  'chairman', 'chair', 'chairperson', 'vice-chairman', 'vice-chair', 'speaker', 'mayor', 'president', 'deputy', 'leader', 'clerk',
  'secretary', 'lieutenant', 'member', 'members', 'officer', 'officers', 'justice', 'commissioner', 'constable', 'inspector',
  'superintendent', 'sergeant', 'chief', 'registrar', 'manager', 'director', 'engineer', 'adviser', 'advisor', 'coordinator',
  'co-ordinator', 'lead', 'head',
  // A title is never a surname: "the Planning Inspector Mr Hughes".
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'cllr', 'councillor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd',
]);

const normal = (name: string) => name.replace(/’/g, "'").toLowerCase();

/** The roster's surnames (and the parts of double-barrelled ones), as written, by their lower-case form. */
function rosterSurnames(roster: readonly Person[]): Map<string, string> {
  const known = new Map<string, string>();
  for (const person of roster) {
    const surname = person.surname.replace(/\s+/g, ' ').trim();
    if (surname === '') continue;
    known.set(normal(surname), surname);
    for (const part of surname.split(/[-\s]/)) if (part.length > 1) known.set(normal(part), part);
  }
  return known;
}

/** The roster spellings one slip away from a name, closest first; empty when none is. */
function closeSpellings(name: string, known: ReadonlyMap<string, string>): string[] {
  const close = [...known.values()].filter((spelling) => looksLikeOneName(name, spelling));
  return close.sort((a, b) => editDistance(normal(name), normal(a)) - editDistance(normal(name), normal(b)));
}

/** A typed name: where it is, and whether it came after a title. */
interface TypedName extends Range {
  minute: CheckedMinute;
  paragraph: CheckedParagraph;
  name: string;
  titled: boolean;
}

/** The names typed in one paragraph after a title. */
function titledNames(paragraph: CheckedParagraph, known: ReadonlyMap<string, string>): { name: string; start: number; end: number }[] {
  const found: { name: string; start: number; end: number }[] = [];
  const { text } = paragraph;
  for (const match of text.matchAll(TITLED_NAME)) {
    const first = match[1]!;
    const [firstAt] = match.indices![1]!;
    const second = match[2];
    const end = match.index + match[0].length;
    // "Sir Robert Peel Community Hospital", "the Dame Kelly Holmes Centre": a place or body named after someone.
    if (/^[ \t]+\p{Lu}/u.test(text.slice(end)) && !/^[ \t]+(?:and|or)\b/.test(text.slice(end))) continue;
    if (OFFICES.has(first.toLowerCase())) continue;
    const takeSecond = second !== undefined && !known.has(normal(first)) && (known.has(normal(second)) || closeSpellings(second, known).length > 0 || closeSpellings(first, known).length === 0);
    if (takeSecond) {
      found.push({ name: second, start: end - second.length, end });
    } else {
      found.push({ name: first, start: firstAt, end: firstAt + first.length });
    }
  }
  return found;
}

/**
 * Capitalised words that are not ordinary words and are one slip away from a roster surname. Five letters at
 * least, and not followed by another capitalised word: short names are one slip from too many words, and
 * "Greene King" is a company, not Mr Green.
 */
function nearRosterWords(paragraph: CheckedParagraph, known: ReadonlyMap<string, string>, words: WordBook, taken: readonly Range[]): { name: string; start: number; end: number }[] {
  const found: { name: string; start: number; end: number }[] = [];
  const tokens = wordsOfParagraph(paragraph);
  for (const [at, token] of tokens.entries()) {
    const name = token.word.replace(/['’]s?$/, '');
    if (!isCapitalised(name) || name.length < 5 || /\p{N}/u.test(name) || overlaps(taken, token.start, token.end)) continue;
    const next = tokens[at + 1];
    if (next && isCapitalised(next.word) && /^[ \t]+$/.test(paragraph.text.slice(token.end, next.start))) continue;
    if (name.replace(/\P{Lu}/gu, '').length * 2 >= name.length) continue; // an abbreviation
    if (known.has(normal(name)) || words.isWord(name) || name.split('-').every((part) => words.isWord(part))) continue;
    if (closeSpellings(name, known).length > 0) found.push({ name, start: token.start, end: token.start + name.length });
  }
  return found;
}

export const names: StyleRuleCheck = ({ minutes, input, words }) => {
  const known = rosterSurnames(input.roster);
  const typed: TypedName[] = [];
  for (const [minute, paragraph] of paragraphsOf(minutes)) {
    const skip = leftAlone(paragraph);
    const titled = titledNames(paragraph, known).filter((name) => !overlaps(skip, name.start, name.end));
    for (const name of titled) typed.push({ ...name, minute, paragraph, titled: true });
    for (const name of nearRosterWords(paragraph, known, words, [...skip, ...titled])) typed.push({ ...name, minute, paragraph, titled: false });
  }

  const unknown = typed.filter((name) => !known.has(normal(name.name)) && closeSpellings(name.name, known).length === 0);
  const findings: DraftFinding[] = [];
  const reported = new Set<string>();
  for (const name of typed) {
    if (known.has(normal(name.name))) continue;
    const close = closeSpellings(name.name, known);
    if (close.length > 0) {
      const spelling = close[0]!;
      const options = close.length === 1 ? `“${spelling}”` : close.map((c) => `“${c}”`).join(' or ');
      findings.push(
        paragraphFinding(
          'name',
          name.minute,
          name.paragraph,
          name,
          `“${name.name}” is not how the roster spells this name: it has ${options}. Use one spelling (correct the roster if it is the roster that is wrong).`,
          close.length === 1 ? replaceWith(name, name.name, spelling) : null,
        ),
      );
      continue;
    }
    // A name not on the roster is reported once, where it first appears: it is put right once, on the roster.
    if (reported.has(normal(name.name))) continue;
    reported.add(normal(name.name));
    const others = [...new Set(unknown.filter((other) => looksLikeOneName(other.name, name.name)).map((other) => other.name))];
    const alsoSpelt = others.length > 0 ? ` It is also spelt ${others.map((o) => `“${o}”`).join(' and ')} in these minutes.` : '';
    // Keyed by the name alone: the finding stays the same one wherever the name's first appearance moves.
    const key = ['unknown', normal(name.name)];
    if (input.roster.length > 0) {
      const message = `“${name.name}” is not on the roster. Add the person to the roster (visitors too) so the attendance lists them, or check the spelling.${alsoSpelt}`;
      findings.push(paragraphFinding('name', name.minute, name.paragraph, name, message, null, key));
    } else if (alsoSpelt !== '') {
      findings.push(paragraphFinding('name', name.minute, name.paragraph, name, `“${name.name}”: one name spelt two ways?${alsoSpelt} Use one spelling.`, null, key));
    }
  }
  return [...attendanceTwins(input.roster, input.meeting.attendance), ...findings];
};

/** People in the attendance entered twice with two spellings: same title and initials, surnames one slip apart. */
function attendanceTwins(roster: readonly Person[], attendance: Readonly<Record<string, unknown>>): DraftFinding[] {
  const attending = roster.filter((person) => Object.hasOwn(attendance, person.id));
  const findings: DraftFinding[] = [];
  const initials = (person: Person) => person.initials.replace(/[.\s]/g, '').toUpperCase();
  attending.forEach((a, i) => {
    for (const b of attending.slice(i + 1)) {
      if (a.title.toLowerCase() !== b.title.toLowerCase() || initials(a) !== initials(b) || !looksLikeOneName(a.surname, b.surname)) continue;
      findings.push({
        rule: 'name',
        place: { kind: 'attendance', personIds: [a.id, b.id] },
        text: `${formalName(a)} / ${formalName(b)}`,
        message: `The attendance lists both “${formalName(a)}” and “${formalName(b)}”: one person entered twice with two spellings? Keep one, spelt as the person spells it.`,
        fix: null,
        keyParts: ['attendance', a.id, b.id],
      });
    }
  });
  return findings;
}
