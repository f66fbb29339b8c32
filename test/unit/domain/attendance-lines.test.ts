import { describe, expect, it } from 'vitest';
import type { Attendance } from '../../../shared/model/attendance';
import type { Person } from '../../../shared/model/person';
import { apologiesSentence, attendanceLines, attendanceParagraphs } from '../../../shared/domain/attendance-lines';
import { KCSP_2015_ATTENDANCE, KCSP_2015_IN_ATTENDANCE_LINE, KCSP_2015_PRESENT_LINE, KCSP_2015_ROSTER } from '../../fixtures/kcsp-2015';

const member = (id: string, title: string, initials: string, surname: string, extra: Partial<Person> = {}): Person => ({
  id,
  bodyId: 'kcsp',
  retired: false,
  title,
  initials,
  surname,
  honours: '',
  role: '',
  organisation: '',
  kind: 'member',
  office: null,
  ...extra,
});

describe('attendanceParagraphs', () => {
  it('prints the 19 March 2015 lines exactly as the seed', () => {
    expect(attendanceParagraphs(KCSP_2015_ATTENDANCE, KCSP_2015_ROSTER, 'Chairman').map((p) => p.text)).toEqual([
      KCSP_2015_PRESENT_LINE,
      'ALSO PRESENT:',
      KCSP_2015_IN_ATTENDANCE_LINE,
    ]);
  });

  it('gives the label and the names apart, for a bold label', () => {
    const [present, alsoPresent] = attendanceParagraphs(KCSP_2015_ATTENDANCE, KCSP_2015_ROSTER, 'Chairman');
    expect(present?.label).toBe('PRESENT:');
    expect(present?.names.startsWith('Mr P M Hill, OBE (Chairman), Mr Rivers (Vice-Chairman), Ms E Martin')).toBe(true);
    expect(alsoPresent).toEqual({ label: 'ALSO PRESENT:', names: '', text: 'ALSO PRESENT:' });
  });

  it('starts the 2023 PRESENT line with the Chair and Vice-Chair', () => {
    const roster = [
      member('p-peerbux', 'Mr', 'S', 'Peerbux'),
      member('p-rivers', 'Mr', 'J', 'Rivers', { office: 'vice-chair' }),
      member('p-wilkinson', 'Mr', 'N', 'Wilkinson'),
      member('p-hill', 'Mr', 'H', 'Hill', { office: 'chair' }),
      member('p-steenhuis', 'Supt', 'P', 'Steenhuis'),
    ];
    const attendance: Attendance = { 'p-peerbux': 'present', 'p-rivers': 'present', 'p-wilkinson': 'present', 'p-hill': 'present', 'p-steenhuis': 'present' };
    expect(attendanceParagraphs(attendance, roster, 'Chair')[0]?.text).toBe(
      'PRESENT: Mr H Hill (Chair), Mr J Rivers (Vice-Chair), Mr S Peerbux, Mr N Wilkinson and Supt P Steenhuis',
    );
  });
});

describe('attendanceLines', () => {
  const roster = [
    member('p-officer', 'Ms', 'A', 'Tyler', { kind: 'officer', role: 'MARAC Manager' }),
    member('p-visitor', 'Mr', 'P', 'Breckon', { kind: 'visitor', role: 'Crimestoppers' }),
    member('p-harper', 'Mr', 'A', 'Harper'),
    member('p-broom', 'Ms', 'A', 'Broom', { retired: true }),
    member('p-quinn', 'Mr', 'J', 'Quinn'),
    member('p-vice', 'Mr', 'J', 'Rivers', { office: 'vice-chair' }),
    member('p-absent', 'Ms', 'L', 'Dixon'),
  ];

  it('orders chair, vice-chair, members, then officers and visitors, keeping roster order within each', () => {
    const lines = attendanceLines(
      { 'p-officer': 'present', 'p-visitor': 'present', 'p-harper': 'present', 'p-vice': 'present' },
      roster,
      'Chairman',
    );
    expect(lines.present).toEqual(['Mr J Rivers (Vice-Chairman)', 'Mr A Harper', 'Ms A Tyler (MARAC Manager)', 'Mr P Breckon (Crimestoppers)']);
  });

  it('sorts each person onto their line, lists a retired person who came, and leaves out people not there', () => {
    const lines = attendanceLines(
      { 'p-officer': 'in-attendance', 'p-visitor': 'also-present', 'p-harper': 'apologies', 'p-broom': 'apologies', 'p-quinn': 'apologies' },
      roster,
      'Chairman',
    );
    expect(lines).toEqual({
      present: [],
      alsoPresent: ['Mr P Breckon (Crimestoppers)'],
      inAttendance: ['Ms A Tyler (MARAC Manager)'],
      apologies: ['Mr A Harper', 'Ms A Broom', 'Mr J Quinn'],
    });
  });

  it('shows an id that is not on the roster as "[unknown person]" rather than losing it', () => {
    expect(attendanceLines({ 'p-gone': 'present', 'p-harper': 'present' }, roster, 'Chair').present).toEqual(['Mr A Harper', '[unknown person]']);
  });
});

describe('apologiesSentence', () => {
  it('writes the 2023 sentence, and nothing when there are no apologies', () => {
    expect(apologiesSentence(['Mr A Harper', 'Ms A Broom', 'Mr J Quinn'])).toBe('Apologies were received from Mr A Harper, Ms A Broom and Mr J Quinn.');
    expect(apologiesSentence(['Mr A Harper'])).toBe('Apologies were received from Mr A Harper.');
    expect(apologiesSentence([])).toBe('');
  });
});
