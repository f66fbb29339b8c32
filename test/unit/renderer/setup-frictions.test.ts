import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeadingStyleChoice } from '../../../renderer/src/features/bodies/HeadingStyleChoice';
import { tickedItems, tickedPositions } from '../../../renderer/src/features/agenda/agenda-edits';
import { markCommitteePresent, someMemberNotRecorded, unmarkPresent } from '../../../renderer/src/features/attendance/attendance-edits';
import { MeetingFormSchema } from '../../../renderer/src/features/meetings/meeting-form-values';
import type { Attendance } from '../../../shared/model/attendance';
import { numbersStillProvisional } from '../../../shared/domain/minute-numbers';
import { MeetingSetupSchema } from '../../../shared/model/meeting';
import type { Person } from '../../../shared/model/person';

const form = { title: 'KCSP, 19 March 2015', bodyName: 'Kent Community Safety Partnership', documentWord: 'NOTES', date: '2015-03-19', venue: '' } as const;

describe('the start time is optional', () => {
  it('accepts a meeting set up with no start time, and still a real time', () => {
    expect(MeetingFormSchema.parse({ ...form, startTime: null }).startTime).toBeNull();
    expect(MeetingFormSchema.parse({ ...form, startTime: '14:30' }).startTime).toBe('14:30');
    expect(MeetingSetupSchema.safeParse({ ...form, bodyId: 'kcsp', startTime: null }).success).toBe(true);
  });

  it('still refuses a time that is not one', () => {
    const refused = MeetingFormSchema.safeParse({ ...form, startTime: '25:00' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('Use a time written hh:mm');
    expect(MeetingFormSchema.safeParse({ ...form, startTime: '' }).success).toBe(false);
  });
});

const person = (id: string, kind: Person['kind'], retired = false): Person => ({
  id, bodyId: 'kcsp', title: 'Mr', initials: '', surname: id, honours: '', role: '', organisation: '', kind, office: null, retired,
});
const roster = [person('hill', 'member'), person('rivers', 'member'), person('cooke', 'member'), person('gone', 'member', true), person('gilmour', 'officer'), person('visitor', 'visitor')];
const entries = (attendance: Attendance) => Object.entries(attendance).sort(([a], [b]) => a.localeCompare(b));

describe('marking everyone on the committee present', () => {
  it('puts every current member not yet recorded on the PRESENT line, and no one else', () => {
    const before: Attendance = { rivers: 'apologies', gilmour: 'in-attendance' };
    const { attendance, marked } = markCommitteePresent(before, roster);
    expect(marked).toEqual(['hill', 'cooke']);
    expect(entries(attendance)).toEqual([['cooke', 'present'], ['gilmour', 'in-attendance'], ['hill', 'present'], ['rivers', 'apologies']]);
    expect(entries(before)).toEqual([['gilmour', 'in-attendance'], ['rivers', 'apologies']]);
  });

  it('is offered only while some member is not recorded', () => {
    expect(someMemberNotRecorded({}, roster)).toBe(true);
    expect(someMemberNotRecorded({ hill: 'present', rivers: 'apologies', cooke: 'present' }, roster)).toBe(false);
    expect(someMemberNotRecorded({}, [person('gilmour', 'officer')])).toBe(false);
  });

  it('undoes only its own marks, keeping corrections made since', () => {
    const { attendance, marked } = markCommitteePresent({ rivers: 'apologies' }, roster);
    const corrected: Attendance = { ...attendance, cooke: 'apologies' };
    expect(entries(unmarkPresent(corrected, marked))).toEqual([['cooke', 'apologies'], ['rivers', 'apologies']]);
  });

  it('never reaches the prototype through an id', () => {
    const { attendance } = markCommitteePresent({}, [person('__proto__', 'member'), person('constructor', 'member')]);
    expect(entries(attendance)).toEqual([['__proto__', 'present'], ['constructor', 'present']]);
  });
});

describe('unticking pasted agenda items', () => {
  it('numbers only the ticked items, in order', () => {
    expect(tickedPositions(5, new Set([0, 1]))).toEqual([null, null, 0, 1, 2]);
    expect(tickedPositions(3, new Set())).toEqual([0, 1, 2]);
    expect(tickedPositions(3, new Set([1]))).toEqual([0, null, 1]);
  });

  it('keeps only the ticked items', () => {
    expect(tickedItems(['A1 Introduction', 'A2 Substitutes', 'A3 Minutes'], new Set([0, 1]))).toEqual(['A3 Minutes']);
  });
});

describe('a Final copy with provisional minute numbers', () => {
  const agenda = [{ id: 'a3' }, { id: 'b1' }];
  it('is caught while numbered minutes have no numbers given out', () => {
    expect(numbersStillProvisional({ agenda, minuteNumbers: null }, 'minute-numbers')).toBe(true);
  });
  it('is not when the numbers are given out, when minutes are headed by agenda code, or with no agenda', () => {
    expect(numbersStillProvisional({ agenda, minuteNumbers: { a3: 92, b1: 93 } }, 'minute-numbers')).toBe(false);
    expect(numbersStillProvisional({ agenda, minuteNumbers: null }, 'agenda-codes')).toBe(false);
    expect(numbersStillProvisional({ agenda: [], minuteNumbers: null }, 'minute-numbers')).toBe(false);
  });
});

describe('the heading-style choice', () => {
  /** The choice's text as a reader meets it, tags dropped, each label and heading line on its own line. */
  const shown = (markup: string) => markup.replace(/<\/?(label|strong|span|legend)[^>]*>/g, '\n').replace(/<[^>]+>/g, '').split('\n').map((line) => line.trim()).filter(Boolean);

  it('is worded as the council prints it, with an example heading of each', () => {
    const markup = renderToStaticMarkup(createElement(HeadingStyleChoice, { value: 'minute-numbers', onChange: () => undefined }));
    expect(shown(markup)).toEqual([
      'How each minute is headed in the printed minutes',
      'Minute number, with the agenda item beneath',
      '94. Community Safety Integration Project',
      '(Item B1)',
      'Agenda code only, no minute number',
      'B1 Community Safety Integration Project',
    ]);
    expect(markup).toMatch(/checked="" value="minute-numbers"/);
  });
});
