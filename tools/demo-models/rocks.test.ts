import { describe, expect, it } from 'vitest';
import { boundsOf, sizeOf } from './mesh-data.ts';
import { openEdgeCount, signedVolume } from './mesh-checks.ts';
import { faceted, karstMass } from './rocks.ts';

describe('faceted', () => {
  const rock = faceted([3.6, 2.2, 2.8], 8, 0.22, 28);

  it('is exactly the size asked for, standing on y = 0 and centred', () => {
    const bounds = boundsOf(rock);
    const size = sizeOf(bounds);
    expect(size[0]).toBeCloseTo(3.6, 5);
    expect(size[1]).toBeCloseTo(2.2, 5);
    expect(size[2]).toBeCloseTo(2.8, 5);
    expect(bounds.min[1]).toBeCloseTo(0, 6);
    expect(bounds.min[0] + bounds.max[0]).toBeCloseTo(0, 5);
  });

  it('is a closed solid, none of its facets folded over', () => {
    expect(openEdgeCount(rock)).toBe(0);
    expect(signedVolume(rock)).toBeGreaterThan(0);
    // Triangles keep the box's order: 6 faces (+x, −x, +y, −y, +z, −z) of 8 × 8 × 2 triangles each.
    // A folded facet would face against the side of the box it was cut from.
    const sides = [
      [1, 0, 0],
      [-1, 0, 0],
      [0, 1, 0],
      [0, -1, 0],
      [0, 0, 1],
      [0, 0, -1],
    ];
    const { normals: n } = rock;
    for (let t = 0; t < n.length / 9; t++) {
      const side = sides[Math.floor(t / 128)]!;
      expect(n[t * 9]! * side[0]! + n[t * 9 + 1]! * side[1]! + n[t * 9 + 2]! * side[2]!).toBeGreaterThan(0);
    }
  });

  it('is the same rock for the same seed and another for another seed', () => {
    expect(faceted([1, 1, 1], 3, 0.1, 5).positions).toEqual(faceted([1, 1, 1], 3, 0.1, 5).positions);
    expect(faceted([1, 1, 1], 3, 0.1, 6).positions).not.toEqual(faceted([1, 1, 1], 3, 0.1, 5).positions);
  });
});

describe('karstMass', () => {
  it('is a closed tower standing on a flat base, about as tall as asked, lighter when light', () => {
    const detailed = karstMass('detailed', 5, 1, 11);
    const light = karstMass('light', 5, 1, 11);
    expect(openEdgeCount(detailed)).toBe(0);
    expect(openEdgeCount(light)).toBe(0);
    expect(signedVolume(detailed)).toBeGreaterThan(0);
    expect(boundsOf(detailed).min[1]).toBe(0);
    expect(sizeOf(boundsOf(detailed))[1]).toBeGreaterThan(4.8);
    expect(sizeOf(boundsOf(detailed))[1]).toBeLessThan(5.2);
    expect(light.indices.length).toBeLessThan(detailed.indices.length);
  });
});
