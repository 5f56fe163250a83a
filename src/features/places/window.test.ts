import { describe, expect, it } from 'vitest';
import { openMinutes } from './window.ts';

const H = 60;
const DAY = 1440;

describe('openMinutes', () => {
  it('carries a range past midnight into the next morning', () => {
    // Monday 23 November 2026: open 18:00 to 02:00; the first two hours are Sunday night's range.
    expect(openMinutes('Mo-Su 18:00-02:00', '2026-11-23', 2)).toEqual([
      0,
      2 * H,
      18 * H,
      DAY + 2 * H,
      DAY + 18 * H,
      2 * DAY,
    ]);
  });
  it('closes on Vietnamese public holidays with "PH off" (2 September, National Day)', () => {
    expect(openMinutes('Mo-Su 08:00-17:00; PH off', '2026-08-31', 3)).toEqual([
      8 * H,
      17 * H,
      DAY + 8 * H,
      DAY + 17 * H,
    ]);
  });
  it('follows seasons: summer hours end with September', () => {
    const rule = 'Apr-Sep Mo-Su 07:00-18:00; Oct-Mar Mo-Su 08:00-17:00';
    expect(openMinutes(rule, '2026-09-30', 2)).toEqual([7 * H, 18 * H, DAY + 8 * H, DAY + 17 * H]);
  });
  it('joins round-the-clock opening into one interval', () => {
    expect(openMinutes('24/7', '2026-11-23', 3)).toEqual([0, 3 * DAY]);
  });
  it('keeps a closed weekday empty', () => {
    // Tu-Su: Monday 23 November is closed.
    expect(openMinutes('Tu-Su 08:00-17:00', '2026-11-23', 2)).toEqual([DAY + 8 * H, DAY + 17 * H]);
  });
});
