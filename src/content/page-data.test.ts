import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coveragePage,
  destinationPage,
  editorsPage,
  exhibitPage,
  expertPage,
  freshnessPage,
  galleryPage,
  homePage,
  mapPage,
  museumPage,
  placePage,
  placesPage,
  reportsPage,
  wifiNearby,
} from './page-data.ts';
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

  it("hands a place page its destination and its category and tags from the site's vocabulary", () => {
    const place = catalog.places.find((p) => p.tags.length > 0)!;
    const page = placePage(place, catalog);
    expect(page.destination.id).toBe(place.destination);
    expect(page.category?.id).toBe(place.category);
    expect(page.tags.map((tag) => tag.id)).toEqual(place.tags);
  });

  it('hands the home, editors and reports pages every museum, destination and listing', () => {
    expect(homePage(catalog)).toEqual({ museums: catalog.museums, destinations: catalog.destinations });
    expect(editorsPage(catalog)).toEqual({ museums: catalog.museums, destinations: catalog.destinations });
    expect(reportsPage(catalog)).toEqual({ places: catalog.places, exhibits: catalog.exhibits });
  });

  it('counts each destination’s places, and hands a destination page only its own places and museums', () => {
    const counts = placesPage(catalog).destinations.map((d) => d.placeCount);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(catalog.places.length);
    expect(catalog.destinations.length).toBeGreaterThan(1);
    for (const destination of catalog.destinations) {
      const page = destinationPage(destination, catalog);
      expect(page.places.length).toBeGreaterThan(0);
      expect(page.places.every((p) => p.destination === destination.id)).toBe(true);
      expect(page.museums.every((m) => m.destination === destination.id)).toBe(true);
      expect(mapPage(destination, catalog).others.map((d) => d.id)).not.toContain(destination.id);
      expect(mapPage(destination, catalog).others).toHaveLength(catalog.destinations.length - 1);
    }
  });

  it('gives a map the names of the experts who verified its places, for the notices of its reports form', () => {
    for (const destination of catalog.destinations) {
      const { experts } = mapPage(destination, catalog);
      const verifiers = new Set(destinationPage(destination, catalog).places.map((p) => p.verifiedBy));
      expect(Object.keys(experts).sort()).toEqual([...verifiers].sort());
      for (const [id, name] of Object.entries(experts))
        expect(name).toBe(catalog.experts.find((e) => e.id === id)!.name);
    }
  });

  it('splits the freshness report by destination, each part listing only its own places', () => {
    // Far enough ahead that every listing is due for a visit again.
    const { parts } = freshnessPage(catalog, '2999-01-01');
    expect(parts.map((p) => p.destination.id)).toEqual(catalog.destinations.map((d) => d.id));
    for (const { destination, report } of parts)
      for (const { listings } of report)
        for (const { place } of listings) expect(place.destination).toBe(destination.id);
    expect(freshnessPage(catalog, '2000-01-01').parts).toEqual([]);
  });

  it("gives the coverage page each museum's and destination's share of the whole", () => {
    const page = coveragePage(catalog);
    const sum = (f: (c: (typeof page.coverage)[number]) => number, parts: { part: typeof page.coverage }[]) =>
      parts.reduce((total, { part }) => total + f(part[0]!), 0);
    expect(sum((c) => c.exhibits.total, page.museums)).toBe(page.coverage[0]!.exhibits.total);
    expect(sum((c) => c.places.total, page.destinations)).toBe(page.coverage[0]!.places.total);
  });

  it('lists free Wi-Fi by destination, only open hotspots, leaving out destinations without any', () => {
    const groups = wifiNearby(catalog);
    expect(groups.length).toBeGreaterThan(0);
    for (const { destination, places } of groups) {
      expect(places.length).toBeGreaterThan(0);
      expect(places.every((p) => p.destination === destination.id && p.wifi && p.status !== 'closed')).toBe(true);
    }
  });

  it('names a reference the content check should have refused', () => {
    const exhibit = { ...catalog.exhibits[0]!, gallery: 'no-such-gallery' };
    expect(() => exhibitPage(exhibit, catalog)).toThrow('page data: no gallery "no-such-gallery"');
  });
});
