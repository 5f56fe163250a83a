import { type Box, clipRing, type Ring, ringTouches } from './clip.ts';
import { simplifyRing } from './simplify.ts';

type Position = [number, number];
interface LandFeature {
  geometry:
    | { type: 'Polygon'; coordinates: Position[][] }
    | { type: 'MultiPolygon'; coordinates: Position[][][] }
    | null;
}

/** What the map draws under the places: land as a MultiPolygon, cut to the site's bounds. */
export interface Basemap {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: { kind: 'land' };
    geometry: { type: 'MultiPolygon'; coordinates: Position[][][] };
  }[];
}

export interface BasemapOptions {
  box: Box;
  /** Largest change to the outline, in degrees (0.0001° ≈ 11 m). */
  tolerance: number;
  /** Decimal places kept: 5 is about a metre, far below the tolerance. */
  precision: number;
  /** Rings smaller than this area (square degrees) are dropped: rocks a tourist cannot see at that zoom. */
  minArea: number;
}

const ringArea = (ring: Ring) => {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum) / 2;
};

/** GeoJSON repeats a ring's first position at its end; the clipper does not. */
const open = (ring: Position[]): Ring => {
  const last = ring.at(-1);
  const first = ring[0];
  return first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring.slice();
};

/** Land polygons of the world → the region's land, clipped, simplified and rounded. */
export function buildBasemap(features: LandFeature[], options: BasemapOptions): Basemap {
  const { box, tolerance, precision, minArea } = options;
  const factor = 10 ** precision;
  const round = (ring: Ring): Position[] => {
    const out: Position[] = [];
    for (const [lon, lat] of ring) {
      const p: Position = [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor];
      const prev = out.at(-1);
      if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
    }
    if (out.length > 0) out.push([out[0]![0], out[0]![1]]);
    return out;
  };
  const polygons: Position[][][] = [];
  for (const feature of features) {
    const geometry = feature.geometry;
    if (!geometry) continue;
    const list = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of list) {
      const outer = polygon[0];
      if (!outer || !ringTouches(outer, box)) continue;
      const rings: Position[][] = [];
      for (const [index, ring] of polygon.entries()) {
        const clipped = clipRing(open(ring), box);
        if (clipped.length < 3 || ringArea(clipped) < minArea) {
          if (index === 0) break;
          continue;
        }
        const simple = round(simplifyRing(clipped, tolerance));
        if (simple.length >= 4) rings.push(simple);
        else if (index === 0) break;
      }
      if (rings.length > 0) polygons.push(rings);
    }
  }
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'MultiPolygon', coordinates: polygons } },
    ],
  };
}
