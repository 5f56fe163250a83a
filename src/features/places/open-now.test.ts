import { describe, expect, it } from 'vitest';
import { clockOf, openStateAt, siteMinutes } from './open-now.ts';

describe('siteMinutes', () => {
  it('counts wall-clock minutes in the site time zone, not the browser’s', () => {
    // 23:30 UTC on 22 November is 06:30 on 23 November in Hạ Long.
    expect(siteMinutes(new Date('2026-11-22T23:30:00Z'), 'Asia/Ho_Chi_Minh', '2026-11-23')).toBe(6 * 60 + 30);
    expect(siteMinutes(new Date('2026-11-24T16:59:00Z'), 'Asia/Ho_Chi_Minh', '2026-11-23')).toBe(1440 + 23 * 60 + 59);
  });
});

describe('openStateAt', () => {
  const schedule = [360, 630, 960, 1260]; // 06:00–10:30 and 16:00–21:00 on day 0
  it('is open inside a range and says when it closes', () => {
    expect(openStateAt(schedule, 400, 1)).toEqual({ state: 'open', until: 630 });
  });
  it('is closed between ranges and says when it opens', () => {
    expect(openStateAt(schedule, 630, 1)).toEqual({ state: 'closed', until: 960 });
    expect(openStateAt(schedule, 0, 1)).toEqual({ state: 'closed', until: 360 });
  });
  it('has no next change after the last range', () => {
    expect(openStateAt(schedule, 1300, 1)).toEqual({ state: 'closed', until: null });
  });
  it('does not guess outside the computed window or without hours', () => {
    expect(openStateAt(schedule, 1440, 1)).toEqual({ state: 'unknown' });
    expect(openStateAt(schedule, -1, 1)).toEqual({ state: 'unknown' });
    expect(openStateAt(null, 10, 1)).toEqual({ state: 'unknown' });
  });
});

describe('clockOf', () => {
  it('gives the time of day and whether it is tomorrow', () => {
    expect(clockOf(1440 + 120, 1300)).toMatchObject({ time: '02:00', dayOffset: 1 });
    expect(clockOf(630, 400)).toMatchObject({ time: '10:30', dayOffset: 0 });
  });
});
