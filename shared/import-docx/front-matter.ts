import type { AttendanceRole } from '../model/attendance';
import { parseNameList, type NameList } from './attendance-names';
import { plain } from './plain-text';
import type { WordParagraph } from './word-document';

/**
 * The attendance as minutes print it: labelled lines ("PRESENT:", "ALSO
 * PRESENT:", "IN ATTENDANCE:", "Apologies:", in capitals or not, with a colon,
 * a tab or a table cell between label and names, the names on the same line or
 * on the lines after), and the apologies sentence ("Apologies were received
 * from …"), which may stand in the front matter or under a minute such as
 * "A1 Introduction".
 */

const LABELS: readonly [RegExp, AttendanceRole][] = [
  [/^also\s+present/i, 'also-present'],
  [/^(?:also\s+)?in\s+attendance|^officers(?:\s+(?:present|in\s+attendance))?/i, 'in-attendance'],
  [/^(?:members\s+|councillors\s+)?present/i, 'present'],
  [/^apologies(?:\s+for\s+absence)?(?:\s+received(?:\s+from)?)?/i, 'apologies'],
];

/** An attendance line's label and the words after it, or null when the paragraph is not one. */
export function attendanceLabel(paragraph: WordParagraph): { role: AttendanceRole; names: string } | null {
  const text = paragraph.text.replace(/^\s+/, '');
  for (const [label, role] of LABELS) {
    const match = label.exec(text);
    if (!match) continue;
    const after = text.slice(match[0].length);
    const separator = /^[ \u00A0]*(?::|\t|[-–—](?=\s))[ \t\u00A0]*/.exec(after);
    if (separator) return { role, names: after.slice(separator[0].length) };
    // No colon: only a label in capitals alone, or before names, counts ("PRESENT Mr A Smith").
    const word = match[0];
    if (word === word.toUpperCase() && (after.trim() === '' || /^\s+\S/.test(after))) return { role, names: after.trim() };
    // "Present" alone, the names on the lines below; not "Apologies for Absence", which is also a minute's title.
    if (after.trim() === '' && role !== 'apologies' && plain(text).split(' ').length <= 3) return { role, names: '' };
    return null;
  }
  return null;
}

const APOLOGIES = /^apologies(?:\s+for\s+absence)?\s+(?:were|was|had\s+been|have\s+been)\s+(?:received|given|submitted|tendered|noted|made|sent)\s+(?:from|by|on\s+behalf\s+of|for)\s+(.+)$/i;
const NO_APOLOGIES = /^(?:there\s+were\s+no\s+apologies(?:\s+for\s+absence)?|no\s+apologies(?:\s+for\s+absence)?\s+were\s+(?:received|given)|apologies\s*:\s*none)\.?$/i;

/** "Apologies were received from Mr A Harper, … and Ms V Widden." → the names; "There were no apologies." → ""; else null. */
export function apologiesSentence(paragraph: WordParagraph): string | null {
  const text = plain(paragraph.text);
  if (NO_APOLOGIES.test(text)) return '';
  const match = APOLOGIES.exec(text);
  return match ? match[1]! : null;
}

/** Whether a paragraph goes on an attendance list above it: every piece of it is a name. */
export function continuesNames(paragraph: WordParagraph): NameList | null {
  if (paragraph.list && paragraph.list.kind === 'number') return null;
  const list = parseNameList(paragraph.text);
  return list.people.length > 0 && list.unread.length === 0 ? list : null;
}
