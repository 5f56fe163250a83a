import { describe, expect, it } from 'vitest';
import { LIGHTHOUSE_GOALS, missedGoals } from './lighthouse-goals.ts';
import type { LighthousePage } from './report.ts';

const run = (lcpMs: number, tbtMs: number) => ({ performance: 90, lcpMs, tbtMs, cls: 0, fcpMs: 800 });
const page = (runs: LighthousePage['runs'], median: LighthousePage['median']): LighthousePage => ({
  page: 'exhibit',
  path: '/vi/exhibits/x/',
  runs,
  median,
});

describe('missedGoals', () => {
  it('passes an exhibit page within 1.5 s LCP and 100 ms TBT on every run', () => {
    expect(missedGoals(page([run(1200, 40), run(1300, 60)], run(1250, 50)), LIGHTHOUSE_GOALS.exhibit)).toEqual([]);
  });

  it('names a run without LCP, a slow LCP and a long TBT', () => {
    const runs = [run(1700, 250), { error: 'Lighthouse: NO_LCP: no largest contentful paint' }];
    expect(missedGoals(page(runs, run(1700, 250)), LIGHTHOUSE_GOALS.exhibit)).toEqual([
      'no LCP in 1 of 2 runs',
      'LCP 1.70 s > 1.50 s',
      'TBT 250 ms > 100 ms',
    ]);
  });

  it('holds the map and the tour to no TBT goal', () => {
    expect(missedGoals(page([run(3000, 900)], run(3000, 900)), LIGHTHOUSE_GOALS.map)).toEqual([]);
    expect(missedGoals(page([run(3000, 900)], run(3000, 900)), LIGHTHOUSE_GOALS.tour)).toEqual([]);
  });
});
