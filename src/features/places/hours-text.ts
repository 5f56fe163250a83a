import { clockOf, type OpenState } from './open-now.ts';
import { fill, pickStrings } from '../../client/strings.ts';

export type HoursStrings = Record<(typeof HOURS_KEYS)[number], string>;

const HOURS_KEYS = [
  'open',
  'openUntil',
  'openUntilTomorrow',
  'closed',
  'closedUntil',
  'closedUntilTomorrow',
  'closedUntilDay',
] as const;

/** The page's strings for hoursText (`map.hours.*`), with their {{slots}} kept for the browser to fill. */
export function hoursStrings(strings: Readonly<Record<string, string>>): HoursStrings {
  return pickStrings(strings, 'map.hours.', HOURS_KEYS);
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
