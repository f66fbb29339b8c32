import { describe, expect, it } from 'vitest';
import { joinWithAnd } from '../../../shared/domain/lists';

describe('joinWithAnd', () => {
  it('joins with commas and a final " and ", without an Oxford comma', () => {
    expect(joinWithAnd([])).toBe('');
    expect(joinWithAnd(['Mr A Harper'])).toBe('Mr A Harper');
    expect(joinWithAnd(['Mr A Harper', 'Ms A Broom'])).toBe('Mr A Harper and Ms A Broom');
    expect(joinWithAnd(['Mr A Harper', 'Ms A Broom', 'Mr J Quinn'])).toBe('Mr A Harper, Ms A Broom and Mr J Quinn');
  });
});
