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
  firstSound: FirstSound | 'skipped';
};

/** Tap on play to first sound on the exhibit page, beside a bare <audio> page of the same recording. */
export type FirstSound = {
  network: string;
  runs: number;
  /** Milliseconds, cold cache, median of the runs. */
  oursMs: number | null;
  peerMs: number | null;
  ratio: number | null;
  error?: string;
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
