import { describe, expect, it } from 'vitest';
import { absoluteUrl, urls, withLanguage } from './urls.ts';

describe('urls', () => {
  it('builds every page address from ids', () => {
    expect(urls.exhibit('en', 'bronze-drum')).toBe('/en/exhibits/bronze-drum/');
    expect(urls.place('zh', 'sung-sot-cave')).toBe('/zh/places/sung-sot-cave/');
    expect(urls.shortLink('QN-201')).toBe('/x/qn-201/');
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
