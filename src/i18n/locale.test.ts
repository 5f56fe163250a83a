import { describe, expect, it } from 'vitest';
import { formatDate, formatVnd, weekdayName } from './locale.ts';

describe('locale formatting', () => {
  it('names weekdays from Monday in each language', () => {
    expect(weekdayName(0, 'en')).toBe('Monday');
    expect(weekdayName(6, 'en')).toBe('Sunday');
    expect(weekdayName(0, 'fr')).toBe('lundi');
    expect(weekdayName(0, 'zh')).toBe('星期一');
    expect(weekdayName(0, 'vi')).toBe('Thứ Hai');
  });

  it('formats the same date differently per language, every time it is asked', () => {
    expect(formatDate('2026-03-05', 'en')).toBe('March 5, 2026');
    expect(formatDate('2026-03-05', 'fr')).toBe('5 mars 2026');
    expect(formatDate('2026-03-06', 'en')).toBe('March 6, 2026');
    expect(formatDate('2026-03-05', 'en')).toBe('March 5, 2026');
  });

  it('formats đồng without decimals', () => {
    expect(formatVnd(45000, 'en')).toBe('₫45,000');
  });
});
