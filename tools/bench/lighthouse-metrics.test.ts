import { describe, expect, it } from 'vitest';
import { type LighthouseResultShape, medianMetrics, metricsFrom } from './lighthouse-metrics.ts';
import { median } from './median.ts';

const lhr = (score: number | null, lcp = 2500): LighthouseResultShape => ({
  categories: { performance: { score } },
  audits: {
    'largest-contentful-paint': { numericValue: lcp },
    'total-blocking-time': { numericValue: 120 },
    'cumulative-layout-shift': { numericValue: 0.02 },
    'first-contentful-paint': { numericValue: 1200 },
  },
});

describe('metricsFrom', () => {
  it('reads the score as 0–100 and the metrics in milliseconds', () => {
    expect(metricsFrom(lhr(0.93))).toEqual({ performance: 93, lcpMs: 2500, tbtMs: 120, cls: 0.02, fcpMs: 1200 });
  });

  it('refuses a run that could not load the page rather than scoring it 0', () => {
    expect(() => metricsFrom(lhr(null))).toThrow(/no performance score/);
    const failed = { ...lhr(0), runtimeError: { code: 'NO_FCP', message: 'The page did not paint' } };
    expect(() => metricsFrom(failed)).toThrow(/NO_FCP/);
  });
});

describe('medianMetrics', () => {
  it('takes each metric’s median on its own', () => {
    const runs = [metricsFrom(lhr(0.9, 3000)), metricsFrom(lhr(0.5, 1000)), metricsFrom(lhr(0.7, 2000))];
    expect(medianMetrics(runs)).toMatchObject({ performance: 70, lcpMs: 2000 });
  });

  it('averages the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
