import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Catalog } from '../../../content/schemas/catalog.ts';
import type { PackFile, PackManifest } from '../../../content/schemas/offline-pack.ts';
import type { Language } from '../../../content/schemas/language.ts';
import type { Scene } from '../../../content/schemas/scene.ts';
import { urls } from '../../../urls.ts';
import { splatPackFiles } from '../../splats/index.ts';
import { lazyChunks, withImports } from './lazy-chunks.ts';
import {
  packAssetsOf,
  packData,
  packId,
  packPages,
  packUrl,
  packVenues,
  packZoomImagesOf,
  packZoomLevels,
} from './packs.ts';

/**
 * Writes one pack manifest per museum, per destination and per language into the built site, listing every file with its
 * size so the visitor sees the size before downloading. Files the service worker precaches already
 * are left out. Returns each pack's id and size (Opus narration counted).
 */
export function writePackManifests(
  dist: string,
  catalog: Catalog,
  precached: ReadonlySet<string>,
  scenes: ReadonlyMap<string, Pick<Scene, 'splats'>> = new Map(),
): { id: string; bytes: number }[] {
  const written: { id: string; bytes: number }[] = [];
  for (const venue of packVenues(catalog)) {
    for (const lang of catalog.site.languages) {
      const files = new Map<string, PackFile>();
      const hash = createHash('sha256');
      const add = (url: string, path: string, format?: PackFile['format']) => {
        if (files.has(url) || precached.has(url) || !existsSync(path)) return;
        const bytes = statSync(path).size;
        files.set(url, format ? { url, bytes, format } : { url, bytes });
        hash.update(`${url} ${bytes}\n`);
      };
      for (const page of packPages(catalog, venue, lang)) {
        const path = join(dist, page, 'index.html');
        if (!existsSync(path)) continue;
        const html = readFileSync(path, 'utf8');
        hash.update(html);
        add(page, path);
        const assets = packAssetsOf(html);
        for (const asset of assets) add(asset.url, join(dist, asset.url), asset.format);
        // The modules a page's scripts import: the app shell no longer holds every script.
        const scripts = assets.filter((a) => a.url.endsWith('.js')).map((a) => a.url);
        for (const url of withImports(dist, scripts)) add(url, join(dist, url));
        // "Look closer" offline: the viewer's lazily loaded code and every tile of the photo.
        const zoom = packZoomImagesOf(html);
        if (zoom.length > 0) for (const url of lazyChunks(dist, /^openseadragon\./)) add(url, join(dist, url));
        for (const dzi of zoom) {
          if (!existsSync(join(dist, dzi))) continue;
          add(dzi, join(dist, dzi));
          // The levels a phone needs to read detail at half the original's resolution; deeper stays online.
          for (const level of packZoomLevels(readFileSync(join(dist, dzi), 'utf8')))
            for (const tile of filesUnder(dist, `${dzi.replace(/\.dzi$/, '_files')}/${level}`))
              add(tile, join(dist, tile));
        }
      }
      for (const url of packData(venue, lang)) add(url, join(dist, url));
      const models =
        venue.kind === 'museum'
          ? modelFiles(dist, catalog, scenes, venue.id, lang, precached, new Set(files.keys()))
          : [];
      for (const model of models) hash.update(`${model.url} ${model.bytes}\n`);
      const manifest: PackManifest = {
        id: packId(venue, lang),
        museum: venue.id,
        lang,
        version: hash.digest('hex').slice(0, 16),
        files: [...files.values()],
        models,
      };
      const out = join(dist, packUrl(venue, lang));
      mkdirSync(join(out, '..'), { recursive: true });
      writeFileSync(out, JSON.stringify(manifest));
      const bytes = manifest.files.filter((f) => f.format !== 'mp3').reduce((sum, f) => sum + f.bytes, 0);
      written.push({ id: manifest.id, bytes });
    }
  }
  return written;
}

/**
 * The separate "3D" choice of a pack: the museum's tour pages, the tour's code (the lazily loaded
 * chunk and what it imports) and every exhibit's models, both levels of detail, and splats, the
 * galleries' room splats included.
 */
function modelFiles(
  dist: string,
  catalog: Catalog,
  scenes: ReadonlyMap<string, Pick<Scene, 'splats'>>,
  museumId: string,
  lang: Language,
  precached: ReadonlySet<string>,
  inPack: ReadonlySet<string>,
): PackFile[] {
  const out = new Map<string, PackFile>();
  const add = (url: string) => {
    const path = join(dist, url.endsWith('/') ? `${url}index.html` : url);
    if (out.has(url) || precached.has(url) || inPack.has(url) || !existsSync(path)) return;
    out.set(url, { url, bytes: statSync(path).size });
  };
  const galleries = catalog.galleries.filter((g) => g.museum === museumId);
  const galleryIds = new Set(galleries.map((g) => g.id));
  for (const gallery of galleries) if (gallery.scene) add(urls.tour(lang, gallery.scene));
  for (const chunk of lazyChunks(dist, /^tour-3d\./)) add(chunk);
  const exhibits = catalog.exhibits.filter((e) => galleryIds.has(e.gallery));
  const roomSplats = galleries.flatMap((g) => (g.scene ? (scenes.get(g.scene)?.splats ?? []) : []));
  // Splats: their coarse and phone levels (a pack is for the phone in hand), and Spark's chunks.
  if (exhibits.some((e) => e.splat) || roomSplats.length > 0)
    for (const chunk of lazyChunks(dist, /^(progressive-splat|splat-stage)\./)) add(chunk);
  for (const room of roomSplats) for (const url of splatPackFiles(room.splat)) add(url);
  for (const exhibit of exhibits) {
    if (exhibit.model?.light) add(exhibit.model.light);
    if (exhibit.model?.src) add(exhibit.model.src);
    if (exhibit.splat) for (const url of splatPackFiles(exhibit.splat)) add(url);
  }
  return [...out.values()];
}

/** Site paths of every file in a folder of the built site (a deep-zoom pyramid), in a stable order. */
function filesUnder(dist: string, folder: string): string[] {
  if (!existsSync(join(dist, folder))) return [];
  return readdirSync(join(dist, folder), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `/${relative(dist, join(d.parentPath, d.name)).split(sep).join('/')}`)
    .sort();
}
