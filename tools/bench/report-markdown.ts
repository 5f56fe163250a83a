import { LIGHTHOUSE_GOALS, missedGoals } from './lighthouse-goals.ts';
import type { LighthouseMetrics } from './lighthouse-metrics.ts';
import type {
  BenchReport,
  FirstSound,
  LighthousePage,
  MapBenchReport,
  OfflineReport,
  SyntheticBuild,
  TourFrames,
  TourReport,
} from './report.ts';
import { fuzzSection, scaleSection } from './report-scale-markdown.ts';
import { objectViewerSection, walkBreakdownSection } from './report-viewer-markdown.ts';
import type { Sizes } from './sizes.ts';

/** bench/out/report.md, also printed at the end of a run: numbers for people, report.json for machines. */
export function reportMarkdown(report: BenchReport): string {
  return [
    '# Benchmark',
    '',
    `${report.date} · Node ${report.node} · commit ${report.commit ?? 'unknown'}`,
    '',
    `**Build (demo content):** ${report.build.seconds.toFixed(1)} s, ${report.build.pages} pages`,
    '',
    ...pageBytesSection(report.pageBytes),
    '',
    ...lighthouseSection(report.lighthouse),
    '',
    ...firstSoundSection(report.firstSound),
    '',
    ...offlineSection(report.offline),
    '',
    ...tourSection(report.tour),
    '',
    ...walkBreakdownSection(report.walkBreakdown),
    '',
    ...objectViewerSection(report.objectViewer),
    '',
    ...mapSection(report.map),
    '',
    ...syntheticSection(report.synthetic),
    '',
    ...scaleSection(report.scale ?? 'skipped'),
    '',
    ...fuzzSection(report.fuzz ?? 'skipped'),
    '',
  ].join('\n');
}

function offlineSection(offline: OfflineReport | 'skipped'): string[] {
  const title = '## Offline';
  if (offline === 'skipped') return [title, '', 'Skipped (`--skip-offline`).'];
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const lines = [
    title,
    '',
    `**Precache (app shell):** ${offline.precacheFiles} files, ${kb(offline.precacheBrotliBytes)} brotli`,
    '',
    '| pack | download |',
    '|---|---|',
    ...Object.entries(offline.packBytes).map(([id, bytes]) => `| ${id} | ${(bytes / 1e6).toFixed(1)} MB |`),
    '',
  ];
  const times = offline.times;
  if ('error' in times) return [...lines, `Times not measured: ${times.error}`];
  const ms = (v: number | null) => (v === null ? '–' : `${v} ms`);
  return [
    ...lines,
    `Median of ${times.runs} runs, side by side in this run:`,
    '',
    '| reopen a visited exhibit, server off | same page from the network, no service worker | tap to first sound, server off |',
    '|---|---|---|',
    `| ${ms(times.reopenOfflineMs)} | ${ms(times.loadOnlineMs)} | ${ms(times.firstSoundOfflineMs)} |`,
  ];
}

function tourSection(tour: TourReport | 'skipped'): string[] {
  const title = '## 3D tour';
  if (tour === 'skipped') return [title, '', 'Skipped (`--skip-tour`).'];
  if (tour.error !== undefined) return [title, '', `Not measured: ${tour.error}`];
  const ms = (v: number | null) => (v === null ? '–' : `${v} ms`);
  const kb = (v: number | null) => (v === null ? '–' : `${(v / 1000).toFixed(1)} kB`);
  const ratio = (v: number | null) => (v === null ? '–' : v.toFixed(2));
  const brotliRatio =
    tour.ours.brotliBytes !== null && tour.peer.brotliBytes ? tour.ours.brotliBytes / tour.peer.brotliBytes : null;
  const model = [
    tour.modelBytes === null ? 'missing' : `${tour.modelBytes.toLocaleString('en')} bytes`,
    ...tour.modelExtensions,
  ].join(', ');
  const lines = [
    title,
    '',
    `Our tour \`${tour.path}\` beside \`<model-viewer>\` (peer) showing \`${tour.model}\` (${model}). ` +
      'Cold cache, service workers blocked, no throttling, software WebGL (SwiftShader); ' +
      `median of ${tour.runs} runs each, side by side in this run.`,
    '',
    '| | our tour | `<model-viewer>` (peer) | ours ÷ peer |',
    '|---|---|---|---|',
    `| time to first frame | ${ms(tour.ours.firstFrameMs)} | ${ms(tour.peer.firstFrameMs)} | ${ratio(tour.firstFrameRatio)} |`,
    `| bytes to first frame, as served | ${kb(tour.ours.bytes)} | ${kb(tour.peer.bytes)} | ${ratio(tour.bytesRatio)} |`,
    `| same files, brotli -11 | ${kb(tour.ours.brotliBytes)} | ${kb(tour.peer.brotliBytes)} | ${ratio(brotliRatio)} |`,
    `| WebGL canvas, pixels | ${tour.ours.canvas ?? '–'} | ${tour.peer.canvas ?? '–'} | |`,
    `| runs measured | ${tour.ours.ok}/${tour.runs} | ${tour.peer.ok}/${tour.runs} | |`,
    '',
    `First view of the tour: ${tour.ours.drawCalls ?? '–'} draw calls, ` +
      `${tour.ours.triangles?.toLocaleString('en') ?? '–'} triangles. ` +
      'Frame times in motion: requestAnimationFrame gaps in the page (how long the main thread was held), ' +
      'and the motion time over the frames shown on screen (what the visitor sees; on SwiftShader the two differ):',
    '',
    '| in motion | runs | frames | median frame time | 95th percentile | time per frame shown |',
    '|---|---|---|---|---|---|',
    frameRow(
      `our tour, walking (${tour.walk}; ${tour.frames.ours.drawn ?? '–'} frames drawn)`,
      tour.frames.ours,
      tour.runs,
    ),
    frameRow(`\`<model-viewer>\`, turning (${tour.peerMotion})`, tour.frames.peer, tour.runs),
  ];
  return tour.errors.length === 0 ? lines : [...lines, '', ...tour.errors.map((e) => `- ${e}`)];
}

function frameRow(what: string, f: TourFrames, runs: number): string {
  const ms = (v: number | null) => (v === null ? '–' : `${v.toFixed(1)} ms`);
  return `| ${what} | ${f.ok}/${runs} | ${f.frames ?? '–'} | ${ms(f.medianMs)} | ${ms(f.p95Ms)} | ${ms(f.msPerShownFrame)} |`;
}

function firstSoundSection(sound: FirstSound | 'skipped'): string[] {
  const title = '## Tap to first sound';
  if (sound === 'skipped') return [title, '', 'Skipped (`--skip-first-sound`).'];
  if (sound.error) return [title, '', `Not measured: ${sound.error}`];
  const ms = (v: number | null) => (v === null ? '–' : `${v} ms`);
  return [
    title,
    '',
    `Cold cache, ${sound.network}, median of ${sound.runs} runs each, side by side in this run.`,
    '',
    '| exhibit page (ours) | bare `<audio>` page (peer) | ours ÷ peer |',
    '|---|---|---|',
    `| ${ms(sound.oursMs)} | ${ms(sound.peerMs)} | ${sound.ratio === null ? '–' : sound.ratio.toFixed(2)} |`,
  ];
}

function pageBytesSection(rows: BenchReport['pageBytes']): string[] {
  const lines = [
    '## Bytes per page type',
    '',
    'kB (1 kB = 1000 bytes) as raw / gzip -9 / brotli -11; inline scripts and styles count as JS and CSS.',
    '',
    '| page type | page | HTML | CSS | JS | total | files |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const cells =
      'error' in row
        ? [`error: ${row.error}`, '', '', '', '']
        : [sizes(row.html), sizes(row.css), sizes(row.js), `**${sizes(row.total)}**`, String(row.files.length)];
    lines.push(`| ${row.type} | \`${row.path}\` | ${cells.join(' | ')} |`);
  }
  return lines;
}

function lighthouseSection(pages: LighthousePage[] | 'skipped'): string[] {
  const title = '## Lighthouse, mobile (simulated throttling), median of runs';
  if (pages === 'skipped') return [title, '', 'Skipped (`--skip-lighthouse`).'];
  const lines = [
    title,
    '',
    '| page | path | runs | performance | LCP | TBT | CLS | FCP | goals |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const page of pages) {
    const ok = page.runs.filter((run) => !('error' in run)).length;
    const cells = page.median ? metricCells(page.median) : ['failed', '', '', '', ''];
    const goal = LIGHTHOUSE_GOALS[page.page];
    const missed = missedGoals(page, goal);
    const verdict =
      !goal || Object.keys(goal).length === 0 ? '—' : missed.length === 0 ? 'met' : `**missed**: ${missed.join('; ')}`;
    lines.push(`| ${page.page} | \`${page.path}\` | ${ok}/${page.runs.length} | ${cells.join(' | ')} | ${verdict} |`);
  }
  const errors = pages.flatMap((page) =>
    page.runs.flatMap((run) => ('error' in run ? [`${page.page}: ${run.error}`] : [])),
  );
  return errors.length === 0 ? lines : [...lines, '', ...errors.map((e) => `- ${e}`)];
}

function syntheticSection(build: SyntheticBuild | 'skipped'): string[] {
  const title = '## Build with synthetic content';
  if (build === 'skipped') return [title, '', 'Skipped (`--skip-synthetic`).'];
  const what = `${build.exhibits} exhibits × ${build.languages} languages (${build.files} generated files)`;
  if (build.error !== undefined) return [title, '', `${what}: build failed: ${build.error}`];
  return [title, '', `${what}: **${build.seconds?.toFixed(1)} s**, ${build.pages} pages`];
}

function metricCells(m: LighthouseMetrics): string[] {
  return [String(m.performance), seconds(m.lcpMs), `${Math.round(m.tbtMs)} ms`, m.cls.toFixed(3), seconds(m.fcpMs)];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

export function sizes(s: Sizes): string {
  return `${kB(s.raw)} / ${kB(s.gzip)} / ${kB(s.brotli)}`;
}

function kB(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

function mapSection(map: MapBenchReport | 'skipped' | undefined): string[] {
  const title = '## Map of places';
  if (map === undefined || map === 'skipped') return [title, '', 'Skipped (`--skip-map`).'];
  if (map.error !== undefined) return [title, '', `Not measured: ${map.error}`];
  const ms = (v: number | null) => (v === null ? '–' : `${v} ms`);
  const x = (v: number | null) => (v === null ? '–' : `${v}×`);
  return [
    title,
    '',
    `${map.places.toLocaleString('en')} synthetic places, CPU slowed ${map.cpuSlowdown}×, median of ${map.runs} runs each, ` +
      'side by side in this run: our map page (supercluster, markers for the view only) beside a plain ' +
      'Leaflet.markercluster page of the same points over the same basemap.',
    '',
    '| | first render with clusters | frame median while panning | frame p95 while panning |',
    '|---|---|---|---|',
    `| ours \`${map.ours.path}\` (${map.ours.ok} ok) | ${ms(map.ours.firstRenderMs)} | ${ms(map.ours.frameMedianMs)} | ${ms(map.ours.frameP95Ms)} |`,
    `| peer \`${map.peer.path}\` (${map.peer.ok} ok) | ${ms(map.peer.firstRenderMs)} | ${ms(map.peer.frameMedianMs)} | ${ms(map.peer.frameP95Ms)} |`,
    `| ours ÷ peer | ${x(map.firstRenderRatio)} | | ${x(map.frameP95Ratio)} |`,
    ...(map.errors.length > 0 ? ['', `Errors: ${map.errors.join('; ')}`] : []),
  ];
}
