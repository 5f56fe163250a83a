import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import { packAssetsOf, packData, packPages, packUrl, packZoomImagesOf, packZoomLevels } from './packs.ts';

const catalog = loadCatalog(join(import.meta.dirname, '..', '..', '..', '..', 'test', 'fixtures', 'content', 'valid'));

describe('packs', () => {
  it('has one pack per museum: the museum, its exhibits and the keypad in one language', () => {
    const museum = { kind: 'museum' as const, id: 'test-museum' };
    const pages = packPages(catalog, museum, 'en');
    expect(pages).toContain('/en/exhibits/bronze-drum/');
    expect(pages).toContain('/en/galleries/first-floor/');
    expect(pages).toContain('/en/scan/');
    expect(pages).not.toContain('/en/places/squid-cake-shop/');
    expect(packData(museum, 'en')).toEqual(['/x/codes.json']);
    expect(pages.every((p) => p.startsWith('/en/'))).toBe(true);
    expect(packUrl(museum, 'en')).toBe('/offline/packs/test-museum.en.json');
  });

  it('has one pack per destination: its places, its map and its experts', () => {
    const destination = { kind: 'destination' as const, id: 'test-bay' };
    const pages = packPages(catalog, destination, 'en');
    expect(pages).toContain('/en/places/squid-cake-shop/');
    expect(pages).toContain('/en/experts/le-van-an/');
    expect(pages).toContain('/en/map/test-bay/');
    expect(pages).toContain('/en/destinations/test-bay/');
    expect(pages).not.toContain('/en/exhibits/bronze-drum/');
    expect(packData(destination, 'en')).toEqual(['/en/map/test-bay/places.json', '/basemap/test-bay.json']);
    expect(packUrl(destination, 'en')).toBe('/offline/packs/destination-test-bay.en.json');
  });

  it('finds the images, narration and scripts a page uses, with the audio format', () => {
    const html = `<img src="/images/exhibits/drum.svg" alt=""><audio><source src="/audio/exhibits/drum.vi.webm" type='audio/webm; codecs="opus"'>
      <source src="/audio/exhibits/drum.vi.mp3" type="audio/mpeg"></audio><script type="module" src="/_astro/player.abc.js"></script>
      <a href="/vi/places/">x</a><img src="https://tile.example/1.png"><link rel="icon" href="/favicon.svg">`;
    expect(packAssetsOf(html)).toEqual([
      { url: '/images/exhibits/drum.svg' },
      { url: '/audio/exhibits/drum.vi.webm', format: 'opus' },
      { url: '/audio/exhibits/drum.vi.mp3', format: 'mp3' },
      { url: '/_astro/player.abc.js' },
    ]);
  });

  it('carries a photo’s phone sizes (up to 1080 px), not the desktop ones, and its deep-zoom image', () => {
    const html = `<picture><source srcset="/_astro/drum_a.avif 360w, /_astro/drum_b.avif 1080w, /_astro/drum_c.avif 1600w" type="image/avif">
      <img src="/_astro/drum_d.webp" srcset="/_astro/drum_e.webp 720w, /_astro/drum_f.webp 1600w" alt=""></picture>
      <photo-zoom data-dzi="/zoom/0123456789abcdef.dzi"></photo-zoom>`;
    expect(packAssetsOf(html).map((a) => a.url)).toEqual([
      '/_astro/drum_d.webp',
      '/_astro/drum_a.avif',
      '/_astro/drum_b.avif',
      '/_astro/drum_e.webp',
    ]);
    expect(packZoomImagesOf(html)).toEqual(['/zoom/0123456789abcdef.dzi']);
  });

  it('carries the zoom levels up to 3000 px on the long side of a 24 MP photo, not the deepest', () => {
    const dzi = '<Image TileSize="510" Overlap="1" Format="jpeg"><Size Width="6000" Height="4000"/></Image>';
    // top level 13 is 6000 px wide, 12 is 3000, 11 is 1500 …
    expect(packZoomLevels(dzi)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
