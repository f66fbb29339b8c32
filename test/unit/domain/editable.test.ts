import { describe, expect, it } from 'vitest';
import { assertEditable, isEditable, MinutesSignedError, type MeetingChange } from '../../../shared/domain/editable';
import { MeetingStatusSchema } from '../../../shared/model/meeting';

const CHANGES: readonly MeetingChange[] = ['minutes', 'details', 'deletion'];

describe('isEditable / assertEditable', () => {
  it('lets anything change until the minutes are signed', () => {
    for (const status of MeetingStatusSchema.options.filter((s) => s !== 'signed')) {
      for (const change of CHANGES) {
        expect(isEditable({ status }, change)).toBe(true);
        expect(() => assertEditable({ status }, change)).not.toThrow();
      }
    }
  });

  it('refuses every change to signed minutes with a typed error saying why, except their text during a correction', () => {
    const signed = { status: 'signed' as const };
    expect(CHANGES.map((change) => isEditable(signed, change))).toEqual([false, false, false]);
    expect(CHANGES.map((change) => isEditable(signed, change, true))).toEqual([true, false, false]);
    expect(() => assertEditable(signed, 'minutes')).toThrow(MinutesSignedError);
    expect(() => assertEditable(signed, 'minutes')).toThrow('use “Correct the signed minutes…”');
    expect(() => assertEditable(signed, 'details', true)).toThrow('even during a correction');
    expect(() => assertEditable(signed, 'deletion')).toThrow('cannot be deleted');
    let refused: unknown;
    try {
      assertEditable(signed, 'details');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(MinutesSignedError);
    expect(refused).toMatchObject({ name: 'MinutesSignedError', change: 'details' });
  });
});
