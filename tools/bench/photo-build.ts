import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { timedAstroBuild } from './astro-process.ts';
import { syntheticExhibitFiles } from './synthetic-exhibits.ts';
import { writeSyntheticProject } from './synthetic-project.ts';

export interface PhotoBuild {
  exhibits: number;
  photoPixels: string;
  makeSeconds: number;
  firstBuildSeconds: number | null;
  rebuildSeconds: number | null;
  /** first ÷ rebuild: what the content-hash caches (Astro's and ours) save. */
  ratio: number | null;
  error?: string;
}

const PHOTO = { width: 1200, height: 800 };

/**
 * `count` synthetic exhibits, each with its own photograph (a distinct JPEG, so no two share a cache
 * entry), built twice in a throwaway project: the first build encodes every size, the second should
 * find them all in node_modules/.astro (Astro's cache) and node_modules/.cache/museum-media (ours).
 */
export async function photoBuildBench(projectRoot: string, outDir: string, count: number): Promise<PhotoBuild> {
  const catalog = loadCatalog(projectRoot);
  const { languages, defaultLanguage } = catalog.site;
  const prefixOf = new Map(catalog.museums.map((m) => [m.id, m.codePrefix]));
  const galleries = catalog.galleries.map((g) => ({ id: g.id, codePrefix: prefixOf.get(g.museum)! }));
  const image = catalog.exhibits[0]!.image;
  const files = syntheticExhibitFiles({ count, galleries, image, languages, defaultLanguage }).map((f) => {
    if (!f.name.endsWith(`.${defaultLanguage}.md`)) return f;
    const id = f.name.slice(0, -`.${defaultLanguage}.md`.length);
    const photos = `photos:\n  - src: media/bench/${id}.jpg\n    alt: { ${defaultLanguage}: "Ảnh ${id}" }\n`;
    return { ...f, text: f.text.replace(/^(image: .*\n)/m, `$1${photos}`) };
  });
  const dir = join(outDir, 'photo-project');
  writeSyntheticProject(
    projectRoot,
    dir,
    files.map((f) => ({ path: join('exhibits', f.name), text: f.text })),
  );
  const media = join(dir, 'content', 'media', 'bench');
  mkdirSync(media, { recursive: true });
  const started = performance.now();
  for (const f of files.filter((x) => x.name.endsWith(`.${defaultLanguage}.md`))) {
    const id = f.name.slice(0, -`.${defaultLanguage}.md`.length);
    const n = Number.parseInt(id.replace(/\D/g, ''), 10) || 0;
    const background = { r: (n * 37) % 256, g: (n * 91) % 256, b: (n * 53) % 256 };
    const stripe = await sharp({
      create: { width: PHOTO.width / 4, height: PHOTO.height, channels: 3, background: '#eee' },
    })
      .png()
      .toBuffer();
    await sharp({ create: { ...PHOTO, channels: 3, background } })
      .composite([{ input: stripe, left: (n * 13) % (PHOTO.width - PHOTO.width / 4), top: 0 }])
      .jpeg({ quality: 85 })
      .toFile(join(media, `${id}.jpg`));
  }
  const makeSeconds = (performance.now() - started) / 1000;
  const base = { exhibits: count, photoPixels: `${PHOTO.width}×${PHOTO.height}`, makeSeconds };
  try {
    const first = await timedAstroBuild(projectRoot, dir, join(outDir, 'photo-build-1.log'));
    const second = await timedAstroBuild(projectRoot, dir, join(outDir, 'photo-build-2.log'));
    return {
      ...base,
      firstBuildSeconds: first.seconds,
      rebuildSeconds: second.seconds,
      ratio: first.seconds / second.seconds,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, firstBuildSeconds: null, rebuildSeconds: null, ratio: null, error: message };
  }
}
