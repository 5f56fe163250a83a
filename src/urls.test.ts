import { describe, expect, it } from 'vitest';
import { absoluteUrl, folders, PLACES_DATA_PATH, urls, withLanguage } from './urls.ts';

describe('urls', () => {
  it('builds every page address from ids', () => {
    expect(urls.exhibit('en', 'bronze-drum')).toBe('/en/exhibits/bronze-drum/');
    expect(urls.place('zh', 'sung-sot-cave')).toBe('/zh/places/sung-sot-cave/');
    expect(urls.shortLink('QN-201')).toBe('/x/qn-201/');
  });
  it('builds the addresses the service worker routes: packs, the places data, the code table', () => {
    expect(urls.pack('quang-ninh-museum.vi')).toBe('/offline/packs/quang-ninh-museum.vi.json');
    expect(urls.pack('x').startsWith(folders.packs)).toBe(true);
    for (const lang of ['vi', 'en', 'zh', 'ru'] as const)
      expect(PLACES_DATA_PATH.test(urls.placesData(lang, 'ha-long'))).toBe(true);
    expect(PLACES_DATA_PATH.test('/vi/places/')).toBe(false);
    expect(PLACES_DATA_PATH.test('/vi/places.json')).toBe(false);
    expect(urls.basemap('da-nang').startsWith(folders.basemap)).toBe(true);
  });
  it('switches language and keeps the page', () => {
    expect(withLanguage('/vi/exhibits/bronze-drum/', 'ko')).toBe('/ko/exhibits/bronze-drum/');
    expect(withLanguage('/', 'fr')).toBe('/fr/');
    expect(withLanguage('/x/qn-101/', 'en')).toBe('/en/');
  });
  it('makes absolute links on the deployed site', () => {
    expect(absoluteUrl('https://guide.example.vn', '/x/qn-101/')).toBe('https://guide.example.vn/x/qn-101/');
    expect(absoluteUrl('https://example.org/museum/', '/en/')).toBe('https://example.org/en/');
  });
});
