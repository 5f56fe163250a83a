import { memoize } from '../../lib/memo/memoize.ts';

/** Whole days from `isoDate` to `today` (both YYYY-MM-DD), in UTC so time zones cannot shift it. */
export function daysSince(isoDate: string, today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${isoDate}T00:00:00Z`);
  return Math.floor(ms / 86_400_000);
}

/** A listing is stale once more than `freshnessDays` have passed since an expert last verified it. */
export function isStale(verifiedOn: string, freshnessDays: number, today: string): boolean {
  return daysSince(verifiedOn, today) > freshnessDays;
}

/** Today's date as YYYY-MM-DD in the site's time zone: a build just after midnight in Hạ Long is the new day. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return isoDateFormat(timeZone).format(now);
}

// One formatter per time zone: making one costs far more than using it, and every listing asks.
const isoDateFormat = memoize(
  (timeZone: string) => timeZone,
  (timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
);
