import { memoize } from '../../lib/memo/memoize.ts';
import { type HoursLocation, hoursLocationKey, parseOpeningHours } from '../../content/opening-hours/parse.ts';

/** Opening times of one day, as "HH:MM" pairs; `closesNextDay` marks a range that runs past midnight. */
export interface DayHours {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  ranges: { from: string; to: string; closesNextDay: boolean }[];
  /** True when the rule says "open" without a closing time (e.g. "24/7"). */
  allDay: boolean;
}

const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/**
 * A week of opening hours starting on the Monday of `reference`'s week, read from the parser rather
 * than from the text, so every form the syntax allows (seasons, "PH off", past midnight) is honoured
 * for that week. The parser works on wall-clock time: dates are built from local fields throughout.
 */
export const weeklyHours = memoize(
  (value: string, reference: Date, where?: HoursLocation) =>
    `${value}\n${reference.getFullYear()}-${reference.getMonth()}-${reference.getDate()}\n${hoursLocationKey(where)}`,
  readWeeklyHours,
);

function readWeeklyHours(value: string, reference: Date, where?: HoursLocation): readonly DayHours[] {
  const hours = parseOpeningHours(value, where);
  const monday = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  const days: DayHours[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    const start = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + weekday);
    const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
    const ranges: DayHours['ranges'] = [];
    let allDay = false;
    for (const [from, to] of hours.getOpenIntervals(start, end)) {
      const startsAtMidnight = from.getTime() === start.getTime();
      if (startsAtMidnight && to.getTime() === end.getTime()) {
        allDay = true;
        continue;
      }
      // A range that began the evening before belongs to that evening, as people read opening hours.
      if (startsAtMidnight && hours.getState(new Date(start.getTime() - 60_000))) continue;
      const runsOn = to.getTime() === end.getTime() ? hours.getNextChange(end) : to;
      const closesNextDay = to.getTime() === end.getTime() && runsOn !== undefined && runsOn.getTime() > end.getTime();
      ranges.push({ from: hhmm(from), to: hhmm(closesNextDay && runsOn ? runsOn : to), closesNextDay });
    }
    days.push({ weekday, ranges, allDay });
  }
  return days;
}

/** Consecutive days with the same hours, e.g. Tuesday–Sunday 08:00–17:00. */
export interface DaySpan {
  first: number;
  last: number;
  hours: DayHours;
}

export function groupDays(days: readonly DayHours[]): DaySpan[] {
  const key = (d: DayHours) => JSON.stringify([d.allDay, d.ranges]);
  const spans: DaySpan[] = [];
  for (const day of days) {
    const current = spans.at(-1);
    if (current && key(current.hours) === key(day) && current.last === day.weekday - 1) current.last = day.weekday;
    else spans.push({ first: day.weekday, last: day.weekday, hours: day });
  }
  return spans;
}

/** Whether the rule closes on public holidays, which a single week's table may not show. */
export function closedOnPublicHolidays(value: string): boolean {
  return /\bPH\s+(off|closed)\b/i.test(value);
}
