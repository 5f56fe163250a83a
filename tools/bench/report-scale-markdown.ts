import type { FuzzReport, Growth, ScaleReport } from './report.ts';

const mb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1e6).toFixed(1)} MB`);
const s = (seconds: number | null) => (seconds === null ? '–' : `${seconds.toFixed(0)} s`);

/** The scale series: one row per collection size, then how each measurement grows. */
export function scaleSection(scale: ScaleReport | 'skipped'): string[] {
  const title = '## Scale: synthetic collections';
  if (scale === 'skipped') return [title, '', 'Skipped (`--skip-scale`).'];
  const rows = scale.runs.map((r) =>
    r.error !== undefined
      ? `| ${r.exhibits} | ${r.places} | build failed: ${r.error} | | | | | | |`
      : `| ${r.exhibits} | ${r.places} | ${r.pages} | **${r.seconds?.toFixed(0)} s** | ${s(r.renderSeconds)} | ${s(r.searchIndexSeconds)} | ${mb(r.peakMemoryBytes)} | ${mb(r.outputBytes)} | ${mb(r.searchIndexBytes)} |`,
  );
  const lines = [
    title,
    '',
    `Exhibits in all ${scale.runs[0]?.languages ?? '?'} languages, places in two; ${scale.cores} cores.`,
    '',
    '| exhibits | places | pages | build time | of which pages | of which search index | peak memory | output | search index |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ];
  if (!scale.growth) return [...lines, '', 'Too few successful builds to say how the numbers grow.'];
  const g = scale.growth;
  return [
    ...lines,
    '',
    'Growth from the smallest collection to the largest (linear fit over every size; r² = 1 is a straight line):',
    '',
    '| measurement | collection × | value × | per 1,000 exhibits | r² |',
    '|---|---:|---:|---:|---:|',
    growthRow('build time', g.seconds, (v) => `${v.toFixed(0)} s`),
    ...(g.peakMemoryBytes ? [growthRow('peak memory', g.peakMemoryBytes, mb)] : []),
    growthRow('output', g.outputBytes, mb),
    growthRow('search index', g.searchIndexBytes, mb),
  ];
}

function growthRow(name: string, g: Growth, unit: (v: number) => string): string {
  return `| ${name} | ${g.sizeRatio.toFixed(1)} | ${g.valueRatio.toFixed(2)} | ${unit(g.slope * 1000)} | ${g.r2.toFixed(3)} |`;
}

export function fuzzSection(fuzz: FuzzReport[] | 'skipped'): string[] {
  const title = '## Content fuzzing';
  if (fuzz === 'skipped') return [title, '', 'Skipped (`--skip-fuzz`).'];
  return [
    title,
    '',
    ...fuzz.flatMap((f) => [
      `- ${f.source}: ${f.mutations} seeded mutations (seed ${f.seed}) in ${f.seconds.toFixed(1)} s: ${f.accepted} accepted, ${f.refused} refused naming the file and field, **${f.failures.length} failures**`,
      ...f.failures.slice(0, 20).map((line) => `  - ${line}`),
    ]),
  ];
}
