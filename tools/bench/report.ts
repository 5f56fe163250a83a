import type { LighthouseMetrics } from './lighthouse-metrics.ts';
import type { ObjectViewerReport } from './object-viewer.ts';
import type { PageBytes } from './page-bytes.ts';
import type { WalkBreakdownRow } from './walk-breakdown.ts';

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
  tour: TourReport | 'skipped';
  /** Absent in reports written before the scale series existed. */
  scale?: ScaleReport | 'skipped';
  fuzz?: FuzzReport[] | 'skipped';
  /** Missing in reports written before the map bench existed. */
  map?: MapBenchReport | 'skipped';
  /** The exhibit page's object viewer beside model-viewer (issue 16); missing in older reports. */
  objectViewer?: ObjectViewerReport | 'skipped' | { error: string };
  /** Where a walking frame goes: the tour walked as shipped, labels hidden, a quarter of the pixels. */
  walkBreakdown?: WalkBreakdownRow[] | 'skipped' | { error: string };
};

/** One build of the synthetic collection: `exhibits` in every language plus `places`. */
export type ScaleRun = {
  exhibits: number;
  places: number;
  languages: number;
  files: number;
  seconds: number | null;
  /** Largest resident memory of the build's process tree, sampled every 200 ms (Linux only). */
  peakMemoryBytes: number | null;
  pages: number | null;
  outputBytes: number | null;
  searchIndexBytes: number | null;
  /** Of `seconds`: Astro rendering the pages, and Pagefind indexing them (from the build's log). */
  renderSeconds: number | null;
  searchIndexSeconds: number | null;
  error?: string;
};

export type Growth = { slope: number; intercept: number; r2: number; sizeRatio: number; valueRatio: number };

export type ScaleReport = {
  cores: number;
  runs: ScaleRun[];
  growth: {
    seconds: Growth;
    peakMemoryBytes: Growth | null;
    outputBytes: Growth;
    searchIndexBytes: Growth;
  } | null;
};

/** Seeded random mutations of valid content files, each loaded the way the build loads content. */
export type FuzzReport = {
  /** Whose content was mutated: the demo content or the small test fixture. */
  source: string;
  seed: number;
  mutations: number;
  accepted: number;
  refused: number;
  seconds: number;
  /** Mutations that crashed the loader or were refused without naming the file and field. */
  failures: string[];
};

/** One side of the map bench: medians of the runs that succeeded. */
export type MapBenchSide = {
  ok: number;
  /** Navigation start to the first frame with the places clustered on the map, ms. */
  firstRenderMs: number | null;
  /** requestAnimationFrame deltas while panning, ms. */
  frameMedianMs: number | null;
  frameP95Ms: number | null;
};

/** The map with 10,000 synthetic places beside a plain Leaflet.markercluster page of the same points. */
export type MapBenchReport = {
  places: number;
  cpuSlowdown: number;
  runs: number;
  ours: MapBenchSide & { path: string };
  peer: MapBenchSide & { path: string };
  /** Ours ÷ peer: below 1 is faster. */
  firstRenderRatio: number | null;
  frameP95Ratio: number | null;
  errors: string[];
  error?: string;
};

/**
 * The 3D tour beside a peer, <model-viewer> showing one of its models: medians of the runs that
 * succeeded (`ok` of `runs`); `errors` says what failed and why, `error` that nothing was measured.
 */
export type TourReport = {
  runs: number;
  /** The tour page measured, a deep link that loads the 3D view at once. */
  path: string;
  /** The glb the peer shows, its bytes and the glTF extensions it uses. */
  model: string;
  modelBytes: number | null;
  modelExtensions: string[];
  /** The scripted walk, e.g. "KeyW 3 s, then KeyD 2 s", and the peer's motion as long. */
  walk: string;
  peerMotion: string;
  ours: TourLoad & { drawCalls: number | null; triangles: number | null };
  peer: TourLoad;
  /** Frame times in motion: ours walking, the peer turning the model (auto-rotate) as long. */
  frames: { ours: TourFrames & { drawn: number | null }; peer: TourFrames };
  /** Ours ÷ peer. */
  firstFrameRatio: number | null;
  bytesRatio: number | null;
  errors: string[];
  error?: string;
};

/**
 * Medians of the runs: requestAnimationFrame deltas in the page, and the motion's time over the frames
 * the compositor put on screen (`msPerShownFrame`); `drawn`: frames the tour drew.
 */
export type TourFrames = {
  ok: number;
  frames: number | null;
  medianMs: number | null;
  p95Ms: number | null;
  msPerShownFrame: number | null;
};

export type TourLoad = {
  ok: number;
  /** Navigation start to the first full frame, milliseconds. */
  firstFrameMs: number | null;
  /** Fetched until the first frame: as served by the bench server, and brotli -11 of the same files. */
  bytes: number | null;
  brotliBytes: number | null;
  /** The WebGL canvas's drawing buffer, "width×height" pixels (from the first run that measured it). */
  canvas: string | null;
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
