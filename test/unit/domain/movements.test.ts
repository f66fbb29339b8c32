import { describe, expect, it } from 'vitest';
import { movementSentence } from '../../../shared/domain/movements';
import { KCSP_2015_ROSTER } from '../../fixtures/kcsp-2015';

const rivers = KCSP_2015_ROSTER.find((p) => p.id === 'p-rivers');
const cooke = KCSP_2015_ROSTER.find((p) => p.id === 'p-cooke');

describe('movementSentence', () => {
  it('says who left or arrived, and when, in the council style', () => {
    expect(movementSentence({ kind: 'left', time: '11:05' }, rivers)).toBe('Mr Rivers left the meeting at 11.05 am.');
    expect(movementSentence({ kind: 'arrived', time: '10:20' }, cooke)).toBe('Ms Cooke arrived at 10.20 am.');
    expect(movementSentence({ kind: 'left', time: '12:30' }, cooke)).toBe('Ms Cooke left the meeting at 12.30 pm.');
  });

  it('does not crash on a person no longer on the roster', () => {
    expect(movementSentence({ kind: 'left', time: '14:00' }, undefined)).toBe('[unknown person] left the meeting at 2.00 pm.');
  });
});
