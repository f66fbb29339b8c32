import type { AgendaPart } from '../model/agenda';

/** One item read from a pasted agenda, ready for the officer to check before it becomes an AgendaItem. */
export interface PastedAgendaItem {
  /** "A1", "B12" … when the line carried a code; "" otherwise (plain numbers like "4." are not codes). */
  code: string;
  title: string;
  part: AgendaPart;
}

/*
 * An agenda arrives as text copied from the council's modern.gov page ("Agenda and minutes") or from the Word
 * agenda. Both carry noise: page chrome, "pdf icon PDF 225 KB", "(Pages 1 - 6)", headings, bullets, tabs, and on a
 * minutes page the minutes text itself. We strip what we recognise as noise and keep every other line that could be
 * an item: the officer can delete a stray line in a second, but will not notice one we silently lost.
 */

const MAX_TITLE = 500; // AgendaItemSchema's limit

/** Odd spaces from Word and the browser become plain spaces; invisible characters go. */
function normaliseSpaces(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\f\v]/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

/** Page numbers in a right-hand column, after a tab or a run of spaces: "A3\tMinutes …\t5 - 12". */
const COLUMN_PAGES = /(?:\t|\s{2,})(?:Pages?\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*$/i;

/** Bullets Word and browsers paste: •, the Symbol-font bullet U+F0B7, dashes, "o" for a second-level bullet … */
const LEADING_BULLET = /^(?:[•·◦▪▫■□●○►▶➢➤✓✔\uf0a7\uf0b7\uf0d8\uf076\uf0fc*]|[-–—](?=\s)|o(?=\s+[A-Z0-9]))\s*/;

/** "pdf icon PDF 225 KB": modern.gov's link to a report. Minutes text never carries one, so its line is an item. */
const DOCUMENT_LINK = /\s*(?:(?:pdf|word|excel|powerpoint|docx?)\s+icon\s*)?(?:PDF|DOCX?|XLSX?|PPTX?|Word|Excel|HTML)\s*[\d.,]+\s*(?:KB|MB|bytes)\s*$/i;

/** Noise that trails a title on the modern.gov page or in the Word agenda. */
const TRAILING_NOISE = [
  DOCUMENT_LINK,
  /\s*\(\s*Pages?\s*\d+(?:\s*[-–]\s*\d+)?\s*\)\s*$/i,
  /\s+Pages?\s+\d+(?:\s*[-–]\s*\d+)?\s*$/i,
  /\s*Additional documents:?\s*$/i,
  /\s*(?:pdf|word)\s+icon\s*$/i,
];

function stripTrailingNoise(line: string): string {
  let current = line;
  for (let previous = ''; previous !== current; ) {
    previous = current;
    for (const pattern of TRAILING_NOISE) current = current.replace(pattern, '');
    current = current.trim();
  }
  return current;
}

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';

/** Page furniture and table headings, never items. */
const CHROME = [
  /^(?:agenda(?:\s+and\s+(?:minutes|decisions))?|minutes|decisions?|items?|no\.?|agenda items?|media|documents|(?:additional|supporting|background) documents|attachments)\s*:?$/i,
  /^(?:venue|contact(?:\s+officer)?|e-?mail|tel(?:ephone)?|membership|published(?:\s+on)?|date|time|webcast|link)\s*:/i,
  /^view directions$/i,
  /^\(?\s*at the time of preparing the agenda\b/i,
  // "30 September 2015": the date under the signature at the foot of a Word agenda.
  /^\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+\d{4}$/i,
  /^view the reasons why\b/i,
  /^(?:agenda frontsheet|agenda reports pack|public reports pack|(?:full )?agenda pack|reports pack|supplement pack|printed minutes|printed decisions|supplementary agenda|agenda supplement|additional meeting documents|attendance details)\b/i,
  /^(?:\.\.\.\s*)?view the full (?:minutes|agenda|decision) text for item\b/i,
  // "Appendix A - Draft Action Plan, item B1": a document listed under "Additional documents:".
  /,\s*item\s+(?:[A-Z]\d{1,2}[a-z]?|\d{1,3}[a-z]?)\.?$/i,
  // "Kent Community Safety Partnership - Wednesday, 17th July, 2019 10.00 am": the page title of a meeting.
  new RegExp(`\\s[-–]\\s${WEEKDAY},?\\s+\\d`, 'i'),
  // "Thursday, 8 October 2015 at 10.00 am": the date line at the head of a Word agenda.
  new RegExp(`^${WEEKDAY},?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+,?\\s+\\d{4}\\b`, 'i'),
];

/** modern.gov's "Minutes:" label: what follows, up to the next item, is minutes text. */
const MINUTES_LABEL = /^(?:minutes|decisions?)\s*:$/i;
/** Labels modern.gov prints straight under an item's title, so the line before one is a title. */
const LABEL_UNDER_TITLE = /^(?:minutes|decisions?|(?:additional|supporting) documents)\s*:$/i;

/** "No. Item", "Item No. Title Pages": the heading of the table of business. */
const TABLE_HEADING = /^(?:no\.?|item(?:\s+no\.?)?|ref\.?)\s+(?:item|title|subject|business)(?:\s+(?:pages?|report|documents?))*$/i;

const UNRESTRICTED_HEADING =
  /^(?:unrestricted(?:\s+(?:items?|business))?|(?:open|public)\s+(?:items?|business)|part\s*(?:1|i|one))(?:\s*[-–—:(].*)?$/i;
const EXEMPT_HEADING =
  /^(?:(?:exempt|restricted|confidential|private)(?:\s+(?:items?|business|information|session))?|part\s*(?:2|ii|two))(?:\s*[-–—:(].*)?$/i;
/** "(During these items the meeting is likely NOT to be open to the public)". */
const DURING_THESE_ITEMS = /^\(?\s*during\s+(?:these|this|any such|the following)\s+items?\b/i;
/** "B. MATTERS FOR DECISION": a lettered section heading in capitals (an item has digits after its letter). */
const LETTERED_SECTION = /^[A-Z][.)]\s+([^a-z]+)$/;

/** The exclusion item is taken in public; what follows it is exempt. */
const EXCLUSION = /\bexclu(?:sion|de|ding)\b.*\b(?:press|public)\b|\b(?:press|public)\b.*\bexclu(?:ded|sion)\b/i;

/** "A1", "B12", "C3a" at the start of a line, then an optional ".", ")", ":" or dash. */
const CODE_PREFIX = /^([A-Z]\d{1,2}[a-z]?)(?![\w/])[.):]?\s*(?:[-–—:]\s+)?/;
/** "Item B1:" or "Item 4." */
const ITEM_PREFIX = /^item\s+(?=(?:[A-Z]\d{1,2}[a-z]?|\d{1,3})\b)/i;
/** "1.", "12)", "(3)", or a number followed by a tab (kept as two spaces until now). */
const NUMBER_PREFIX = /^(?:\(\d{1,3}[a-z]?\)|\d{1,3}[a-z]?(?:[.)](?!\d)|(?=\s{2})|$))\s*/;

/** The start of a decision, of the motion under an exclusion item ("That under Section 100A …"), or of a sub-point. */
const STARTS_MINUTES_TEXT = /^(?:resolved\b|that\s|\(?(?:[a-z]|[ivx]{1,4})\)\s)/i;

function wordCount(text: string): number {
  return text.split(' ').filter((word) => word !== '').length;
}

/**
 * Minutes text under an item (a numbered paragraph, a decision, a sub-point) or an item's description
 * ("To receive any apologies for absence.") rather than an item title. Doubtful lines count as titles.
 */
function looksLikeMinutesText(read: ReadLine, context: { beforeLabel: boolean; inMinutes: boolean }): boolean {
  const { title } = read;
  if (STARTS_MINUTES_TEXT.test(title)) return true;
  if (read.linked || EXCLUSION.test(title)) return false;
  const sentence = /[.!?]["'’”)]*$/.test(title);
  if (sentence && !read.marked && /^To\s+[a-z]+\b/.test(title)) return true;
  if (context.beforeLabel) return false;
  if (context.inMinutes) return true;
  if (/(?:[:;,]|:-)["'’”)]*$/.test(title)) return true;
  const words = wordCount(title);
  if (sentence && words > 10) return true;
  return words > 30;
}

/** "Motion to exclude the press and public: That under Section 100A …" → "Motion to exclude the press and public". */
function shortExclusionTitle(title: string): string {
  const [head] = title.split(/\s*[:–—(]\s*|\s+-\s+|\s+(?=that\b)/i);
  return head !== undefined && EXCLUSION.test(head) ? head : title;
}

/** What one line of the paste says, after its noise has been stripped. */
interface ReadLine {
  /** true when the line began with a code or number, i.e. the document itself marked it as an item. */
  marked: boolean;
  /** "1" for "1." or "Item 1", "A1" for a code: says where the list of business starts. */
  first: boolean;
  code: string;
  title: string;
  /** true when the line began with a bullet (a bullet is never the tail of a wrapped title). */
  bulleted: boolean;
  /** true when the line carried a link to a report ("pdf icon PDF 225 KB"). */
  linked: boolean;
}

/** Strip bullets, prefixes and trailing noise from one line; null for a blank line. */
function readLine(raw: string): ReadLine | null {
  // Tabs and runs of spaces separate columns: keep them as two spaces while we look for prefixes.
  let line = raw.replace(COLUMN_PAGES, '').replace(/\t/g, '  ').replace(/ {3,}/g, '  ').trim();
  let bulleted = false;
  for (let stripped = line.replace(LEADING_BULLET, ''); stripped !== line; stripped = line.replace(LEADING_BULLET, '')) {
    line = stripped;
    bulleted = true;
  }
  line = line.replace(ITEM_PREFIX, '');
  let code = '';
  let marked = false;
  let first = false;
  const codeMatch = CODE_PREFIX.exec(line);
  if (codeMatch) {
    code = codeMatch[1] ?? '';
    marked = true;
    first = code === 'A1';
    line = line.slice(codeMatch[0].length);
  } else {
    const numberMatch = NUMBER_PREFIX.exec(line);
    if (numberMatch) {
      marked = true;
      first = /^\(?1\b/.test(numberMatch[0]);
      line = line.slice(numberMatch[0].length);
    }
  }
  line = line.replace(/\s+/g, ' ').replace(/^[\s.:)\-–—]+/, '');
  const linked = DOCUMENT_LINK.test(line);
  const title = stripTrailingNoise(line);
  if (title === '' && !marked) return null;
  return { marked, first, code, title, bulleted, linked };
}

/** Headings carry no dangling ":", dash or full stop (but "Ltd." and "etc." keep theirs). */
function tidyTitle(title: string): string {
  return title
    .replace(/\s*[-–—:|]\s*$/, '')
    .replace(/(\S{4,})\.$/, '$1')
    .slice(0, MAX_TITLE)
    .trim();
}

/** Turn an agenda pasted from modern.gov or Word into items, in order, with the noise stripped. */
export function parseAgendaPaste(text: string): PastedAgendaItem[] {
  const items: PastedAgendaItem[] = [];
  let part: AgendaPart = 'unrestricted';
  /** A code or number alone on its line: the title is on the next line (table cells pasted one per line). */
  let pending: { code: string; first: boolean } | null = null;
  /** Whether the line just before produced the last item, so a lower-case line after it is a wrapped title. */
  let lastLineWasItem = false;
  /**
   * Where the business starts: at the table heading, a section heading, or item 1 / A1. Unnumbered lines before it
   * are the front matter of a Word agenda (council, body, venue), not items.
   */
  let businessStartsAt: number | null = null;
  const businessStarts = () => {
    businessStartsAt ??= items.length;
  };

  /** Which items the document itself marked with a code or number: those are never front matter. */
  const markedItems: boolean[] = [];
  const push = (code: string, title: string, marked: boolean) => {
    markedItems.push(marked);
    const exclusion = EXCLUSION.test(title);
    const itemPart: AgendaPart = /^E\d/.test(code) ? 'exempt' : exclusion ? 'unrestricted' : part;
    items.push({ code, title: tidyTitle(exclusion ? shortExclusionTitle(title) : title) || code, part: itemPart });
    if (exclusion) part = 'exempt';
    lastLineWasItem = true;
  };
  const flushPending = () => {
    // A code with no title is still an item the officer will want to see; a bare number is not.
    if (pending !== null && pending.code !== '') {
      if (pending.first) businessStarts();
      push(pending.code, pending.code, true);
    }
    pending = null;
  };

  /** Inside the minutes text under a "Minutes:" label, where only a code, a report link or a title ends the text. */
  let inMinutes = false;

  // Blank lines carry nothing (a wrapped title may even straddle one), so work on the others.
  const lines = normaliseSpaces(text)
    .split('\n')
    .filter((line) => line.trim() !== '');
  lines.forEach((raw, index) => {
    const beforeLabel = LABEL_UNDER_TITLE.test((lines[index + 1] ?? '').replace(/\s+/g, ' ').trim());
    const read = readLine(raw);
    if (read === null) return;
    const { title } = read;
    const wasItem = lastLineWasItem;
    lastLineWasItem = false;

    if (!read.marked && MINUTES_LABEL.test(title)) {
      inMinutes = true;
      return;
    }
    if (!read.marked) {
      if (TABLE_HEADING.test(title)) {
        businessStarts();
        return;
      }
      if (CHROME.some((pattern) => pattern.test(title))) return;
      if (DURING_THESE_ITEMS.test(title)) {
        part = /\bnot\b/i.test(title) ? 'exempt' : 'unrestricted';
        inMinutes = false;
        businessStarts();
        return;
      }
      const heading = LETTERED_SECTION.exec(title)?.[1] ?? title;
      if (UNRESTRICTED_HEADING.test(heading) || EXEMPT_HEADING.test(heading)) {
        part = UNRESTRICTED_HEADING.test(heading) ? 'unrestricted' : 'exempt';
        inMinutes = false;
        businessStarts();
        return;
      }
      if (LETTERED_SECTION.test(title)) return; // "B. MATTERS FOR DECISION"
    }

    if (title === '') {
      flushPending();
      pending = { code: read.code, first: read.first };
      return;
    }

    const last = items[items.length - 1];
    if (wasItem && last && !read.marked && !read.bulleted && /^[a-z]/.test(title)) {
      last.title = tidyTitle(`${last.title} ${title}`);
      lastLineWasItem = true;
      return;
    }

    // A line straight after a lone code or number is that item's title, whatever it looks like.
    if (read.code === '' && pending === null && looksLikeMinutesText(read, { beforeLabel, inMinutes })) return;

    const code = read.code !== '' ? read.code : (pending?.code ?? '');
    const marked = read.marked || pending !== null;
    if (read.first || pending?.first) businessStarts();
    pending = null;
    inMinutes = false;
    push(code, title, marked);
  });
  flushPending();
  // Unmarked lines before the business are a Word agenda's front matter (council, body, venue); an item the
  // document numbered or coded is kept wherever it stands (a B1 above an "EXEMPT ITEMS" heading is still an item).
  const start = businessStartsAt ?? 0;
  return items.filter((_, index) => index >= start || markedItems[index]);
}
