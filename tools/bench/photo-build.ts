import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import sharp from 'sharp';
import { photoHash } from '../../src/features/media/build/photo-hash.ts';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { timedAstroBuild } from './astro-process.ts';
import { imagesFrom, zoomPyramidsCutFrom } from './build-log.ts';
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
  /** Sizes Astro encoded anew and took from its cache, zoom pyramids cut anew, per build (from the logs). */
  first?: BuildImages;
  rebuild?: BuildImages;
  /** Bytes the bench's photographs occupy in the caches after both builds (Astro's sizes, our placeholders). */
  cacheBytes?: number;
  error?: string;
}

export interface BuildImages {
  encoded: number;
  reused: number;
  zoomCut: number | undefined;
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
    const logs = [join(outDir, 'photo-build-1.log'), join(outDir, 'photo-build-2.log')] as const;
    const first = await timedAstroBuild(projectRoot, dir, logs[0]);
    const second = await timedAstroBuild(projectRoot, dir, logs[1]);
    const images = (log: string): BuildImages => {
      const text = readFileSync(log, 'utf8');
      return { ...imagesFrom(text), zoomCut: zoomPyramidsCutFrom(text) };
    };
    return {
      ...base,
      firstBuildSeconds: first.seconds,
      rebuildSeconds: second.seconds,
      ratio: first.seconds / second.seconds,
      first: images(logs[0]),
      rebuild: images(logs[1]),
      cacheBytes: cacheBytes(dir, readFileSync(logs[1], 'utf8'), media, files, defaultLanguage),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, firstBuildSeconds: null, rebuildSeconds: null, ratio: null, error: message };
  }
}

/**
 * The cache entries this bench's build uses: Astro names each cached size after its output file
 * (node_modules/.astro/assets/<basename>, shared through the symlinked node_modules with other builds,
 * so the folder's total would count them too), plus our placeholder of each bench photo.
 */
function cacheBytes(
  dir: string,
  log: string,
  media: string,
  files: { name: string }[],
  defaultLanguage: string,
): number {
  const sizeOf = (path: string) => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  const assets = join(dir, 'node_modules', '.astro', 'assets');
  let bytes = 0;
  for (const [, path] of stripVTControlCharacters(log).matchAll(/▶ (\/\S+)/g)) {
    bytes += sizeOf(join(assets, basename(path as string)));
  }
  const placeholders = join(dir, 'node_modules', '.cache', 'museum-media', 'placeholders');
  for (const f of files.filter((x) => x.name.endsWith(`.${defaultLanguage}.md`))) {
    const photo = join(media, `${f.name.slice(0, -`.${defaultLanguage}.md`.length)}.jpg`);
    bytes += sizeOf(join(placeholders, `${photoHash(photo)}.txt`));
  }
  return bytes;
}
