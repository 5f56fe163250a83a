import type { Catalog, Destination, Place } from '../../content/schemas/catalog.ts';

/** The places of one destination, in the catalog's order. */
export function placesOf(catalog: Pick<Catalog, 'places'>, destinationId: string): Place[] {
  return catalog.places.filter((p) => p.destination === destinationId);
}

/**
 * The destination a visitor lands on where an address names none (the map's old address, the menu's
 * "Map"): the first by `order`; the loader sorts them so.
 */
export function mainDestination(catalog: Pick<Catalog, 'destinations'>): Destination | undefined {
  return catalog.destinations[0];
}

/** Places that offer free Wi-Fi (hotspots and e.g. a mall or a museum with a network) in one destination. */
export function wifiPlacesOf(catalog: Pick<Catalog, 'places'>, destinationId: string): Place[] {
  return placesOf(catalog, destinationId).filter((p) => p.wifi !== undefined && p.status !== 'closed');
}

export { scopeToVenue, venueHome } from './venue.ts';
