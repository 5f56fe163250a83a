import type { LatLon } from '../distance.ts';

export type Located = { position: LatLon } | { refused: boolean };

/** The visitor's position, once, when they ask for it. A refusal is an answer, not an error. */
export function locateVisitor(): Promise<Located> {
  return new Promise((resolve) => {
    if (!('geolocation' in navigator)) {
      resolve({ refused: false });
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ position: { lat: p.coords.latitude, lon: p.coords.longitude } }),
      (error) => resolve({ refused: error.code === error.PERMISSION_DENIED }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}
