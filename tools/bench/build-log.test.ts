import { describe, expect, it } from 'vitest';
import {
  imagesFrom,
  pagesBuiltFrom,
  renderSecondsFrom,
  searchIndexSecondsFrom,
  zoomPyramidsCutFrom,
} from './build-log.ts';

describe('pagesBuiltFrom', () => {
  it('reads the page count from a coloured Astro build log', () => {
    const log =
      '\u001b[2m19:23:09\u001b[22m \u001b[34m[build]\u001b[39m 570 page(s) built in \u001b[1m5.48s\u001b[22m\n';
    expect(pagesBuiltFrom(log)).toBe(570);
  });

  it('is undefined when the build never got that far', () => {
    expect(pagesBuiltFrom('[ERROR] content/exhibits/x.vi.md → image: …')).toBeUndefined();
  });
});

describe('build phase times', () => {
  const log = [
    '01:26:03 [vite] ✓ built in 1.62s',
    '',
    '\u001b[42m generating static routes \u001b[49m',
    '01:26:04   ├─ /vi/index.html (+6ms)',
    '01:30:59 \u001b[32m✓ Completed in 4m 56s.\u001b[39m',
    '01:30:59 [build] ✓ Completed in 4m 58s.',
    '01:34:02 [museum-guide:search-index] search index: 105645 pages in 180.2 s',
  ].join('\n');

  it('reads how long rendering the pages took, in minutes and seconds or seconds or milliseconds', () => {
    expect(renderSecondsFrom(log)).toBe(296);
    expect(renderSecondsFrom('generating static routes\n✓ Completed in 47.34s.')).toBeCloseTo(47.34);
    expect(renderSecondsFrom('generating static routes\n✓ Completed in 580ms.')).toBeCloseTo(0.58);
  });

  it('reads how long the search index took', () => {
    expect(searchIndexSecondsFrom(log)).toBeCloseTo(180.2);
  });

  it('is undefined for a build that stopped before', () => {
    expect(renderSecondsFrom('[ERROR] content/exhibits/x.vi.md → image: …')).toBeUndefined();
    expect(searchIndexSecondsFrom('[ERROR] content/exhibits/x.vi.md → image: …')).toBeUndefined();
  });
});

describe('the image step', () => {
  // As Astro 7 prints it (coloured when piped), and our deep-zoom step's line.
  const log = [
    '\u001b[42m generating optimized images \u001b[49m',
    '16:20:01   \u001b[32m▶\u001b[39m /_astro/b-1.Ab12_Z1x.avif \u001b[2m(before: 61kB, after: 9kB)\u001b[22m \u001b[2m(+1.2s)\u001b[22m \u001b[2m(1/3)\u001b[22m',
    '16:20:02   \u001b[32m▶\u001b[39m /_astro/b-1.Ab12_Z2x.webp \u001b[2m(reused cache entry)\u001b[22m \u001b[2m(+3ms)\u001b[22m \u001b[2m(2/3)\u001b[22m',
    '16:20:02   ▶ /_astro/b-2.Cd34_Z3x.webp (reused cache entry) (+2ms) (3/3)',
    '16:21:00 [museum-guide:photo-zoom] deep-zoom tiles: 28 photo(s), 0 cut anew, in 1.4 s',
  ].join('\n');

  it('counts the sizes encoded anew and those reused from the cache', () => {
    expect(imagesFrom(log)).toEqual({ encoded: 1, reused: 2 });
    expect(imagesFrom('[ERROR] content/exhibits/x.vi.md → photos')).toEqual({ encoded: 0, reused: 0 });
  });

  it('reads how many zoom pyramids were cut anew', () => {
    expect(zoomPyramidsCutFrom(log)).toBe(0);
    expect(zoomPyramidsCutFrom('nothing')).toBeUndefined();
  });
});
