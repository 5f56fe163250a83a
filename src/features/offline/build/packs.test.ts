import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import { packAssetsOf, packMapData, packPages, packUrl } from './packs.ts';

const catalog = loadCatalog(join(import.meta.dirname, '..', '..', '..', '..', 'test', 'fixtures', 'content', 'valid'));

describe('packs', () => {
  it('covers the museum, its exhibits, the keypad and the destination in one language', () => {
    const pages = packPages(catalog, 'test-museum', 'en');
    expect(pages).toContain('/en/exhibits/bronze-drum/');
    expect(pages).toContain('/en/galleries/first-floor/');
    expect(pages).toContain('/en/scan/');
    expect(pages).toContain('/en/places/squid-cake-shop/');
    expect(pages).toContain('/en/experts/le-van-an/');
    expect(pages).toContain('/en/map/');
    expect(packMapData('en')).toEqual(['/en/places.json', '/basemap/land.json']);
    expect(pages.every((p) => p.startsWith('/en/'))).toBe(true);
    expect(packUrl('test-museum', 'en')).toBe('/offline/packs/test-museum.en.json');
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
