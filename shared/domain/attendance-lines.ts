import type { Attendance, AttendanceRole } from '../model/attendance';
import type { ChairWord } from '../model/body';
import type { Person } from '../model/person';
import { joinWithAnd } from './lists';
import { UNKNOWN_PERSON, attendanceName } from './person-names';
import { valueFor } from '../model/id-keys';

/** The names on each attendance line, already in the order the minutes print them. */
export interface AttendanceLines {
  present: string[];
  alsoPresent: string[];
  inAttendance: string[];
  apologies: string[];
}

/** One labelled attendance paragraph: "PRESENT:" and its names, and the whole line as printed. */
export interface AttendanceParagraph {
  label: 'PRESENT:' | 'ALSO PRESENT:' | 'IN ATTENDANCE:';
  /** The names joined with commas and " and "; "" when nobody is on the line. */
  names: string;
  /** "PRESENT: Mr P M Hill, OBE (Chairman), …"; just the label when the line is empty. */
  text: string;
}

const lineOf: Record<AttendanceRole, keyof AttendanceLines> = {
  present: 'present',
  'also-present': 'alsoPresent',
  'in-attendance': 'inAttendance',
  apologies: 'apologies',
};

/** Chair first, vice-chair second, then members, then officers and visitors, as the county lists them. */
function rank(person: Person): number {
  if (person.office === 'chair') return 0;
  if (person.office === 'vice-chair') return 1;
  return person.kind === 'member' ? 2 : 3;
}

/**
 * Sort the meeting's attendance into the four lines, each in house order and, within a group, roster order.
 * Retired people are still listed if they are marked as there: the attendance is what happened.
 * An id missing from the roster is printed as "[unknown person]" at the end of its line so the officer sees it.
 */
export function attendanceLines(attendance: Attendance, roster: readonly Person[], chairWord: ChairWord): AttendanceLines {
  const lines: AttendanceLines = { present: [], alsoPresent: [], inAttendance: [], apologies: [] };
  const listed = roster
    .map((person, index) => ({ person, index, role: valueFor(attendance, person.id) }))
    .filter((entry): entry is { person: Person; index: number; role: AttendanceRole } => entry.role !== undefined)
    .sort((a, b) => rank(a.person) - rank(b.person) || a.index - b.index);
  for (const { person, role } of listed) lines[lineOf[role]].push(attendanceName(person, chairWord));

  const onRoster = new Set(roster.map((person) => person.id));
  for (const [id, role] of Object.entries(attendance)) {
    if (!onRoster.has(id)) lines[lineOf[role]].push(UNKNOWN_PERSON);
  }
  return lines;
}

/** "Apologies were received from Mr A Harper, Ms A Broom and Mr J Quinn."; "" when nobody sent apologies. */
export function apologiesSentence(names: readonly string[]): string {
  return names.length === 0 ? '' : `Apologies were received from ${joinWithAnd(names)}.`;
}

/** The PRESENT, ALSO PRESENT and IN ATTENDANCE paragraphs exactly as printed; every label is kept even when its line is empty. */
export function attendanceParagraphs(attendance: Attendance, roster: readonly Person[], chairWord: ChairWord): AttendanceParagraph[] {
  const lines = attendanceLines(attendance, roster, chairWord);
  const paragraph = (label: AttendanceParagraph['label'], names: string[]): AttendanceParagraph => {
    const joined = joinWithAnd(names);
    return { label, names: joined, text: joined === '' ? label : `${label} ${joined}` };
  };
  return [
    paragraph('PRESENT:', lines.present),
    paragraph('ALSO PRESENT:', lines.alsoPresent),
    paragraph('IN ATTENDANCE:', lines.inAttendance),
  ];
}
