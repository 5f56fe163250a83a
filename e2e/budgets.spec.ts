import { expect, test } from './support/test.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageBytes } from '../tools/bench/page-bytes.ts';
import { sizesOf } from '../tools/bench/sizes.ts';
import { lazyChunks } from '../src/features/offline/build/lazy-chunks.ts';
import { precacheOf } from './support/build-next.ts';
import { catalog, site } from './support/catalog.ts';

// Bytes are deterministic, so budgets are tests; times and frame rates live in `npm run bench`.
const KB = 1024;
const budgets: { type: string; pages: string[]; jsGzip: number; totalGzip?: number }[] = [
  {
    type: 'exhibit page (with the narration player)',
    pages: site.languages.flatMap((l) => catalog.exhibits.map((e) => `/${l}/exhibits/${e.id}/`)),
    jsGzip: 15 * KB,
    totalGzip: 60 * KB,
  },
  { type: 'home', pages: site.languages.map((l) => `/${l}/`), jsGzip: 20 * KB },
  // Leaflet, supercluster and the map's own code; the opening-hours parser stays at build time.
  {
    type: 'map of places',
    pages: site.languages.flatMap((l) => catalog.destinations.map((d) => `/${l}/map/${d.id}/`)),
    jsGzip: 100 * KB,
  },
  {
    type: 'place page (with "open now")',
    pages: site.languages.flatMap((l) => catalog.places.map((p) => `/${l}/places/${p.id}/`)),
    jsGzip: 15 * KB,
  },
];

for (const budget of budgets) {
  test(`${budget.type}: within ${budget.jsGzip / KB} KB of gzipped JavaScript${budget.totalGzip ? ` and ${budget.totalGzip / KB} KB in all` : ''}`, () => {
    const over: string[] = [];
    for (const page of budget.pages) {
      const bytes = pageBytes('dist', page);
      if (bytes.js.gzip > budget.jsGzip) over.push(`${page}: ${bytes.js.gzip} B of JS (gzip)`);
      if (budget.totalGzip && bytes.total.gzip > budget.totalGzip)
        over.push(`${page}: ${bytes.total.gzip} B in all (gzip)`);
    }
    expect(over).toEqual([]);
  });
}

test('the exhibit page budget measures real bytes, including the player script', () => {
  const bytes = pageBytes('dist', `/vi/exhibits/${catalog.exhibits[0]!.id}/`);
  expect(bytes.js.gzip).toBeGreaterThan(1 * KB);
  expect(bytes.files.some((f) => f.endsWith('.js'))).toBe(true);
});

test('the map budget measures real bytes: Leaflet is in the map page and in no other page type', () => {
  const map = pageBytes('dist', `/vi/map/${catalog.destinations[0]!.id}/`);
  expect(map.js.gzip).toBeGreaterThan(30 * KB);
  for (const page of [
    '/vi/',
    `/vi/places/${catalog.places[0]!.id}/`,
    '/vi/places/',
    `/vi/exhibits/${catalog.exhibits[0]!.id}/`,
  ]) {
    expect(pageBytes('dist', page).js.gzip, page).toBeLessThan(map.js.gzip / 2);
  }
});

test('the map page loads the "Report a problem" form’s code only when a visitor opens it; a place page loads it with the page', () => {
  const form = `/_astro/${readdirSync(join('dist', '_astro')).find((f) => /^report-problem\..*\.js$/.test(f))}`;
  expect(form).toMatch(/\.js$/);
  const map = `/vi/map/${catalog.destinations[0]!.id}/`;
  expect(readFileSync(join('dist', map.slice(1), 'index.html'), 'utf8')).toContain('data-selected-template');
  expect(pageBytes('dist', map).files).not.toContain(form);
  expect(pageBytes('dist', `/vi/places/${catalog.places[0]!.id}/`).files).toContain(form);
});

test('only the search page loads the search engine', () => {
  const pages = ['/vi/', `/vi/exhibits/${catalog.exhibits[0]!.id}/`, '/vi/places/', '/vi/scan/'];
  for (const page of pages) expect(pageBytes('dist', page).files.filter((f) => f.includes('pagefind'))).toEqual([]);
});

test('the app shell the service worker precaches stays within 40 KB (brotli): no map, 3D, manifests or other languages', () => {
  const precached = [...precacheOf('dist').keys()];
  const bytes = precached.reduce((sum, url) => sum + sizesOf(readFileSync(join('dist', url))).brotli, 0);
  expect(bytes).toBeLessThanOrEqual(40 * KB);
  expect(bytes).toBeGreaterThan(10 * KB); // it does hold the shell: styles, scripts, the offline page
  expect(precached.filter((url) => /three|tour|PlaceMap|\.glb$|\.wasm$|\.webmanifest$|\.png$/.test(url))).toEqual([]);
  // The default language's offline page; the others are saved when a page in their language opens.
  expect(precached.filter((url) => url.endsWith('/offline/index.html'))).toEqual([
    `/${site.defaultLanguage}/offline/index.html`,
  ]);
});

test('the 3D tour loads at most 300 KB of gzipped JavaScript, and no other page type loads it', () => {
  const chunks = lazyChunks('dist', /^tour-3d\./);
  expect(chunks.length).toBeGreaterThan(0);
  const gzip = chunks.reduce((sum, path) => sum + sizesOf(readFileSync(join('dist', path))).gzip, 0);
  expect(gzip).toBeLessThanOrEqual(300 * KB);
  expect(gzip).toBeGreaterThan(100 * KB); // three.js is really in there
  const heavy = chunks.filter((path) => readFileSync(join('dist', path)).length > 30 * KB);
  const exhibit = catalog.exhibits[0]!;
  for (const page of [
    '/vi/',
    `/vi/exhibits/${exhibit.id}/`,
    '/vi/places/',
    `/vi/places/${catalog.places[0]!.id}/`,
    '/vi/scan/',
    '/vi/search/',
    `/vi/museums/${catalog.museums[0]!.id}/`,
  ]) {
    expect(pageBytes('dist', page).files.filter((f) => heavy.includes(f))).toEqual([]);
  }
});

test('Spark (the splat renderer) is its own chunk of at most 1 MB gzipped, loaded by no page or tour until a splat is opened', () => {
  const spark = lazyChunks('dist', /^progressive-splat\./);
  expect(spark.length).toBeGreaterThan(0);
  const gzip = spark.reduce((sum, path) => sum + sizesOf(readFileSync(join('dist', path))).gzip, 0);
  expect(gzip).toBeLessThanOrEqual(1024 * KB);
  expect(gzip).toBeGreaterThan(300 * KB); // its WebAssembly is really in there
  const sparkChunk = spark.find((p) => /progressive-splat\./.test(p))!;
  // Not among what the tour or any page imports statically: only the dynamic import reaches it.
  expect(lazyChunks('dist', /^tour-3d\./)).not.toContain(sparkChunk);
  const splatExhibit = catalog.exhibits.find((e) => e.splat)!;
  for (const page of [
    '/vi/',
    `/vi/exhibits/${splatExhibit.id}/`,
    `/vi/tour/${catalog.galleries.find((g) => g.id === splatExhibit.gallery)!.scene}/`,
  ])
    expect(pageBytes('dist', page).files).not.toContain(sparkChunk);
});
