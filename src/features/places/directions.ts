import type { Coordinates } from '../../content/schemas/common.ts';

/**
 * Links that hand the visitor to a maps app: `geo:` opens the phone's own (RFC 5870), OpenStreetMap
 * works everywhere else. Nothing is requested until the visitor follows one.
 */
export function directionsLinks(at: Coordinates, label: string): { geo: string; osm: string } {
  const lat = at.lat.toFixed(6);
  const lon = at.lon.toFixed(6);
  return {
    geo: `geo:${lat},${lon}?q=${lat},${lon}(${encodeURIComponent(label)})`,
    osm: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`,
  };
}
