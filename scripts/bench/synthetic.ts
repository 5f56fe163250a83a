import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countPages } from '../../src/lib/bench/count-pages.ts';
import type { SyntheticBuild } from '../../src/lib/bench/report.ts';
import { syntheticExhibitFiles } from '../../src/lib/bench/synthetic-exhibits.ts';
import { loadCatalog } from '../../src/lib/content/load-catalog.ts';
import { timedAstroBuild } from './astro-process.ts';

// Everything a build needs except content/. The code is copied: through a symlinked src/, Vite sees
// every module outside the project root and the build ships no CSS at all. node_modules and public/
// are only read, and shared through symlinks.
const copied = ['astro.config.mjs', 'src', 'package.json', 'tsconfig.json', 'scenes'];
const linked = ['public', 'node_modules'];

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
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of copied) {
    if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  for (const name of linked) {
    if (existsSync(join(projectRoot, name))) symlinkSync(join(projectRoot, name), join(dir, name));
  }
  cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  for (const file of files) writeFileSync(join(dir, 'content', 'exhibits', file.name), file.text);

  const result = { exhibits: count, languages: languages.length, files: files.length };
  try {
    const build = await timedAstroBuild(projectRoot, dir, join(outDir, 'synthetic-build.log'));
    return { ...result, seconds: build.seconds, pages: build.pages ?? countPages(join(dir, 'dist')) };
  } catch (error) {
    return { ...result, seconds: null, pages: null, error: error instanceof Error ? error.message : String(error) };
  }
}
