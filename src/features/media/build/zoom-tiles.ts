import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Catalog } from '../../../content/schemas/catalog.ts';
import { folders } from '../../../urls.ts';
import { isZoomable } from '../zoomable.ts';
import { photographedEntries } from './check-photos.ts';
import { photoHash } from './photo-hash.ts';

/** Tile edge and JPEG quality of the deep-zoom pyramid: 510 + 1 px overlap each side = 512 px tiles. */
export const ZOOM_TILES = { size: 510, overlap: 1, quality: 78 } as const;

/**
 * Deep-zoom tiles (DZI: "<hash>.dzi" and "<hash>_files/<level>/<col>_<row>.jpeg") for every photo
 * above the zoom threshold, made upright and without metadata by sharp, kept in node_modules/.cache by
 * the original's content hash and copied into the site: a rebuild copies, it does not cut again.
 */
export async function writeZoomTiles(
  root: string,
  dist: string,
  catalog: Catalog,
): Promise<{ made: number; copied: number }> {
  const cache = join(root, 'node_modules', '.cache', 'museum-media', 'zoom');
  const out = join(dist, folders.zoom);
  let made = 0;
  let copied = 0;
  const done = new Set<string>();
  for (const entry of photographedEntries(catalog)) {
    for (const photo of entry.photos) {
      const path = join(root, 'content', photo.src);
      const hash = photoHash(path);
      if (done.has(hash)) continue;
      done.add(hash);
      const meta = await sharp(path, { limitInputPixels: false }).metadata();
      if (!isZoomable(meta.width ?? 0, meta.height ?? 0)) continue;
      const dir = join(cache, hash);
      if (!existsSync(join(dir, `${hash}.dzi`))) {
        const part = `${dir}.part`;
        rmSync(part, { recursive: true, force: true });
        mkdirSync(part, { recursive: true });
        await sharp(path, { limitInputPixels: false })
          .rotate()
          .jpeg({ quality: ZOOM_TILES.quality, mozjpeg: true })
          .tile({ size: ZOOM_TILES.size, overlap: ZOOM_TILES.overlap, layout: 'dz', container: 'fs' })
          .toFile(join(part, `${hash}.dz`));
        rmSync(dir, { recursive: true, force: true });
        renameSync(part, dir);
        made++;
      }
      mkdirSync(out, { recursive: true });
      cpSync(dir, out, { recursive: true });
      copied++;
    }
  }
  return { made, copied };
}
