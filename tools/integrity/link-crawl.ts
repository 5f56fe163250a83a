import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** A link in a built page that leads nowhere on the site. */
export type BrokenLink = { page: string; link: string };

// Attributes holding one address, and srcset (several, each followed by a size).
const SINGLE = /\s(?:href|src|poster|action|data-src)\s*=\s*"([^"]*)"/g;
const SRCSET = /\ssrcset\s*=\s*"([^"]*)"/g;

/**
 * Every internal address in `html`: links, scripts, styles, images, media, srcset candidates.
 * Addresses off the site (another origin, mailto:, tel:, data:, blob:, javascript:) and fragment-only
 * links are left out; query strings and fragments are dropped.
 */
export function internalLinks(html: string): string[] {
  const found: string[] = [];
  const body = html.replace(/<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?<\/script>/g, '');
  for (const match of body.matchAll(SINGLE)) found.push(match[1]!);
  for (const match of body.matchAll(SRCSET))
    for (const candidate of match[1]!.split(',')) found.push(candidate.trim().split(/\s+/)[0] ?? '');
  return found
    .map((link) => decodeEntities(link.trim()))
    .filter(
      (link) => link !== '' && !link.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith('//'),
    )
    .map((link) => link.split('#')[0]!.split('?')[0]!)
    .filter((link) => link !== '');
}

/**
 * The file the server answers `path` with, the way deploy/nginx.conf does (try_files $uri $uri/ with
 * index.html), or undefined when it would answer 404.
 */
export function fileFor(dist: string, path: string): string | undefined {
  const onDisk = join(dist, decodeURIComponent(path));
  if (path.endsWith('/')) return existsSync(join(onDisk, 'index.html')) ? join(onDisk, 'index.html') : undefined;
  if (!existsSync(onDisk)) return undefined;
  if (statSync(onDisk).isFile()) return onDisk;
  return existsSync(join(onDisk, 'index.html')) ? join(onDisk, 'index.html') : undefined;
}

/**
 * Crawls every given page of a built site and lists each link that no file answers. `served` says
 * whether one of the site's services answers a path no file does (the reports service's /api/ routes).
 */
export function brokenLinks(
  dist: string,
  pages: readonly string[],
  served: (path: string) => boolean = () => false,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const checked = new Map<string, boolean>();
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    const base = page.endsWith('/index.html') ? page.slice(0, -'index.html'.length) : `${posix.dirname(page)}/`;
    for (const link of new Set(internalLinks(html))) {
      const target = link.startsWith('/') ? link : posix.join(base, link) + (link.endsWith('/') ? '/' : '');
      const normalized = posix.normalize(target).replace(/\/+$/, target.endsWith('/') ? '/' : '');
      if (!checked.has(normalized))
        checked.set(normalized, fileFor(dist, normalized) !== undefined || served(normalized));
      if (!checked.get(normalized)) broken.push({ page, link });
    }
  }
  return broken;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"');
}
