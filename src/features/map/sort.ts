import type { MapPlace } from './compact-places.ts';
import { distanceMeters, type LatLon } from './distance.ts';

export interface RankedPlace {
  place: MapPlace;
  meters: number;
}

/** Nearest first from `origin`; equal distances by name in the page's language. */
export function byDistance(places: readonly MapPlace[], origin: LatLon, locale: string): RankedPlace[] {
  const collator = new Intl.Collator(locale);
  return places
    .map((place) => ({ place, meters: distanceMeters(origin, place) }))
    .sort((a, b) => a.meters - b.meters || collator.compare(a.place.name, b.place.name));
}
