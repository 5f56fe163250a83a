import { describe, expect, it } from 'vitest';
import { boundsOf, sizeOf, triangleCount, vertexCount } from './mesh-data.ts';
import { normalLengthError, openEdgeCount, signedVolume, windingAgreement } from './mesh-checks.ts';
import { box, cone, cylinder, dome, extrudePolygon, sphere, starPolygon } from './primitives.ts';

const solids = {
  box: box([1, 2, 3], [0, 1, 0], 3),
  cylinder: cylinder(0.2, 0.5, 16),
  cone: cone(0.2, 0.5, 16),
  frustum: cone(0.2, 0.5, 16, 0.1),
  dome: dome(0.3, 0.1, 16, 6),
  sphere: sphere(1, 16, 8),
  star: extrudePolygon(starPolygon(6, 0.05, 0.02), 0, 0.003),
};

describe('primitive solids', () => {
  for (const [name, mesh] of Object.entries(solids)) {
    it(`${name} is closed, wound outwards, with unit normals`, () => {
      expect(openEdgeCount(mesh)).toBe(0);
      expect(signedVolume(mesh)).toBeGreaterThan(0);
      expect(windingAgreement(mesh)).toBe(1);
      expect(normalLengthError(mesh)).toBeLessThan(1e-6);
    });
  }

  it('sizes a box as asked, centred where asked', () => {
    const bounds = boundsOf(solids.box);
    expect(sizeOf(bounds)).toEqual([1, 2, 3]);
    expect(bounds.min[1]).toBe(0);
    expect(vertexCount(solids.box)).toBe(6 * 4 * 4);
    expect(triangleCount(solids.box)).toBe(6 * 3 * 3 * 2);
    expect(signedVolume(solids.box)).toBeCloseTo(6, 5);
  });

  it('stands a cylinder on y = 0 with the requested height and diameter', () => {
    const size = sizeOf(boundsOf(solids.cylinder));
    expect(boundsOf(solids.cylinder).min[1]).toBe(0);
    expect(size[1]).toBeCloseTo(0.5, 6);
    expect(size[2]).toBeCloseTo(0.4, 6);
  });

  it('makes a sphere of the given radius around the origin', () => {
    const { min, max } = boundsOf(solids.sphere);
    expect(min[1]).toBeCloseTo(-1, 6);
    expect(max[1]).toBeCloseTo(1, 6);
  });
});
