import { describe, expect, it } from 'vitest';
import { buildBasemap } from './build-basemap.ts';
import { clipRing, ringTouches } from './clip.ts';
import { simplifyRing } from './simplify.ts';

const box = { south: 0, west: 0, north: 10, east: 10 };

describe('clipRing', () => {
  it('cuts a square that sticks out of the box to the box', () => {
    const ring = clipRing(
      [
        [5, 5],
        [15, 5],
        [15, 15],
        [5, 15],
      ],
      box,
    );
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    expect(Math.max(...xs)).toBe(10);
    expect(Math.max(...ys)).toBe(10);
    expect(Math.min(...xs)).toBe(5);
  });
  it('drops a ring entirely outside', () => {
    const outside: [number, number][] = [
      [20, 20],
      [30, 20],
      [30, 30],
    ];
    expect(ringTouches(outside, box)).toBe(false);
    expect(clipRing(outside, box)).toEqual([]);
  });
});

describe('simplifyRing', () => {
  it('removes points that barely move the outline and keeps corners', () => {
    const ring: [number, number][] = [
      [0, 0],
      [5, 0.001],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    expect(simplifyRing(ring, 0.01)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
  });
});

describe('buildBasemap', () => {
  it('keeps land in the box as one closed MultiPolygon and skips the rest of the world', () => {
    const square = (x: number, y: number): [number, number][] => [
      [x, y],
      [x + 2, y],
      [x + 2, y + 2],
      [x, y + 2],
      [x, y],
    ];
    const map = buildBasemap(
      [
        { geometry: { type: 'Polygon', coordinates: [square(1, 1)] } },
        { geometry: { type: 'MultiPolygon', coordinates: [[square(50, 50)]] } },
      ],
      { box, tolerance: 0.001, precision: 5, minArea: 0 },
    );
    const polygons = map.features[0]!.geometry.coordinates;
    expect(polygons).toHaveLength(1);
    const outer = polygons[0]![0]!;
    expect(outer[0]).toEqual(outer.at(-1));
  });
});
