import type { Catalog } from '../../content/schemas/catalog.ts';

/**
 * The catalog as a single-venue deployment shows it (site.yaml `venue`): one museum with its galleries
 * and exhibits, or one destination with its places, the experts who verified them and the museums in
 * it. Everything else is left out, so no page, pack, search entry or short code of it is built.
 */
export function scopeToVenue(catalog: Catalog): Catalog {
  const venue = catalog.site.venue;
  if (!venue) return catalog;
  const destinationId = venue.destination;
  const museums = venue.museum
    ? catalog.museums.filter((m) => m.id === venue.museum)
    : catalog.museums.filter((m) => m.destination === destinationId);
  const museumIds = new Set(museums.map((m) => m.id));
  const galleries = catalog.galleries.filter((g) => museumIds.has(g.museum));
  const galleryIds = new Set(galleries.map((g) => g.id));
  const exhibits = catalog.exhibits.filter((e) => galleryIds.has(e.gallery));
  const exhibitIds = new Set(exhibits.map((e) => e.id));
  const places = destinationId ? catalog.places.filter((p) => p.destination === destinationId) : [];
  const verifiers = new Set(places.map((p) => p.verifiedBy));
  return {
    ...catalog,
    destinations: catalog.destinations.filter((d) => d.id === destinationId),
    museums,
    galleries,
    exhibits: exhibits.map((e) => ({ ...e, related: e.related.filter((id) => exhibitIds.has(id)) })),
    places,
    experts: destinationId ? catalog.experts.filter((e) => e.destination === destinationId || verifiers.has(e.id)) : [],
  };
}

/** Where a single-venue site's home page goes: the museum's page or the destination's, as an id pair. */
export function venueHome(catalog: Catalog): { kind: 'museum' | 'destination'; id: string } | undefined {
  const venue = catalog.site.venue;
  if (venue?.museum) return { kind: 'museum', id: venue.museum };
  if (venue?.destination) return { kind: 'destination', id: venue.destination };
  return undefined;
}
