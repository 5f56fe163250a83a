import type { LighthousePage } from './report.ts';

/** What a page type must reach in Lighthouse mobile (issue 13). */
export type LighthouseGoal = { lcpMaxMs?: number; tbtMaxMs?: number };

/**
 * The page types Lighthouse measures and their goals: the exhibit page (where a QR label lands) must
 * paint its largest content within 1.5 s on every run; a page without a map or 3D must block the main
 * thread for at most 100 ms. The map and the tour page are measured, with no TBT goal.
 */
export const LIGHTHOUSE_GOALS: Record<string, LighthouseGoal> = {
  home: { tbtMaxMs: 100 },
  exhibit: { lcpMaxMs: 1500, tbtMaxMs: 100 },
  'places list': { tbtMaxMs: 100 },
  scan: { tbtMaxMs: 100 },
  map: {},
  tour: {},
};

/** The goals `page` misses, in words ("LCP 1.62 s > 1.5 s", "no LCP in 1 of 3 runs"); empty when it meets them. */
export function missedGoals(page: LighthousePage, goal: LighthouseGoal | undefined): string[] {
  if (!goal) return [];
  const missed: string[] = [];
  const failed = page.runs.filter((run) => 'error' in run);
  if (goal.lcpMaxMs !== undefined && failed.length > 0)
    missed.push(`no LCP in ${failed.length} of ${page.runs.length} runs`);
  if (!page.median) return [...missed, 'no successful run'];
  if (goal.lcpMaxMs !== undefined && page.median.lcpMs > goal.lcpMaxMs)
    missed.push(`LCP ${seconds(page.median.lcpMs)} > ${seconds(goal.lcpMaxMs)}`);
  if (goal.tbtMaxMs !== undefined && page.median.tbtMs > goal.tbtMaxMs)
    missed.push(`TBT ${Math.round(page.median.tbtMs)} ms > ${goal.tbtMaxMs} ms`);
  return missed;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
