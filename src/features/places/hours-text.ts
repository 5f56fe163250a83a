import type { Translate } from '../../i18n/ui-key.ts';
import { clockOf, type OpenState } from './open-now.ts';
import { fill } from '../../client/strings.ts';

export type HoursStrings = Record<
  'open' | 'openUntil' | 'openUntilTomorrow' | 'closed' | 'closedUntil' | 'closedUntilTomorrow' | 'closedUntilDay',
  string
>;

/** The page's strings for hoursText, with their {{placeholders}} kept for the browser to fill. */
export function hoursStrings(t: Translate): HoursStrings {
  return {
    open: t('map.hours.open'),
    openUntil: t('map.hours.openUntil', { time: '{{time}}' }),
    openUntilTomorrow: t('map.hours.openUntilTomorrow', { time: '{{time}}' }),
    closed: t('map.hours.closed'),
    closedUntil: t('map.hours.closedUntil', { time: '{{time}}' }),
    closedUntilTomorrow: t('map.hours.closedUntilTomorrow', { time: '{{time}}' }),
    closedUntilDay: t('map.hours.closedUntilDay', { time: '{{time}}', day: '{{day}}' }),
  };
}

/**
 * "Open now, closes at 21:00", "Closed now, opens tomorrow at 06:00", "Closed now, opens Monday at
 * 08:00"; "" when the hours are unknown. `dayName(n)` names the day n days after today.
 */
export function hoursText(
  state: OpenState,
  now: number,
  strings: HoursStrings,
  dayName: (days: number) => string,
): string {
  if (state.state === 'unknown') return '';
  if (state.until === null) return state.state === 'open' ? strings.open : strings.closed;
  const { time, dayOffset } = clockOf(state.until, now);
  if (state.state === 'open') {
    if (dayOffset === 0) return fill(strings.openUntil, { time });
    return dayOffset === 1 ? fill(strings.openUntilTomorrow, { time }) : strings.open;
  }
  if (dayOffset === 0) return fill(strings.closedUntil, { time });
  if (dayOffset === 1) return fill(strings.closedUntilTomorrow, { time });
  return fill(strings.closedUntilDay, { time, day: dayName(dayOffset) });
}
