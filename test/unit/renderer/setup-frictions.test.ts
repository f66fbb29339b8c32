import { describe, expect, it } from 'vitest';
import { MeetingFormSchema } from '../../../renderer/src/features/meetings/meeting-form-values';
import { MeetingSetupSchema } from '../../../shared/model/meeting';

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
