import { join } from 'node:path';
import { countPages } from './count-pages.ts';
import type { SyntheticBuild } from './report.ts';
import { syntheticExhibitFiles } from './synthetic-exhibits.ts';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { timedAstroBuild } from './astro-process.ts';
import { writeSyntheticProject } from './synthetic-project.ts';

/**
 * Builds the site against the real content plus `count` synthetic exhibits in every language, in a
 * throwaway project under bench/out/ (gitignored), and times it. The content loader reads
 * process.cwd()/content, so the build runs with that project as its working directory.
 */
export async function syntheticBuild(projectRoot: string, outDir: string, count: number): Promise<SyntheticBuild> {
  const catalog = loadCatalog(projectRoot);
  const { languages, defaultLanguage } = catalog.site;
  const prefixOf = new Map(catalog.museums.map((m) => [m.id, m.codePrefix]));
  const galleries = catalog.galleries.map((g) => ({ id: g.id, codePrefix: prefixOf.get(g.museum)! }));
  const image = catalog.exhibits[0]?.image;
  if (!image) throw new Error('bench: the synthetic exhibits reuse a real exhibit image, and there is none');
  const files = syntheticExhibitFiles({ count, galleries, image, languages, defaultLanguage });

  const dir = join(outDir, 'synthetic-project');
  writeSyntheticProject(
    projectRoot,
    dir,
    files.map((f) => ({ path: join('exhibits', f.name), text: f.text })),
  );

  const result = { exhibits: count, languages: languages.length, files: files.length };
  try {
    const build = await timedAstroBuild(projectRoot, dir, join(outDir, 'synthetic-build.log'));
    return { ...result, seconds: build.seconds, pages: build.pages ?? countPages(join(dir, 'dist')) };
  } catch (error) {
    return { ...result, seconds: null, pages: null, error: error instanceof Error ? error.message : String(error) };
  }
}
