import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../schemas/catalog.ts';
import type { PackFile, PackManifest } from '../../schemas/offline-pack.ts';
import { packAssetsOf, packId, packPages, packUrl } from './packs.ts';

/**
 * Writes one pack manifest per museum and language into the built site, listing every file with its
 * size so the visitor sees the size before downloading. Files the service worker precaches already
 * are left out. Returns each pack's id and size (Opus narration counted).
 */
export function writePackManifests(
  dist: string,
  catalog: Catalog,
  precached: ReadonlySet<string>,
): { id: string; bytes: number }[] {
  const written: { id: string; bytes: number }[] = [];
  for (const museum of catalog.museums) {
    for (const lang of catalog.site.languages) {
      const files = new Map<string, PackFile>();
      const hash = createHash('sha256');
      const add = (url: string, path: string, format?: PackFile['format']) => {
        if (files.has(url) || precached.has(url) || !existsSync(path)) return;
        const bytes = statSync(path).size;
        files.set(url, format ? { url, bytes, format } : { url, bytes });
        hash.update(`${url} ${bytes}\n`);
      };
      for (const page of packPages(catalog, museum.id, lang)) {
        const path = join(dist, page, 'index.html');
        if (!existsSync(path)) continue;
        const html = readFileSync(path, 'utf8');
        hash.update(html);
        add(page, path);
        for (const asset of packAssetsOf(html)) add(asset.url, join(dist, asset.url), asset.format);
      }
      add('/x/codes.json', join(dist, 'x', 'codes.json'));
      const manifest: PackManifest = {
        id: packId(museum.id, lang),
        museum: museum.id,
        lang,
        version: hash.digest('hex').slice(0, 16),
        files: [...files.values()],
        models: [],
      };
      const out = join(dist, packUrl(museum.id, lang));
      mkdirSync(join(out, '..'), { recursive: true });
      writeFileSync(out, JSON.stringify(manifest));
      const bytes = manifest.files.filter((f) => f.format !== 'mp3').reduce((sum, f) => sum + f.bytes, 0);
      written.push({ id: manifest.id, bytes });
    }
  }
  return written;
}
