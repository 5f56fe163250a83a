import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../../../content/loader/problems.ts';
import type { Catalog } from '../../../content/schemas/catalog.ts';
import type { Photo } from '../../../content/schemas/photo.ts';
import { type CheckedPhoto, checkPhotoFile } from './check-photo-file.ts';

type Result = { problem: string } | CheckedPhoto;

/** Every entry that can hold photographs, with its default-language file (where `photos` is written). */
export function photographedEntries(catalog: Catalog): { file: string; photos: readonly Photo[] }[] {
  return [...catalog.museums, ...catalog.galleries, ...catalog.exhibits, ...catalog.places, ...catalog.experts];
}

/**
 * Checks every photo named in content/ (see checkPhotoFile). Results are kept by path, size and
 * modification time in node_modules/.cache, so a rebuild does not decode thousands of originals again.
 */
export async function checkPhotos(catalog: Catalog, root: string): Promise<ContentProblem[]> {
  const cacheFile = join(root, 'node_modules', '.cache', 'museum-media', 'checked.json');
  const cache = readCache(cacheFile);
  const fresh: Record<string, Result> = {};
  const problems: ContentProblem[] = [];
  for (const entry of photographedEntries(catalog)) {
    for (const [index, photo] of entry.photos.entries()) {
      const path = join(root, 'content', photo.src);
      let key = photo.src;
      try {
        const { size, mtimeMs } = statSync(path);
        key = `${photo.src} ${size} ${mtimeMs}`;
      } catch {}
      const result = fresh[key] ?? cache[key] ?? (await checkPhotoFile(path, photo.src));
      fresh[key] = result;
      if ('problem' in result)
        problems.push({ file: entry.file, field: `photos[${index}].src`, expected: result.problem });
    }
  }
  try {
    mkdirSync(join(cacheFile, '..'), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(fresh));
  } catch {}
  return problems;
}

function readCache(file: string): Record<string, Result> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Result>;
  } catch {
    return {};
  }
}
