import { describe, expect, it } from 'vitest';
import { formatMoment } from '../../../shared/format/british-date';

describe('formatMoment', () => {
  it('writes a moment in local time as the officer reads it', () => {
    expect(formatMoment(new Date(2015, 2, 19, 10, 4).getTime())).toBe('Thursday, 19 March 2015, 10.04 am');
    expect(formatMoment(new Date(2026, 10, 22, 0, 30).getTime())).toBe('Sunday, 22 November 2026, 12.30 am');
  });
});
