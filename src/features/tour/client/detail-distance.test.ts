import { describe, expect, it } from 'vitest';
import { DETAIL_FAR, DETAIL_NEAR, detailWanted } from './detail-distance.ts';

describe('the tour level of detail by distance', () => {
  it('swaps the detailed level in when the visitor comes near, and out when they walk away', () => {
    expect(detailWanted(DETAIL_NEAR + 1, false)).toBe(false);
    expect(detailWanted(DETAIL_NEAR - 0.1, false)).toBe(true);
    expect(detailWanted(DETAIL_FAR + 0.1, true)).toBe(false);
  });
  it('does not flicker for a visitor standing between the two distances', () => {
    const between = (DETAIL_NEAR + DETAIL_FAR) / 2;
    expect(detailWanted(between, true)).toBe(true);
    expect(detailWanted(between, false)).toBe(false);
  });
});
