import { describe, expect, it } from 'vitest';
import { daysSince, isStale, todayIn } from './freshness.ts';

describe('freshness', () => {
  it('counts whole days, across month and year ends', () => {
    expect(daysSince('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysSince('2025-12-31', '2026-01-01')).toBe(1);
  });
  it('is stale only past the re-check period', () => {
    expect(isStale('2026-01-01', 180, '2026-06-30')).toBe(false); // day 180
    expect(isStale('2026-01-01', 180, '2026-07-01')).toBe(true); // day 181
  });
  it('takes today in the site time zone', () => {
    // 18:30 UTC on 23 November is already 24 November in Hạ Long (UTC+7).
    expect(todayIn('Asia/Ho_Chi_Minh', new Date('2026-11-23T18:30:00Z'))).toBe('2026-11-24');
    expect(todayIn('UTC', new Date('2026-11-23T18:30:00Z'))).toBe('2026-11-23');
  });
});
