import { distanceMeters, type LatLon } from '../map/index.ts';

export interface Hotspot extends LatLon {
  id: string;
}

/** Hotspots nearest first from where the visitor is, each with its distance in metres. */
export function nearestFirst<T extends Hotspot>(
  hotspots: readonly T[],
  from: LatLon,
): { hotspot: T; meters: number }[] {
  return hotspots
    .map((hotspot) => ({ hotspot, meters: distanceMeters(from, hotspot) }))
    .sort((a, b) => a.meters - b.meters || a.hotspot.id.localeCompare(b.hotspot.id));
}
