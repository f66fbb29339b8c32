import type { ChairWord } from '../model/body';
import type { Office } from '../model/person';
import { plain, splitOutsideBrackets } from './plain-text';

/**
 * People as minutes list them on the attendance lines and in the apologies:
 * "Mr P M Hill, OBE (Chairman)", "Ms A Gilmour (Kent & Medway Domestic Violence
 * Co-ordinator)", "Supt L Russell", "Councillors Smith, Jones and Brown",
 * "Matthew Burbeck". Read generally, not for one council: titles (with ranks and
 * acting prefixes such as "T/Supt"), initials or forenames, surnames with
 * particles and hyphens, honours after a comma or not, and the office or role in
 * brackets.
 */

export interface PrintedName {
  /** The words as printed, for messages. */
  printed: string;
  /** "Mr", "Cllr", "Ch Supt"; "" when none is printed ("Matthew Burbeck"). */
  title: string;
  /**
   * "Matthew" in "Matthew Burbeck", "John" in "Mr John Smith"; "" when only initials are printed. Where a full
   * name and initials are mixed ("Mr John P Smith") it holds them all as printed ("John P"), since the roster
   * prints a forename in place of the initials.
   */
  forename: string;
  /** "P M"; "" when none. */
  initials: string;
  surname: string;
  /** "OBE"; "" when none. */
  honours: string;
  office: Office | null;
  /** How the office was written, when it was: "(Chairman)" or "(Chair)". */
  chairWord: ChairWord | null;
  /** "Head of Community Safety" from "(Head of Community Safety, KCC)"; "" when none. */
  role: string;
  /** "KCC" from the same bracket: what follows its last comma. */
  organisation: string;
}

/** Words that make up a title, alone or together ("Chief Superintendent", "Cllr Dr"), compared without full stops. */
const TITLE_WORDS = new Set(
  [
    'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'cllr', 'councillor', 'cllrs', 'rev', 'revd', 'reverend',
    'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'canon', 'father', 'hon', 'rt', 'alderman', 'ald', 'mayor',
    'supt', 'superintendent', 'csupt', 'insp', 'inspector', 'ci', 'sgt', 'sergeant', 'pc', 'pcso', 'dc', 'ds', 'di',
    'dci', 'dsupt', 'dcs', 'acc', 'dcc', 'cc', 'chief', 'ch', 'det', 'detective', 'constable', 'assistant', 'deputy',
    'acting', 'cmdr', 'commander', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'lt', 'brig',
  ],
);

/** Titles that start a new person: where one follows a surname with no comma, two names ran together. */
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'cllr', 'councillor', 'rev', 'revd', 'sir', 'dame', 'supt', 'insp', 'sgt', 'pc', 'dc', 'ds', 'di', 'dci']);

/** Honours and post-nominal letters printed after a name. */
const HONOURS = new Set(
  [
    'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GBE', 'BEM', 'QPM', 'KPM', 'QFSM', 'KFSM', 'JP', 'DL', 'MP', 'MEP', 'MSP', 'AM',
    'KC', 'QC', 'CB', 'CMG', 'CVO', 'LVO', 'MVO', 'RVM', 'TD', 'FRS', 'FRICS', 'FCA', 'ACA', 'CPFA', 'FCIPD', 'PhD',
    'DPhil', 'MA', 'BA', 'BSc', 'MSc', 'LLB', 'MBA', 'FRSA', 'RIBA', 'MRTPI', 'CEng', 'OStJ', 'KStJ', 'DStJ', 'RN',
  ],
);

/** Words that belong to a surname before it: "de Souza", "van der Merwe", "St John". */
const SURNAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'st', 'st.', 'mac', 'ap', 'al', 'el', 'bin', 'ibn']);

/** Title words that only qualify another ("Chief Superintendent", "Acting Inspector"): alone they are no title ("Chief Executive"). */
const QUALIFIERS = new Set(['chief', 'ch', 'deputy', 'assistant', 'acting', 'det', 'detective', 'rt', 'hon']);

/** Words of a post, not a name: "Monitoring Officer", "Head of Finance" listed where names are. */
const POST_WORDS = /\b(officer|manager|director|executive|head|clerk|solicitor|accountant|advis[eo]r|engineer|planner|lead|co-?ordinator|secretary|treasurer|representative|chair(man|woman|person)?|leader|member|services|team)\b/i;

const titleKey = (token: string) => token.replace(/^[A-Z]\//, '').replace(/\.$/, '').toLowerCase();
const isTitleWord = (token: string) => TITLE_WORDS.has(titleKey(token));
const isHonours = (token: string) => HONOURS.has(token.replace(/[.,]/g, ''));
const isInitials = (token: string) => /^(\p{Lu}\.?){1,3}$/u.test(token);
const isNameWord = (token: string) => /^[\p{Lu}\p{Lt}][\p{L}'’.-]*$/u.test(token) || /^(O'|O’|Mc|Mac)\p{L}+$/u.test(token);

/** "(Chairman)" → chair, "(Vice-Chair)" → vice-chair; anything else is not an office. */
function officeIn(bracket: string): { office: Office; chairWord: ChairWord } | null {
  const match = /^(vice[\s-]*)?chair(man|woman|person)?(\s+in\s+the\s+chair)?$/i.exec(plain(bracket));
  if (!match) return null;
  return { office: match[1] ? 'vice-chair' : 'chair', chairWord: match[2]?.toLowerCase() === 'man' ? 'Chairman' : 'Chair' };
}

/**
 * One person as printed, or null when the words are not a name (lower-case words, figures, more words than a name
 * has). `defaultTitle` is the title a plural before the list gives ("Councillors Smith, Jones and Brown").
 */
export function parsePrintedName(printed: string, defaultTitle = ''): PrintedName | null {
  let rest = plain(printed).replace(/[\s.,;:]+$/, '');
  const brackets: string[] = [];
  // "Mr J Smith – Chief Executive": a post after a dash reads as one in brackets.
  const dash = /\s+[-–—]\s+([^()]+)$/.exec(rest);
  if (dash) {
    brackets.push(dash[1]!.trim());
    rest = rest.slice(0, dash.index);
  }
  for (let match = /\s*\(([^()]*)\)\s*$/.exec(rest); match; match = /\s*\(([^()]*)\)\s*$/.exec(rest)) {
    brackets.unshift(match[1]!.trim());
    rest = rest.slice(0, match.index);
  }
  const [namePart = '', ...afterCommas] = splitOutsideBrackets(rest, /,/);
  const tokens = namePart.split(' ').filter((token) => token !== '');
  const honours: string[] = [];
  for (const extra of afterCommas) {
    const words = extra.split(' ');
    if (!words.every(isHonours)) return null;
    honours.push(extra);
  }
  while (tokens.length > 1 && isHonours(tokens.at(-1)!)) honours.unshift(tokens.pop()!);

  const titleTokens: string[] = [];
  while (tokens.length > 1 && isTitleWord(tokens[0]!)) titleTokens.push(tokens.shift()!);
  if (tokens.length === 0 || tokens.length > 6) return null;
  if (titleTokens.length > 0 && titleTokens.every((token) => QUALIFIERS.has(titleKey(token)))) return null;
  // With no title, words of a post are not a name ("Monitoring Officer").
  if (titleTokens.length === 0 && defaultTitle === '' && POST_WORDS.test(tokens.join(' '))) return null;

  let surnameStart = tokens.length - 1;
  while (surnameStart > 0 && SURNAME_PARTICLES.has(tokens[surnameStart - 1]!.toLowerCase())) surnameStart -= 1;
  const surname = tokens.slice(surnameStart).join(' ');
  const middle = tokens.slice(0, surnameStart);
  if (!isNameWord(tokens.at(-1)!) || middle.some((token) => !isNameWord(token))) return null;
  const initials = middle.filter(isInitials).map((token) => token.replace(/\./g, ' ').trim()).join(' ').replace(/\s+/g, ' ');
  const forename = middle.every(isInitials) ? '' : middle.join(' ');

  let office: PrintedName['office'] = null;
  let chairWord: ChairWord | null = null;
  const about: string[] = [];
  for (const bracket of brackets) {
    const found = officeIn(bracket);
    if (found && office === null) ({ office, chairWord } = found);
    else if (bracket !== '') about.push(bracket);
  }
  const aboutParts = splitOutsideBrackets(about.join(', '), /,/);
  const organisation = aboutParts.length > 1 ? aboutParts.at(-1)! : '';
  const role = (aboutParts.length > 1 ? aboutParts.slice(0, -1) : aboutParts).join(', ');
  return {
    printed: plain(printed),
    title: titleTokens.length > 0 ? titleTokens.join(' ') : defaultTitle,
    forename,
    initials,
    surname,
    honours: honours.join(', '),
    office,
    chairWord,
    role,
    organisation,
  };
}

/**
 * The titles the text of the minutes prints before each of `surnames` ("DCI Loose said …" → Loose: ["DCI"]), as
 * printed, in the order met. Only capitalised title words count ("Chief Superintendent", "Cllr Dr"), never a
 * qualifier alone ("Deputy Smith"), so a place ("Castle Hill") or a sentence's words give none.
 */
export function titlesInText(text: string, surnames: Iterable<string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const surname of new Set(surnames)) {
    const titles: string[] = [];
    const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const before = text.slice(Math.max(0, match.index - 60), match.index);
      if (!before.endsWith(' ')) continue;
      const tokens = before.slice(0, -1).split(/\s/);
      const title: string[] = [];
      while (title.length < 3 && tokens.length > 0 && /^\p{Lu}/u.test(tokens.at(-1)!) && isTitleWord(tokens.at(-1)!)) title.unshift(tokens.pop()!);
      if (title.length > 0 && !title.every((token) => QUALIFIERS.has(titleKey(token)))) titles.push(title.join(' '));
    }
    found.set(surname, titles);
  }
  return found;
}

/** "None", "Nil", "N/A": a line with nobody on it. */
const NOBODY = /^(none|nil|n\/a|no one|nobody)$/i;

/** A list of people as read: the names, and the pieces that were not names (kept by the caller as text). */
export interface NameList {
  people: PrintedName[];
  unread: string[];
  /** Places where two names ran together without a comma and were read as two people. */
  split: string[];
}

/**
 * "Mr P M Hill, OBE (Chairman), Mr Rivers (Vice-Chairman), … Mr M Adams and Ms C Allen": the people of an attendance
 * line or apologies sentence. Names are separated by commas, semicolons, line breaks and a final "and"; a comma
 * before honours ("Hill, OBE") does not separate; a plural title before the list ("Councillors", "Cllrs") is the
 * title of every name without one.
 */
export function parseNameList(text: string): NameList {
  let body = plain(text.replace(/\n/g, ', ')).replace(/^[:\-–—\s]+/, '').replace(/[\s.,;:]+$/, '');
  let defaultTitle = '';
  const plural = /^(councillors|cllrs\.?)\s+/i.exec(body);
  if (plural) {
    defaultTitle = 'Cllr';
    body = body.slice(plural[0].length);
  }
  const pieces: string[] = [];
  for (const piece of splitOutsideBrackets(body, /\s*[,;]\s*|\s+(?:and|&)\s+/i)) {
    const words = piece.replace(/\s*\([^()]*\)\s*$/, '').split(' ');
    // "OBE" or "OBE (Chairman)" after a comma belongs to the name before it.
    if (pieces.length > 0 && words.every(isHonours)) pieces[pieces.length - 1] += `, ${piece}`;
    else pieces.push(piece);
  }
  const list: NameList = { people: [], unread: [], split: [] };
  if (pieces.length === 1 && NOBODY.test(pieces[0]!)) return list;
  for (const piece of pieces) {
    const names = splitRunTogether(piece);
    if (names.length > 1) list.split.push(piece);
    for (const name of names) {
      const person = parsePrintedName(name, defaultTitle);
      if (person) list.people.push(person);
      else list.unread.push(name);
    }
  }
  return list;
}

/** "Ms S Robson Mr P Ramewal" → two names: a person's title after a surname starts a new person. */
function splitRunTogether(piece: string): string[] {
  // Words inside brackets stay with their person: the bracket is one token here.
  const tokens = piece.match(/\([^()]*\)|\S+/g) ?? [];
  const names: string[][] = [[]];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const startsPerson = index > 1 && PERSON_TITLES.has(titleKey(token)) && previous !== undefined && !isTitleWord(previous) && tokens[index + 1] !== undefined;
    if (startsPerson) names.push([]);
    names.at(-1)!.push(token);
  });
  return names.map((words) => words.join(' '));
}
