import type { ObjectViewerReport } from './object-viewer.ts';
import type { WalkBreakdownRow } from './walk-breakdown.ts';

const ms = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${v} ms`);
const kb = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${(v / 1000).toFixed(1)} kB`);
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined || !b ? '–' : (a / b).toFixed(2);

/** The object viewer beside model-viewer: bytes and time to first frame, frame time while orbiting. */
export function objectViewerSection(report: ObjectViewerReport | 'skipped' | { error: string } | undefined): string[] {
  const title = '## Object viewer (scanned exhibit)';
  if (report === undefined) return [];
  if (report === 'skipped') return [title, '', 'Skipped (`--skip-object-viewer`).'];
  if ('error' in report) return [title, '', `Not measured: ${report.error}`];
  const { ours, peerOriginal: a, peerDetailed: b } = report;
  const lines = [
    title,
    '',
    `Our viewer on the exhibit page (timed from the "View in 3D" click: the page is already there) beside ` +
      `\`<model-viewer>\` given the original capture \`${report.original.path}\` (${kb(report.original.bytes)}) and given our ` +
      `detailed level (timed from navigation). 1280×720 window, software WebGL, median of ${report.runs} runs.`,
    '',
    '| | ours | model-viewer, original | model-viewer, our detailed level | ours ÷ original | ours ÷ detailed |',
    '|---|---|---|---|---|---|',
    `| time to first frame | ${ms(ours.firstFrameMs)} | ${ms(a.firstFrameMs)} | ${ms(b.firstFrameMs)} | ${ratio(ours.firstFrameMs, a.firstFrameMs)} | ${ratio(ours.firstFrameMs, b.firstFrameMs)} |`,
    `| bytes to first frame | ${kb(ours.bytes)} | ${kb(a.bytes)} | ${kb(b.bytes)} | ${ratio(ours.bytes, a.bytes)} | ${ratio(ours.bytes, b.bytes)} |`,
    `| frame time orbiting, median | ${ms(ours.orbitMedianMs)} | ${ms(a.orbitMedianMs)} | ${ms(b.orbitMedianMs)} | ${ratio(ours.orbitMedianMs, a.orbitMedianMs)} | ${ratio(ours.orbitMedianMs, b.orbitMedianMs)} |`,
    `| frame time orbiting, p95 | ${ms(ours.orbitP95Ms)} | ${ms(a.orbitP95Ms)} | ${ms(b.orbitP95Ms)} | ${ratio(ours.orbitP95Ms, a.orbitP95Ms)} | ${ratio(ours.orbitP95Ms, b.orbitP95Ms)} |`,
    '',
    `Ours: detailed level on screen ${ms(ours.detailedMs)} after the click; then ${ours.drawCalls ?? '–'} draw calls and ` +
      `${ours.triangles?.toLocaleString('en') ?? '–'} triangles in view (tour budgets: ≤ 100 calls, ≤ 300,000 triangles).`,
  ];
  return report.errors.length ? [...lines, '', ...report.errors.map((e) => `- ${e}`)] : lines;
}

/** Where a walking frame goes. */
export function walkBreakdownSection(rows: WalkBreakdownRow[] | 'skipped' | { error: string } | undefined): string[] {
  const title = '## Where a walking frame goes';
  if (rows === undefined) return [];
  if (rows === 'skipped') return [title, '', 'Skipped (`--skip-walk-breakdown`).'];
  if ('error' in rows) return [title, '', `Not measured: ${rows.error}`];
  return [
    title,
    '',
    'The tour bench walk, repeated with the DOM labels hidden and at a quarter of the pixels (half the pixel ratio, same layout).',
    '',
    "Browser CPU per frame is the CPU time of all the browser's processes (SwiftShader draws in its GPU process) " +
      "divided by the frames shown on screen (the compositor's DrawFrame events): unlike wall time, it does not stretch when the machine is shared.",
    '',
    '| | canvas | runs | median frame | 95th percentile | browser CPU per frame |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.canvas ?? '–'} | ${r.runs} | ${ms(r.medianMs)} | ${ms(r.p95Ms)} | ${ms(r.cpuMsPerFrame)} |`,
    ),
  ];
}
