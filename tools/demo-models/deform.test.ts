import { describe, expect, it } from 'vitest';
import { scallop, squash } from './deform.ts';
import { boundsOf, sizeOf } from './mesh-data.ts';
import { normalLengthError, openEdgeCount, windingAgreement } from './mesh-checks.ts';
import { cylinder, dome } from './primitives.ts';

describe('scallop', () => {
  it('pulls the radius in between petals only, keeping the solid closed', () => {
    const cup = cylinder(1, 1, 32);
    const petals = scallop(cup, 8, 0.2, 0.5);
    expect(openEdgeCount(petals)).toBe(0);
    expect(windingAgreement(petals)).toBe(1);
    expect(normalLengthError(petals)).toBeLessThan(1e-6);
    const radii = [];
    for (let i = 0; i < petals.positions.length; i += 3) {
      if (petals.positions[i + 1] === 1) radii.push(Math.hypot(petals.positions[i]!, petals.positions[i + 2]!));
      if (petals.positions[i + 1] === 0)
        expect(Math.hypot(petals.positions[i]!, petals.positions[i + 2]!)).toBeLessThan(1 + 1e-6);
    }
    expect(Math.max(...radii)).toBeCloseTo(1, 5);
    expect(Math.min(...radii.filter((r) => r > 0))).toBeCloseTo(0.8, 5);
  });
});

describe('squash', () => {
  it('scales each axis and keeps unit normals', () => {
    const shell = squash(dome(1, 1, 24, 8), 0.5, 0.25, 1);
    const size = sizeOf(boundsOf(shell));
    expect(size[0]).toBeCloseTo(1, 5);
    expect(size[1]).toBeCloseTo(0.25, 5);
    expect(size[2]).toBeCloseTo(2, 5);
    expect(windingAgreement(shell)).toBe(1);
    expect(normalLengthError(shell)).toBeLessThan(1e-6);
  });
});
