import type { Catalog } from '../../../content/schemas/catalog.ts';
import type { ListingKind } from '../report-kinds.ts';

/** The places and exhibits the site lists: reports about anything else are refused. */
export interface Listings {
  has(kind: ListingKind, id: string): boolean;
  /** The expert who verified the listing, who reads and settles its reports. */
  verifierOf(kind: ListingKind, id: string): string | undefined;
}

export function listingsFromCatalog(catalog: Pick<Catalog, 'places' | 'exhibits'>): Listings {
  const places = new Map(catalog.places.map((place) => [place.id, place.verifiedBy]));
  const exhibits = new Set(catalog.exhibits.map((exhibit) => exhibit.id));
  return {
    has: (kind, id) => (kind === 'place' ? places.has(id) : exhibits.has(id)),
    verifierOf: (kind, id) => (kind === 'place' ? places.get(id) : undefined),
  };
}
