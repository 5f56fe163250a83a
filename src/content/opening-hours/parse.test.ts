import { describe, expect, it } from 'vitest';
import { openingHoursProblem, parseOpeningHours } from './parse.ts';

describe('openingHoursProblem', () => {
  it.each([
    '24/7',
    'Tu-Su 08:00-17:00; Mo off',
    'Mo-Su 17:00-02:00',
    'Apr-Oct Mo-Su 07:00-18:00; Nov-Mar Mo-Su 08:00-17:00',
    'Mo-Fr 07:30-17:00; PH off',
  ])('accepts %s', (value) => expect(openingHoursProblem(value)).toBeNull());
  it.each(['every day from morning', 'daily', 'Mo-Fr 8-17', ''])('refuses %j with the parser’s reason', (value) => {
    expect(openingHoursProblem(value)).toMatch(/\S/);
  });
  it('knows Vietnamese public holidays', () => {
    // 2 September is National Day. The parser reads wall-clock time from the Date's local fields.
    const hours = parseOpeningHours('Mo-Su 08:00-17:00; PH off');
    expect(hours.getState(new Date(2026, 8, 2, 10, 0))).toBe(false);
    expect(hours.getState(new Date(2026, 8, 3, 10, 0))).toBe(true);
  });
});
