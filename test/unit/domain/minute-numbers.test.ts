import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/model/agenda';
import { finaliseMinuteNumbers, minuteHeadingLabel, provisionalMinuteNumbers } from '../../../shared/domain/minute-numbers';
import { KCSP_2015_AGENDA, KCSP_2015_SETTINGS } from '../../fixtures/kcsp-2015';

describe('provisionalMinuteNumbers', () => {
  it('numbers the 19 March 2015 agenda 92 … 103, running on from 91', () => {
    const numbers = provisionalMinuteNumbers(KCSP_2015_AGENDA, KCSP_2015_SETTINGS.lastMinuteNumber);
    expect([...numbers.entries()]).toEqual(KCSP_2015_AGENDA.map((item) => [item.id, Number(item.id.replace('item-', ''))]));
    expect(numbers.get('item-94')).toBe(94);
    expect(numbers.get('item-103')).toBe(103);
  });

  it('numbers exempt items in agenda order too', () => {
    const agenda: AgendaItem[] = [
      { id: 'a', code: 'A1', title: 'Introduction', part: 'unrestricted' },
      { id: 'e', code: 'E1', title: 'Contract award', part: 'exempt' },
      { id: 'c', code: 'C1', title: 'Date of next meeting', part: 'unrestricted' },
    ];
    expect([...provisionalMinuteNumbers(agenda, 0)]).toEqual([
      ['a', 1],
      ['e', 2],
      ['c', 3],
    ]);
  });

  it('refuses a last number that is not a whole number of 0 or more', () => {
    expect(() => provisionalMinuteNumbers(KCSP_2015_AGENDA, -1)).toThrow(RangeError);
    expect(() => provisionalMinuteNumbers(KCSP_2015_AGENDA, 1.5)).toThrow(RangeError);
  });
});

describe('finaliseMinuteNumbers', () => {
  it('gives 92 … 103 and makes 103 the last, so the next meeting starts at 104', () => {
    const result = finaliseMinuteNumbers(KCSP_2015_AGENDA, 91);
    expect(result.newLastMinuteNumber).toBe(103);
    expect(result.numbers['item-92']).toBe(92);
    expect(result.numbers['item-103']).toBe(103);
    expect(Object.keys(result.numbers)).toHaveLength(12);
    expect(provisionalMinuteNumbers([{ id: 'next' }], result.newLastMinuteNumber).get('next')).toBe(104);
  });

  it('is pure: asking twice gives the same numbers, so a draft thrown away burns none', () => {
    expect(finaliseMinuteNumbers(KCSP_2015_AGENDA, 91)).toEqual(finaliseMinuteNumbers(KCSP_2015_AGENDA, 91));
    expect(finaliseMinuteNumbers([], 91)).toEqual({ numbers: {}, newLastMinuteNumber: 91 });
  });
});

describe('minuteHeadingLabel', () => {
  const b1 = KCSP_2015_AGENDA[2];
  if (!b1) throw new Error('fixture changed');

  it('heads a numbered minute "94." with "(Item B1)" beneath (2015)', () => {
    expect(minuteHeadingLabel(b1, 94, 'minute-numbers')).toEqual({ label: '94.', title: 'Community Safety Integration Project', reference: '(Item B1)' });
  });

  it('leaves out the reference when the item has no code', () => {
    expect(minuteHeadingLabel({ code: '', title: 'Mental Health Update' }, 7, 'minute-numbers')).toEqual({ label: '7.', title: 'Mental Health Update', reference: null });
  });

  it('heads by agenda code in the lighter template (2023)', () => {
    expect(minuteHeadingLabel({ code: 'B1', title: 'Kent Community Safety Agreement Review and Refresh Update' }, 94, 'agenda-codes')).toEqual({
      label: 'B1',
      title: 'Kent Community Safety Agreement Review and Refresh Update',
      reference: null,
    });
  });
});
