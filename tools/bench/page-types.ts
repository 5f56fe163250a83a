import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One measured page type and the page that stands for it. */
export type PageSample = { type: string; path: string };

// Page types whose address holds an id: the folder under dist/ the ids live in, and the language-free
// prefix. `places` also holds the list page's index.html, which is not an id, so only folders count.
const withId: { type: string; folder: string }[] = [
  { type: 'museum', folder: 'vi/museums' },
  { type: 'gallery', folder: 'vi/galleries' },
  { type: 'exhibit', folder: 'vi/exhibits' },
  { type: 'place', folder: 'vi/places' },
  { type: 'expert', folder: 'vi/experts' },
  { type: 'short link', folder: 'x' },
];

const fixed: PageSample[] = [
  { type: 'root', path: '/' },
  { type: 'home', path: '/vi/' },
  { type: 'places list', path: '/vi/places/' },
  { type: 'scan', path: '/vi/scan/' },
  { type: 'search', path: '/vi/search/' },
];

/**
 * One page per page type, in the default language. For types with ids it takes the first id in
 * alphabetical order, so two runs on the same content measure the same page. A type with no built
 * page (e.g. no experts yet) is left out rather than reported as zero bytes.
 */
export function pageSamples(distDir: string): PageSample[] {
  const samples = fixed.filter((s) => existsSync(join(distDir, s.path, 'index.html')));
  for (const { type, folder } of withId) {
    const id = firstPageFolder(join(distDir, folder));
    if (id !== undefined) samples.push({ type, path: `/${folder}/${id}/` });
  }
  const order = ['root', 'home', 'museum', 'gallery', 'exhibit', 'places list', 'place', 'expert', 'scan', 'search'];
  return samples.sort((a, b) => rank(order, a.type) - rank(order, b.type));
}

function firstPageFolder(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0];
}

// Unknown types sort last, so adding a type never needs this list to be touched first.
function rank(order: string[], type: string): number {
  const at = order.indexOf(type);
  return at === -1 ? order.length : at;
}
