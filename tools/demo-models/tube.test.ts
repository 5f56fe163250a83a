import { describe, expect, it } from 'vitest';
import { boundsOf, type Vec3, vertexCount } from './mesh-data.ts';
import { normalLengthError, openEdgeCount, signedVolume, windingAgreement } from './mesh-checks.ts';
import { tube } from './tube.ts';

const arc: Vec3[] = Array.from({ length: 12 }, (_, i) => {
  const a = (i / 11) * Math.PI * 0.75;
  return [0, -Math.sin(a), 1 - Math.cos(a)];
});

describe('tube', () => {
  it('has one ring per path point plus a centre and a ring per cap', () => {
    expect(vertexCount(tube(arc, { radius: 0.05, radialSegments: 8 }))).toBe(12 * 8 + 2 * 9);
    expect(vertexCount(tube(arc, { radius: 0.05, radialSegments: 8, caps: false }))).toBe(12 * 8);
  });

  it('is a closed solid wound outwards when capped, open at both ends otherwise', () => {
    const capped = tube(arc, { radius: (t) => 0.06 - 0.04 * t, radialSegments: 10 });
    expect(openEdgeCount(capped)).toBe(0);
    expect(signedVolume(capped)).toBeGreaterThan(0);
    expect(windingAgreement(capped)).toBe(1);
    expect(normalLengthError(capped)).toBeLessThan(1e-6);
    expect(openEdgeCount(tube(arc, { radius: 0.05, radialSegments: 10, caps: false }))).toBe(20);
  });

  it('follows its path: a straight tube spans the path length plus nothing more', () => {
    const { min, max } = boundsOf(
      tube(
        [
          [0, 0, 0],
          [0, 0, 2],
        ],
        { radius: 0.1, radialSegments: 6 },
      ),
    );
    expect(min[2]).toBeCloseTo(0, 6);
    expect(max[2]).toBeCloseTo(2, 6);
    expect(max[0]).toBeLessThanOrEqual(0.1 + 1e-6);
  });
});
