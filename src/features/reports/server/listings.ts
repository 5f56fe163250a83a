import type { Catalog } from '../../../content/schemas/catalog.ts';
import type { ListingKind } from '../report-kinds.ts';

/** The places and exhibits the site lists: reports about anything else are refused. */
export interface Listings {
  has(kind: ListingKind, id: string): boolean;
  /** The expert who verified the listing, who reads and settles its reports. */
  verifierOf(kind: ListingKind, id: string): string | undefined;
  /** The expert whose file names this GitHub account (compared without case, as GitHub does). */
  expertByGithub(login: string): string | undefined;
  /** The listings an expert verified. */
  verifiedBy(expert: string): string[];
}

export function listingsFromCatalog(catalog: Pick<Catalog, 'places' | 'exhibits' | 'experts'>): Listings {
  const places = new Map(catalog.places.map((place) => [place.id, place.verifiedBy]));
  const exhibits = new Set(catalog.exhibits.map((exhibit) => exhibit.id));
  const githubs = new Map(
    catalog.experts.flatMap((expert) => (expert.github ? [[expert.github.toLowerCase(), expert.id] as const] : [])),
  );
  return {
    expertByGithub: (login) => githubs.get(login.toLowerCase()),
    verifiedBy: (expert) => [...places].filter(([, verifier]) => verifier === expert).map(([id]) => id),
    has: (kind, id) => (kind === 'place' ? places.has(id) : exhibits.has(id)),
    verifierOf: (kind, id) => (kind === 'place' ? places.get(id) : undefined),
  };
}
