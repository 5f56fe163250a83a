import { median } from './median.ts';

/** The numbers the benchmark keeps from one Lighthouse run. Times in milliseconds, score 0–100. */
export type LighthouseMetrics = { performance: number; lcpMs: number; tbtMs: number; cls: number; fcpMs: number };

/** The part of a Lighthouse result (LHR) read here; structural, so src/lib needs no lighthouse import. */
export type LighthouseResultShape = {
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number } | undefined>;
  runtimeError?: { code: string; message: string };
};

const auditIds = {
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  fcpMs: 'first-contentful-paint',
} as const;

/**
 * Metrics of one run. Throws when Lighthouse reports a runtime error or a missing metric: a run that
 * could not load the page must not enter the median as a score of 0.
 */
export function metricsFrom(lhr: LighthouseResultShape): LighthouseMetrics {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = lhr.categories.performance?.score;
  if (score === null || score === undefined) throw new Error('Lighthouse: no performance score');
  const metric = (id: string): number => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse: no value for audit "${id}"`);
    return value;
  };
  return {
    performance: Math.round(score * 100),
    lcpMs: metric(auditIds.lcpMs),
    tbtMs: metric(auditIds.tbtMs),
    cls: metric(auditIds.cls),
    fcpMs: metric(auditIds.fcpMs),
  };
}

/** Median of each metric on its own (not the median run), as Lighthouse's own guidance suggests. */
export function medianMetrics(runs: LighthouseMetrics[]): LighthouseMetrics {
  if (runs.length === 0) throw new Error('bench: no Lighthouse runs to take a median of');
  const pick = (key: keyof LighthouseMetrics) => median(runs.map((run) => run[key]))!; // runs is not empty
  return {
    performance: pick('performance'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    fcpMs: pick('fcpMs'),
  };
}
