import { describe, expect, it } from 'vitest';
import { closedOnPublicHolidays, groupDays, weeklyHours } from './weekly.ts';

const week = new Date(2026, 10, 25); // Wednesday 25 November 2026
const text = (value: string, reference = week) =>
  weeklyHours(value, reference).map((d) =>
    d.allDay ? 'all day' : d.ranges.map((r) => `${r.from}-${r.to}`).join(', ') || 'closed',
  );

describe('weeklyHours', () => {
  it('reads a closed Monday', () => {
    expect(text('Tu-Su 08:00-17:00; Mo off')).toEqual(['closed', ...Array(6).fill('08:00-17:00')]);
  });
  it('keeps a range past midnight on the evening it starts', () => {
    const days = weeklyHours('Mo-Su 17:00-02:00', week);
    expect(days[0]?.ranges).toEqual([{ from: '17:00', to: '02:00', closesNextDay: true }]);
    expect(days.every((d) => d.ranges.length === 1)).toBe(true);
  });
  it('says open all day for 24/7', () => {
    expect(text('24/7')).toEqual(Array(7).fill('all day'));
  });
  it('honours seasons for the week shown', () => {
    const seasonal = 'Apr-Oct Mo-Su 07:00-18:00; Nov-Mar Mo-Su 08:00-17:00';
    expect(text(seasonal)[0]).toBe('08:00-17:00');
    expect(text(seasonal, new Date(2026, 6, 15))[0]).toBe('07:00-18:00');
  });
  it('shows a public holiday in the week as closed', () => {
    // 2 September 2026 (National Day) is a Wednesday.
    expect(text('Mo-Su 08:00-17:00; PH off', new Date(2026, 8, 2))[2]).toBe('closed');
  });
});

describe('groupDays', () => {
  it('joins consecutive days with the same hours', () => {
    const spans = groupDays(weeklyHours('Mo-Fr 07:30-11:30,13:30-17:00; Sa 08:00-12:00', week));
    expect(spans.map((s) => [s.first, s.last])).toEqual([
      [0, 4],
      [5, 5],
      [6, 6],
    ]);
  });
});

describe('closedOnPublicHolidays', () => {
  it('spots PH off', () => {
    expect(closedOnPublicHolidays('Mo-Fr 08:00-17:00; PH off')).toBe(true);
    expect(closedOnPublicHolidays('Mo-Fr 08:00-17:00')).toBe(false);
  });
});
