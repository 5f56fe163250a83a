import { describe, expect, it } from 'vitest';
import { hoursText } from './hours-text.ts';
import { openStateAt } from './open-now.ts';

const strings = {
  open: 'Open now',
  openUntil: 'Open now, closes at {{time}}',
  openUntilTomorrow: 'Open now, closes tomorrow at {{time}}',
  closed: 'Closed now',
  closedUntil: 'Closed now, opens at {{time}}',
  closedUntilTomorrow: 'Closed now, opens tomorrow at {{time}}',
  closedUntilDay: 'Closed now, opens {{day}} at {{time}}',
};
const dayName = (days: number) => `in ${days} days`;
const at = (schedule: number[], minute: number, days = 7) =>
  hoursText(openStateAt(schedule, minute, days), minute, strings, dayName);

describe('hoursText', () => {
  it('says when an open place closes', () => {
    expect(at([360, 630], 400)).toBe('Open now, closes at 10:30');
  });
  it('says “tomorrow” for a bar that closes past midnight', () => {
    expect(at([1080, 1560], 1300)).toBe('Open now, closes tomorrow at 02:00');
  });
  it('says when a closed place opens: today, tomorrow or on a named day', () => {
    expect(at([360, 630], 100)).toBe('Closed now, opens at 06:00');
    expect(at([1440 + 360, 1440 + 630], 700)).toBe('Closed now, opens tomorrow at 06:00');
    expect(at([3 * 1440 + 480, 3 * 1440 + 1020], 700)).toBe('Closed now, opens in 3 days at 08:00');
  });
  it('says nothing when the hours are not known', () => {
    expect(hoursText({ state: 'unknown' }, 0, strings, dayName)).toBe('');
  });
});
