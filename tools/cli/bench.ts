import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countPages } from '../bench/count-pages.ts';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { sizesOf } from '../bench/sizes.ts';
import { gitCommit } from '../bench/git-commit.ts';
import { pageBytes } from '../bench/page-bytes.ts';
import { pageSamples } from '../bench/page-types.ts';
import { fuzzContent } from '../fuzz/fuzz-content.ts';
import type {
  BenchReport,
  FuzzReport,
  FirstSound,
  MapBenchReport,
  OfflineReport,
  SyntheticBuild,
  TourReport,
} from '../bench/report.ts';
import { reportMarkdown } from '../bench/report-markdown.ts';
import { timedAstroBuild } from '../bench/astro-process.ts';
import { lighthouseAll } from '../bench/lighthouse.ts';
import { startPreview } from '../bench/preview.ts';
import { scaleBench } from '../bench/scale.ts';
import { syntheticBuild } from '../bench/synthetic.ts';
import { firstSound, writePeerPage } from '../bench/first-sound.ts';
import { offlineTimes } from '../bench/offline.ts';
import { blankTourReport, TOUR_PATH, tourBench, writeModelViewerPeer } from '../bench/tour.ts';
import { MAP_PLACES, mapBench, writeMapBench } from '../bench/map.ts';
import { photoBuildBench } from '../bench/photo-build.ts';
import { ensureDemoMedia } from '../demo-media/ensure-demo-media.ts';
import { ensureDemoScans } from '../model-import/ensure-demo-scans.ts';
import { photoLcp, writeOriginalPhotoPeer } from '../bench/photo-lcp.ts';
import { measureSplats } from '../bench/splats-step.ts';
import { objectViewerBench, writeObjectViewerPeers } from '../bench/object-viewer.ts';
import { peerTurnBreakdown, walkBreakdown } from '../bench/walk-breakdown.ts';
import { REPORTS_BENCH_DEFAULTS, reportsBench } from '../bench/reports-bench.ts';

// Measures, never judges: exit 0 whatever the numbers, 1 only on a crash, 2 on an unknown flag.
const usage =
  'usage: npm run bench -- [--skip-lighthouse] [--skip-synthetic] [--skip-first-sound] [--skip-offline] [--skip-tour] [--skip-object-viewer] [--skip-walk-breakdown] [--skip-map] [--skip-scale] [--skip-fuzz] [--photos [--photo-exhibits N]] [--reports] | --splats';
const lighthouseRuns = 3;
const syntheticExhibits = 1000;

async function main(): Promise<void> {
  const flags = parseFlags();
  if (!flags) return;
  // The project this script lives in, wherever it is started from.
  const root = join(import.meta.dirname, '..', '..');
  const outDir = join(root, 'bench', 'out');
  // A private outDir: teammates' `npm run build` rewrites dist/ at any moment, and a measurement taken
  // mid-rewrite once counted 81 of 570 pages.
  const distDir = join(outDir, 'dist');
  mkdirSync(outDir, { recursive: true });

  // The bench runs astro's own CLI, not tools/cli/astro.ts: make the demo photographs here.
  // The scans first: the Cham exhibits' photographs are rendered from them.
  await ensureDemoScans(root, console.log);
  await ensureDemoMedia(root, console.log);
  step('building the site (demo content)');
  const build = await timedAstroBuild(root, root, join(outDir, 'build.log'), ['--outDir', distDir]);
  const samples = pageSamples(distDir);

  if (flags.splats) {
    // Only the splat comparison (ours streaming vs Spark loading the whole file), into bench/out/splats.json.
    step('splats: time to first frame, peak memory, frame time (ours vs Spark whole file)');
    await measureSplats(root, distDir, outDir);
    return;
  }

  step('measuring bytes per page type');
  const bytes = samples.map(({ type, path }) => {
    try {
      return { type, path, ...pageBytes(distDir, path) };
    } catch (error) {
      return { type, path, error: messageOf(error) };
    }
  });

  const lighthouse = flags['skip-lighthouse']
    ? 'skipped'
    : await lighthouseAll(root, distDir, samples, lighthouseRuns, step);
  const sound = flags['skip-first-sound'] ? 'skipped' : await measureFirstSound(root, distDir, samples);
  const offline = flags['skip-offline'] ? 'skipped' : await measureOffline(root, distDir, samples);
  const tour = flags['skip-tour'] ? 'skipped' : await measureTour(root, distDir);
  const objectViewer = flags['skip-object-viewer'] ? 'skipped' : await measureObjectViewer(root, outDir, distDir);
  const breakdown = flags['skip-walk-breakdown'] ? 'skipped' : await measureWalkBreakdown(root, distDir);
  const map = flags['skip-map'] ? 'skipped' : await measureMap(root, distDir);
  const synthetic = flags['skip-synthetic'] ? 'skipped' : await synthesize(root, outDir);
  const scale = flags['skip-scale'] ? 'skipped' : await scaleBench(root, outDir);
  const fuzz = flags['skip-fuzz'] ? 'skipped' : await fuzzAll(root);
  if (flags.photos) await measurePhotos(root, outDir, distDir, Number(flags['photo-exhibits'] ?? 5000));
  if (flags.reports) {
    // The reports service's load and fault runs (`npm run bench:reports`), into bench/out/reports.json.
    step('reports service: load, kill -9 mid-load, database unavailable (SQLite, PostgreSQL)');
    const reports = await reportsBench(REPORTS_BENCH_DEFAULTS);
    writeFileSync(join(outDir, 'reports.json'), `${JSON.stringify(reports, null, 2)}\n`);
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    node: process.version,
    commit: gitCommit(root),
    build: { seconds: build.seconds, pages: build.pages ?? countPages(distDir) },
    pageBytes: bytes,
    lighthouse,
    synthetic,
    firstSound: sound,
    offline,
    tour,
    objectViewer,
    walkBreakdown: breakdown,
    map,
    scale,
    fuzz,
  };
  const markdown = reportMarkdown(report);
  writeFileSync(join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(outDir, 'report.md'), markdown);
  console.log(`\n${markdown}\nwritten: bench/out/report.json, bench/out/report.md`);
}

/** The flags, or undefined after printing usage (asked for, or an unknown option: exit code 2). */
function parseFlags() {
  const options = {
    'skip-lighthouse': { type: 'boolean' },
    'skip-synthetic': { type: 'boolean' },
    'skip-first-sound': { type: 'boolean' },
    'skip-offline': { type: 'boolean' },
    'skip-tour': { type: 'boolean' },
    'skip-object-viewer': { type: 'boolean' },
    'skip-walk-breakdown': { type: 'boolean' },
    'skip-map': { type: 'boolean' },
    'skip-scale': { type: 'boolean' },
    'skip-fuzz': { type: 'boolean' },
    // Off by default: thousands of photographs take long to make and encode the first time.
    photos: { type: 'boolean' },
    'photo-exhibits': { type: 'string' },
    // Off by default: it starts its own PostgreSQL and runs the service under load for a minute or two.
    reports: { type: 'boolean' },
    splats: { type: 'boolean' },
    help: { type: 'boolean' },
  } as const;
  try {
    const { values } = parseArgs({ options });
    if (!values.help) return values;
    console.log(usage);
  } catch (error) {
    console.error(`${messageOf(error)}\n${usage}`);
    process.exitCode = 2;
  }
  return undefined;
}

/**
 * Photographs, written to bench/out/photos.json: the QR page's LCP with the processed photo beside the
 * same page serving the camera's original (one run each), and a build of `count` photographed
 * synthetic exhibits timed twice (the second should reuse every encoded size).
 */
async function measurePhotos(root: string, outDir: string, distDir: string, count: number): Promise<void> {
  const exhibit = loadCatalog(root).exhibits.find((e) => e.photos.length > 0);
  let lcp: unknown = 'no photographed exhibit';
  if (exhibit) {
    step(`photos: LCP of /vi/exhibits/${exhibit.id}/ with the processed photo vs the original`);
    const bytes = writeOriginalPhotoPeer(
      distDir,
      `/vi/exhibits/${exhibit.id}/`,
      join(root, 'content', exhibit.photos[0]!.src),
    );
    const preview = await startPreview(root, distDir);
    try {
      lcp = await photoLcp(preview.origin, `/vi/exhibits/${exhibit.id}/`, bytes);
    } catch (error) {
      lcp = { error: messageOf(error) };
    } finally {
      await preview.stop();
    }
  }
  step(`photos: ${count} photographed exhibits, built twice`);
  const build = await photoBuildBench(root, outDir, count);
  const report = { lcp, build };
  writeFileSync(join(outDir, 'photos.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`photos: ${JSON.stringify(report, null, 2)}`);
}

/** Tap to first sound on an exhibit page with a recording, beside a bare <audio> peer, 5 runs each. */
async function measureFirstSound(
  root: string,
  distDir: string,
  samples: { type: string; path: string }[],
): Promise<FirstSound> {
  const network = 'fast 3G (150 ms, 1.6 Mbit/s)';
  const exhibit = samples.find((s) => s.type === 'exhibit');
  const audio =
    exhibit &&
    /src="(\/audio\/[^"]+\.webm)"/.exec(readFileSync(join(distDir, exhibit.path, 'index.html'), 'utf8'))?.[1];
  if (!exhibit || !audio)
    return { network, runs: 0, oursMs: null, peerMs: null, ratio: null, error: 'no exhibit page with a recording' };
  step(`tap to first sound × 5: ${exhibit.path}`);
  writePeerPage(distDir, audio);
  const preview = await startPreview(root, distDir);
  try {
    return await firstSound(preview.origin, exhibit.path, 5);
  } catch (error) {
    return { network, runs: 0, oursMs: null, peerMs: null, ratio: null, error: messageOf(error) };
  } finally {
    await preview.stop();
  }
}

/** Precache and pack sizes from the build; reopen and first-sound times with the server off. */
async function measureOffline(
  root: string,
  distDir: string,
  samples: { type: string; path: string }[],
): Promise<OfflineReport> {
  step('offline: precache and pack sizes, reopening with the server off × 3');
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const entries = JSON.parse(/\[\{"revision"[\s\S]*?\}\]/.exec(sw)?.[0] ?? '[]') as { url: string }[];
  const precacheBrotliBytes = entries.reduce((sum, e) => sum + sizesOf(readFileSync(join(distDir, e.url))).brotli, 0);
  const packBytes: Record<string, number> = {};
  for (const file of readdirSync(join(distDir, 'offline', 'packs'))) {
    const pack = JSON.parse(readFileSync(join(distDir, 'offline', 'packs', file), 'utf8')) as {
      id: string;
      files: { bytes: number; format?: string }[];
    };
    packBytes[pack.id] = pack.files.filter((f) => f.format !== 'mp3').reduce((sum, f) => sum + f.bytes, 0);
  }
  const exhibit = samples.find((s) => s.type === 'exhibit')?.path ?? '';
  let times: OfflineReport['times'];
  try {
    times = await offlineTimes(distDir, loadCatalog(root).site.languages, exhibit, 3);
  } catch (error) {
    times = { error: messageOf(error) };
  }
  return { precacheBrotliBytes, precacheFiles: entries.length, packBytes, times };
}

/** The 3D tour's first frame and a scripted walk, beside <model-viewer> showing the same model, 3 runs. */
async function measureTour(root: string, distDir: string): Promise<TourReport> {
  const runs = 3;
  step(`3D tour, first frame and a walk, beside <model-viewer> × ${runs}: ${TOUR_PATH}`);
  try {
    writeModelViewerPeer(root, distDir);
    const preview = await startPreview(root, distDir);
    try {
      return await tourBench(preview.origin, distDir, runs);
    } finally {
      await preview.stop();
    }
  } catch (error) {
    return { ...blankTourReport(distDir, runs), error: messageOf(error) };
  }
}

/** The exhibit page's object viewer beside model-viewer given the original scan and our detailed level, 3 runs. */
async function measureObjectViewer(root: string, outDir: string, distDir: string) {
  step('object viewer: a scanned exhibit beside <model-viewer> (original file, our detailed level) × 3');
  try {
    writeModelViewerPeer(root, distDir);
    await writeObjectViewerPeers(outDir, distDir);
    const preview = await startPreview(root, distDir);
    try {
      return await objectViewerBench(preview.origin, distDir, 3);
    } finally {
      await preview.stop();
    }
  } catch (error) {
    return { error: messageOf(error) };
  }
}

/** The tour's walk as shipped, with its labels hidden and at a quarter of the pixels, 3 runs each. */
async function measureWalkBreakdown(root: string, distDir: string) {
  step('where a walking frame goes: as shipped, labels hidden, a quarter of the pixels × 3');
  try {
    const preview = await startPreview(root, distDir);
    try {
      const rows = await walkBreakdown(preview.origin, 3);
      return [...rows, await peerTurnBreakdown(preview.origin, 3)];
    } finally {
      await preview.stop();
    }
  } catch (error) {
    return { error: messageOf(error) };
  }
}

/** The map with 10,000 synthetic places beside a plain Leaflet.markercluster page, CPU slowed 4×, 3 runs. */
async function measureMap(root: string, distDir: string): Promise<MapBenchReport> {
  const runs = 3;
  step(`map of places: ${MAP_PLACES} synthetic places beside Leaflet.markercluster, CPU 4× slower × ${runs}`);
  try {
    writeMapBench(root, distDir);
    const preview = await startPreview(root, distDir);
    try {
      return await mapBench(preview.origin, runs);
    } finally {
      await preview.stop();
    }
  } catch (error) {
    const none = { path: '', ok: 0, firstRenderMs: null, frameMedianMs: null, frameP95Ms: null };
    return {
      places: MAP_PLACES,
      cpuSlowdown: 4,
      runs,
      ours: none,
      peer: none,
      firstRenderRatio: null,
      frameP95Ratio: null,
      errors: [],
      error: messageOf(error),
    };
  }
}

async function synthesize(root: string, outDir: string): Promise<SyntheticBuild> {
  step(`building with ${syntheticExhibits} synthetic exhibits in every language`);
  try {
    return await syntheticBuild(root, outDir, syntheticExhibits);
  } catch (error) {
    return { exhibits: syntheticExhibits, languages: 0, files: 0, seconds: null, pages: null, error: messageOf(error) };
  }
}

/** Seeded content mutations: many over the small fixture (fast), fewer over the demo content. */
async function fuzzAll(root: string): Promise<FuzzReport[]> {
  const runs = [
    { source: 'test fixture', dir: join(root, 'test', 'fixtures', 'content', 'valid'), seed: 1, count: 3000 },
    { source: 'demo content', dir: root, seed: 2, count: 1000 },
  ];
  const reports: FuzzReport[] = [];
  for (const run of runs) {
    step(`content fuzzing: ${run.count} mutations of the ${run.source}`);
    const started = performance.now();
    const result = await fuzzContent(run.dir, { seed: run.seed, count: run.count });
    reports.push({ source: run.source, ...result, seconds: (performance.now() - started) / 1000 });
  }
  return reports;
}

function step(what: string): void {
  console.log(`bench: ${what}…`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Ctrl-C: exit through process.exit so the 'exit' hooks stop the preview server and builds.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
