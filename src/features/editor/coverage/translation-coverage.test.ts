import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../../../../test/fixtures/content/content-with.ts';
import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import { coverageText, translationCoverage } from './translation-coverage.ts';

describe('translationCoverage', () => {
  const catalog = loadCatalog(FIXTURE);
  const coverage = translationCoverage(catalog);
  const of = (lang: string) => coverage.find((c) => c.lang === lang);

  it('covers every language of the site', () => {
    expect(coverage.map((c) => c.lang)).toEqual(catalog.site.languages);
  });
  it('lists what a language lacks: text, and audio where there is text', () => {
    // The fixture: bronze-drum in vi (with audio) and en, stone-stele in vi only; one place in vi.
    expect(of('vi')).toMatchObject({
      exhibitsWithoutText: [],
      exhibitsWithoutAudio: ['stone-stele'],
      placesWithoutText: [],
      exhibits: { total: 2, withText: 2, withAudio: 1 },
    });
    expect(of('en')).toMatchObject({
      exhibitsWithoutText: ['stone-stele'],
      exhibitsWithoutAudio: ['bronze-drum'],
      placesWithoutText: ['squid-cake-shop'],
      places: { total: 1, withText: 0 },
    });
  });
  it('prints one summary line per language and the missing ids under it', () => {
    const text = coverageText(coverage);
    expect(text).toMatch(/^en: exhibits with text 1\/2, with audio 0\/2; places with text 0\/1$/m);
    expect(text).toMatch(/places without text \(1\):\n {4}- squid-cake-shop/);
  });
});
