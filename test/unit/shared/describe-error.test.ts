import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeError } from '../../../shared/format/describe-error';

describe('describeError', () => {
  it('gives an error’s message, and anything else thrown as text', () => {
    expect(describeError(new Error('The disk is full'))).toBe('The disk is full');
    expect(describeError('a plain string')).toBe('a plain string');
    expect(describeError(42)).toBe('42');
    expect(describeError(new TypeError(''))).toBe('TypeError');
  });

  it('says validation problems in plain words, each once', () => {
    const result = z.object({ name: z.string().max(3), other: z.string().max(3) }).safeParse({ name: 'Agenda', other: 'Minutes' });
    expect(result.success).toBe(false);
    expect(describeError(result.error)).toBe('Keep this to 3 characters or fewer.');
  });
});
