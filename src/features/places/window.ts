import { memoize } from '../../lib/memo/memoize.ts';
import { type HoursLocation, hoursLocationKey, parseOpeningHours } from '../../content/opening-hours/parse.ts';

/** Days of opening hours the map carries: a nightly build keeps it current with weeks to spare. */
export const HOURS_WINDOW_DAYS = 28;

/**
 * Open intervals of `value` over `days` days from `fromDay` (YYYY-MM-DD in the site's time zone), as
 * flat sorted [open, close, …] minutes from that day's midnight. The parser works on wall-clock fields
 * of local Dates, so minutes are counted from those fields too: the build machine's own time zone and
 * its daylight-saving changes cannot shift the result. Seasons, "PH off" and past-midnight ranges
 * come out as the parser reads them.
 */
export const openMinutes = memoize(
  (value: string, fromDay: string, days: number, where?: HoursLocation) =>
    `${value}\n${fromDay}\n${days}\n${hoursLocationKey(where)}`,
  readOpenMinutes,
);

function readOpenMinutes(value: string, fromDay: string, days: number, where?: HoursLocation): readonly number[] {
  const hours = parseOpeningHours(value, where);
  const [y, m, d] = fromDay.split('-').map(Number) as [number, number, number];
  const start = new Date(y, m - 1, d);
  const end = new Date(y, m - 1, d + days);
  const origin = Date.UTC(y, m - 1, d);
  const minuteOf = (date: Date) =>
    Math.round(
      (Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()) - origin) /
        60_000,
    );
  const flat: number[] = [];
  for (const [from, to] of hours.getOpenIntervals(start, end)) {
    const open = minuteOf(from);
    const close = minuteOf(to);
    if (close <= open) continue;
    // Two ranges that touch (e.g. "…-24:00" then "00:00-…") are one opening.
    if (flat.length > 0 && flat[flat.length - 1] === open) flat[flat.length - 1] = close;
    else flat.push(open, close);
  }
  return flat;
}
