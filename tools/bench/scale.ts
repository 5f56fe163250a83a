import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { renderSecondsFrom, searchIndexSecondsFrom } from './build-log.ts';
import { countPages } from './count-pages.ts';
import { growthOf } from './growth.ts';
import type { ScaleReport, ScaleRun } from './report.ts';
import { syntheticExhibitFiles } from './synthetic-exhibits.ts';
import { syntheticPlaceFiles } from './synthetic-places.ts';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { exitOf, startAstro } from './astro-process.ts';
import { watchPeakMemory } from './peak-memory.ts';
import { writeSyntheticProject } from './synthetic-project.ts';

/** Collection sizes measured: exhibits (each in every language) and places (twice as many). */
export const SCALE_STEPS = [500, 1000, 2500, 5000].map((exhibits) => ({ exhibits, places: exhibits * 2 }));

/**
 * Builds the site with each step's synthetic collection on top of the real content, one after the
 * other in a throwaway project under bench/out/, and measures build time, peak memory, output size and
 * the search index's size; then how each grows from the smallest collection to the largest.
 */
export async function scaleBench(projectRoot: string, outDir: string, steps = SCALE_STEPS): Promise<ScaleReport> {
  const runs: ScaleRun[] = [];
  for (const step of steps) {
    console.log(`bench: scale: ${step.exhibits} exhibits × every language + ${step.places} places…`);
    runs.push(await scaleRun(projectRoot, outDir, step.exhibits, step.places));
    const last = runs[runs.length - 1]!;
    const mb = (bytes: number | null) => (bytes === null ? '?' : `${(bytes / 1e6).toFixed(0)} MB`);
    console.log(
      `bench: scale:   ${last.error ?? `${last.seconds?.toFixed(0)} s (pages ${last.renderSeconds?.toFixed(0)} s, search index ${last.searchIndexSeconds?.toFixed(0)} s), ${last.pages} pages, peak memory ${mb(last.peakMemoryBytes)}, output ${mb(last.outputBytes)}, search index ${mb(last.searchIndexBytes)}`}`,
    );
  }
  const ok = runs.filter((r) => r.seconds !== null);
  const growth =
    ok.length >= 2
      ? {
          seconds: growthOf(ok.map((r) => ({ size: r.exhibits, value: r.seconds! }))),
          peakMemoryBytes: ok.every((r) => r.peakMemoryBytes !== null)
            ? growthOf(ok.map((r) => ({ size: r.exhibits, value: r.peakMemoryBytes! })))
            : null,
          outputBytes: growthOf(ok.map((r) => ({ size: r.exhibits, value: r.outputBytes! }))),
          searchIndexBytes: growthOf(ok.map((r) => ({ size: r.exhibits, value: r.searchIndexBytes! }))),
        }
      : null;
  return { cores: (await import('node:os')).availableParallelism(), runs, growth };
}

async function scaleRun(projectRoot: string, outDir: string, exhibits: number, places: number): Promise<ScaleRun> {
  const catalog = loadCatalog(projectRoot);
  const { languages, defaultLanguage } = catalog.site;
  const prefixOf = new Map(catalog.museums.map((m) => [m.id, m.codePrefix]));
  const image = catalog.exhibits[0]?.image;
  if (!image) throw new Error('bench: the synthetic exhibits reuse a real exhibit image, and there is none');
  const files = [
    ...syntheticExhibitFiles({
      count: exhibits,
      galleries: catalog.galleries.map((g) => ({ id: g.id, codePrefix: prefixOf.get(g.museum)! })),
      image,
      languages,
      defaultLanguage,
    }).map((f) => ({ ...f, dir: 'exhibits' })),
    ...syntheticPlaceFiles({
      count: places,
      categories: catalog.site.placeCategories.map((c) => c.id),
      tags: catalog.site.placeTags.map((t) => t.id),
      experts: catalog.experts.map((e) => e.id),
      destination: catalog.destinations[0]?.id ?? '',
      bounds: catalog.destinations[0]?.map.bounds ?? { south: 0, west: 0, north: 0, east: 0 },
      defaultLanguage,
      translations: [defaultLanguage, 'en'],
    }).map((f) => ({ ...f, dir: 'places' })),
  ];
  const dir = join(outDir, 'scale-project');
  writeSyntheticProject(
    projectRoot,
    dir,
    files.map((f) => ({ path: join(f.dir, f.name), text: f.text })),
  );

  const base = { exhibits, places, languages: languages.length, files: files.length };
  const log = join(outDir, `scale-${exhibits}.log`);
  const started = performance.now();
  const child = startAstro(projectRoot, ['build'], dir, log);
  const memory = watchPeakMemory(child.pid!);
  try {
    const code = await exitOf(child);
    const peakMemoryBytes = memory.stop();
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) return { ...base, ...blank, error: `astro build exited with ${code}; see ${log}` };
    const dist = join(dir, 'dist');
    const output = readFileSync(log, 'utf8');
    return {
      ...base,
      seconds,
      renderSeconds: renderSecondsFrom(output) ?? null,
      searchIndexSeconds: searchIndexSecondsFrom(output) ?? null,
      peakMemoryBytes,
      pages: countPages(dist),
      outputBytes: bytesUnder(dist),
      searchIndexBytes: bytesUnder(join(dist, 'pagefind')),
    };
  } finally {
    memory.stop();
  }
}

const blank = {
  seconds: null,
  peakMemoryBytes: null,
  pages: null,
  outputBytes: null,
  searchIndexBytes: null,
  renderSeconds: null,
  searchIndexSeconds: null,
};

function bytesUnder(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}
