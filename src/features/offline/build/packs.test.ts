import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import { packAssetsOf, packData, packPages, packUrl } from './packs.ts';

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
});
