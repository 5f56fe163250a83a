import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neighbours } from './museum/visit-order.ts';
import { catalogIndex } from './catalog-index.ts';
import { loadCatalog } from './loader/load-catalog.ts';

// The demo content (three galleries), with the exhibits stored out of label order.
const demo = loadCatalog(join(import.meta.dirname, '..', '..'));
const catalog = { ...demo, exhibits: [...demo.exhibits].reverse() };
const index = catalogIndex(catalog);

describe('catalog index', () => {
  it('finds every entry by id', () => {
    for (const exhibit of catalog.exhibits) expect(index.exhibit.get(exhibit.id)).toBe(exhibit);
    for (const place of catalog.places) expect(index.place.get(place.id)).toBe(place);
    for (const expert of catalog.experts) expect(index.expert.get(expert.id)).toBe(expert);
    expect(index.exhibit.get('no-such-exhibit')).toBeUndefined();
  });

  it("lists each museum's galleries and each gallery's exhibits in order, as scanning the collection does", () => {
    for (const museum of catalog.museums) {
      const scanned = catalog.galleries.filter((g) => g.museum === museum.id).sort((a, b) => a.order - b.order);
      expect(index.galleriesOf.get(museum.id) ?? []).toEqual(scanned);
    }
    expect(catalog.galleries.length).toBeGreaterThan(1);
    for (const gallery of catalog.galleries) {
      const scanned = catalog.exhibits.filter((e) => e.gallery === gallery.id).sort((a, b) => a.order - b.order);
      expect(index.exhibitsOf.get(gallery.id) ?? []).toEqual(scanned);
    }
  });

  it('is built once per catalog', () => {
    expect(catalogIndex(catalog)).toBe(index);
  });

  it('gives every exhibit the neighbours of a walk gallery by gallery, then label order', () => {
    for (const museum of catalog.museums) {
      const walk = catalog.galleries
        .filter((g) => g.museum === museum.id)
        .sort((a, b) => a.order - b.order)
        .flatMap((g) => catalog.exhibits.filter((e) => e.gallery === g.id).sort((a, b) => a.order - b.order));
      expect(walk.length).toBeGreaterThan(2);
      walk.forEach((exhibit, i) => {
        const { previous, next } = neighbours(catalog, exhibit.id);
        expect(previous?.id).toBe(walk[i - 1]?.id);
        expect(next?.id).toBe(walk[i + 1]?.id);
      });
    }
  });
});
