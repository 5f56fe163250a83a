import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withImports } from './lazy-chunks.ts';
import { packAssetsOf } from './packs.ts';

/**
 * What the service worker precaches on a visitor's first page: the app shell only, kept small since
 * a visitor who scanned a label downloads it whether or not they stay. The pages the worker answers
 * with when it has nothing else — the offline page in the site's default language and the not-found
 * page (it resolves mistyped short links) — with the styles and scripts they load, the label-code
 * table and the favicon. The offline page in each other language is saved when a page in that
 * language is first opened (src/sw/sw.ts); every other page's scripts when that page is opened or
 * its pack downloaded; the web manifests and icons by the browser itself when it installs the app.
 */
export function appShell(dist: string, defaultLanguage: string): string[] {
  const pages = [`${defaultLanguage}/offline/index.html`, '404.html'];
  const files = new Set<string>([...pages, 'favicon.svg', 'x/codes.json']);
  for (const page of pages) {
    const path = join(dist, page);
    if (!existsSync(path)) throw new Error(`service worker: the app shell is incomplete: ${page} is missing`);
    const assets = packAssetsOf(readFileSync(path, 'utf8')).filter((a) => a.url.startsWith('/_astro/'));
    for (const file of withImports(
      dist,
      assets.map((a) => a.url),
    ))
      files.add(file.slice(1));
  }
  return [...files];
}

/**
 * Set on purpose: workbox-build silently drops larger files from the precache (2 MiB by default). No
 * shell file comes near this; the build fails if one does rather than shipping an incomplete shell.
 */
export const PRECACHE_FILE_LIMIT = 512 * 1024;
