import type { LighthouseMetrics } from './lighthouse-metrics.ts';
import type { PageBytes } from './page-bytes.ts';

/** Everything one `npm run bench` measured; written as bench/out/report.json. */
export type BenchReport = {
  date: string;
  node: string;
  commit: string | null;
  build: { seconds: number; pages: number };
  pageBytes: ({ type: string; path: string } & (PageBytes | { error: string }))[];
  lighthouse: LighthousePage[] | 'skipped';
  synthetic: SyntheticBuild | 'skipped';
};

export type LighthousePage = {
  page: string;
  path: string;
  /** Each run's metrics, or why it failed; the median is over the runs that succeeded. */
  runs: (LighthouseMetrics | { error: string })[];
  median: LighthouseMetrics | null;
};

export type SyntheticBuild = {
  exhibits: number;
  languages: number;
  files: number;
  seconds: number | null;
  pages: number | null;
  error?: string;
};
