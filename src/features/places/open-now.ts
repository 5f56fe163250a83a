/**
 * "Open now" from a precomputed schedule: the build reads each listing's OpenStreetMap
 * `opening_hours` with the maintained parser for a window of days, in the site's time zone, and the
 * map only looks minutes up. So the 1 MB parser never ships to a phone.
 */
import { memoize } from '../../lib/memo/memoize.ts';

export type OpenState =
  | { state: 'open'; until: number | null }
  | { state: 'closed'; until: number | null }
  | { state: 'unknown' };

// Building a formatter for a time zone is the slow part (the browser loads the zone's rules): once.
const clockIn = memoize(
  (timeZone: string) => timeZone,
  (timeZone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }),
);

/** Minutes since `fromDay` 00:00 in `timeZone` for the instant `now`. */
export function siteMinutes(now: Date, timeZone: string, fromDay: string): number {
  const clock = clockIn(timeZone);
  const parts = clock.formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.floor((wall - Date.parse(`${fromDay}T00:00:00Z`)) / 60_000);
}

/** Whether the place is open at `minute` and until when, from flat sorted [open, close, …] pairs. */
export function openStateAt(schedule: readonly number[] | null, minute: number, windowDays: number): OpenState {
  if (!schedule || minute < 0 || minute >= windowDays * 1440) return { state: 'unknown' };
  // First boundary strictly after `minute`: an odd index is a closing time, so the place is open.
  let low = 0;
  let high = schedule.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (schedule[mid]! <= minute) low = mid + 1;
    else high = mid;
  }
  const until = low < schedule.length ? schedule[low]! : null;
  return low % 2 === 1 ? { state: 'open', until } : { state: 'closed', until };
}

/** Wall-clock "HH:MM" and how many days after `minute`'s day a schedule minute falls. */
export function clockOf(target: number, from: number): { time: string; dayOffset: number; weekdayMinute: number } {
  const inDay = ((target % 1440) + 1440) % 1440;
  const time = `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
  return { time, dayOffset: Math.floor(target / 1440) - Math.floor(from / 1440), weekdayMinute: target };
}
