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
  offline: OfflineReport | 'skipped';
};

/** Service worker and offline packs: sizes from the build, times from a browser run. */
export type OfflineReport = {
  precacheBrotliBytes: number;
  precacheFiles: number;
  /** Bytes each language's museum pack downloads (Opus narration), by pack id. */
  packBytes: Record<string, number>;
  times: OfflineTimes | { error: string };
};

export type OfflineTimes = {
  runs: number;
  /** Reopening a visited exhibit page with the server off, served by the service worker. */
  reopenOfflineMs: number | null;
  /** The same page from the network with no service worker (the peer). */
  loadOnlineMs: number | null;
  firstSoundOfflineMs: number | null;
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
