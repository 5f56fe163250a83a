import type { Catalog, Exhibit, Expert, Gallery, Museum, Place } from './schemas/catalog.ts';

/**
 * Lookups over one catalog, built once: a page asks for its exhibit, gallery and neighbours by id,
 * and a build of 5,000 exhibits × 6 languages asks 30,000 times. Scanning or sorting the whole
 * collection per page made build time grow faster than the collection.
 */
export interface CatalogIndex {
  museum: Map<string, Museum>;
  gallery: Map<string, Gallery>;
  exhibit: Map<string, Exhibit>;
  place: Map<string, Place>;
  expert: Map<string, Expert>;
  /** Each gallery's exhibits in label order. */
  exhibitsOf: Map<string, Exhibit[]>;
  /** Each museum's galleries in visiting order. */
  galleriesOf: Map<string, Gallery[]>;
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

export function catalogIndex(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = build(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

function build(catalog: Catalog): CatalogIndex {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
  const groupBy = <T>(items: T[], keyOf: (item: T) => string) => {
    const groups = new Map<string, T[]>();
    for (const item of items) {
      const key = keyOf(item);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
  const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
  const exhibitsOf = groupBy(catalog.exhibits, (e) => e.gallery);
  for (const list of exhibitsOf.values()) list.sort(byOrder);
  const galleriesOf = groupBy(catalog.galleries, (g) => g.museum);
  for (const list of galleriesOf.values()) list.sort(byOrder);
  return {
    museum: byId(catalog.museums),
    gallery: byId(catalog.galleries),
    exhibit: byId(catalog.exhibits),
    place: byId(catalog.places),
    expert: byId(catalog.experts),
    exhibitsOf,
    galleriesOf,
  };
}
