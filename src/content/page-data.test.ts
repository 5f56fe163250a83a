import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exhibitPage, expertPage, galleryPage, museumPage, placePage } from './page-data.ts';
import { loadCatalog } from './loader/load-catalog.ts';

// The demo content: what each page is handed is what its visitor sees beside the entry.
const catalog = loadCatalog(join(import.meta.dirname, '..', '..'));

describe('page data', () => {
  it('hands an exhibit page its gallery, museum, neighbours in label order and related exhibits', () => {
    const exhibit = catalog.exhibits.find((e) => e.related.length > 0)!;
    const page = exhibitPage(exhibit, catalog);
    expect(page.gallery.id).toBe(exhibit.gallery);
    expect(page.museum.id).toBe(page.gallery.museum);
    expect(page.related.map((e) => e.id)).toEqual(exhibit.related);
    const inGallery = galleryPage(page.gallery, catalog).exhibits;
    const at = inGallery.indexOf(exhibit);
    if (at > 0) expect(page.previous).toBe(inGallery[at - 1]);
  });

  it('hands a museum page its galleries in visiting order, each with its number of exhibits', () => {
    const museum = catalog.museums[0]!;
    const page = museumPage(museum, catalog);
    expect(page.galleries.map((g) => g.order)).toEqual(page.galleries.map((g) => g.order).sort((a, b) => a - b));
    for (const g of page.galleries)
      expect(page.exhibitCounts[g.id]).toBe(catalog.exhibits.filter((e) => e.gallery === g.id).length);
  });

  it('hands a place page its expert, and an expert page the places they checked, oldest check first', () => {
    const place = catalog.places[0]!;
    const { expert } = placePage(place, catalog);
    expect(expert.id).toBe(place.verifiedBy);
    const dates = expertPage(expert, catalog).listings.map((p) => p.verifiedOn);
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBeGreaterThan(0);
  });

  it('names a reference the content check should have refused', () => {
    const exhibit = { ...catalog.exhibits[0]!, gallery: 'no-such-gallery' };
    expect(() => exhibitPage(exhibit, catalog)).toThrow('page data: no gallery "no-such-gallery"');
  });
});
