import { describe, expect, it } from 'vitest';
import { lathe, latheRowCount } from './lathe.ts';
import { boundsOf, triangleCount, vertexCount } from './mesh-data.ts';
import { normalLengthError, openEdgeCount, signedVolume, windingAgreement } from './mesh-checks.ts';

const cylinderProfile = [
  [0, 0],
  [0.5, 0],
  [0.5, 2],
  [0, 2],
] as const;

describe('lathe', () => {
  it('makes one ring of vertices per profile vertex, doubling the hard rim edges', () => {
    const mesh = lathe(cylinderProfile, { segments: 24 });
    // Axis points once each, both rim corners doubled (90° turns are creases): 1 + 2 + 2 + 1 rows.
    expect(latheRowCount(cylinderProfile)).toBe(6);
    expect(vertexCount(mesh)).toBe(6 * 24);
    // Bottom fan + side quads + top fan.
    expect(triangleCount(mesh)).toBe(24 + 2 * 24 + 24);
  });

  it('closes a profile that runs from the axis back to the axis into a solid, wound outwards', () => {
    const mesh = lathe(cylinderProfile, { segments: 32 });
    expect(openEdgeCount(mesh)).toBe(0);
    expect(windingAgreement(mesh)).toBe(1);
    // A 32-gon prism slightly undercuts the true cylinder's π r² h.
    const prism = 0.5 * 32 * 0.5 * 0.5 * Math.sin((2 * Math.PI) / 32) * 2;
    expect(signedVolume(mesh)).toBeCloseTo(prism, 6);
  });

  it('closes a looped profile (a wall with thickness, off the axis) into a ring', () => {
    const wall = [
      [0.18, 0],
      [0.2, 0.3],
      [0.19, 0.3],
      [0.17, 0],
    ] as const;
    const mesh = lathe(wall, { segments: 16, loop: true });
    expect(openEdgeCount(mesh)).toBe(0);
    expect(signedVolume(mesh)).toBeGreaterThan(0);
    expect(windingAgreement(mesh)).toBe(1);
  });

  it('leaves an open profile open', () => {
    const mesh = lathe(
      [
        [0.5, 0],
        [0.5, 1],
      ],
      { segments: 8 },
    );
    expect(openEdgeCount(mesh)).toBe(16);
  });

  it('gives unit normals and smooths gentle bends', () => {
    const bowl = Array.from({ length: 10 }, (_, i) => [Math.sin((i / 9) * 1.5), 1 - Math.cos((i / 9) * 1.5)] as const);
    const mesh = lathe([[0, 0], ...bowl.slice(1)], { segments: 12 });
    expect(normalLengthError(mesh)).toBeLessThan(1e-6);
    expect(vertexCount(mesh)).toBe(10 * 12);
  });

  it('spans exactly the profile radius and height', () => {
    const { min, max } = boundsOf(lathe(cylinderProfile, { segments: 4 }));
    expect(min[1]).toBe(0);
    expect(max[1]).toBe(2);
    expect(max[2]).toBeCloseTo(0.5, 6);
    expect(min[0]).toBeCloseTo(-0.5, 6);
  });

  it('refuses a profile with two coinciding points', () => {
    expect(() =>
      lathe(
        [
          [0, 0],
          [1, 0],
          [1, 0],
        ],
        { segments: 8 },
      ),
    ).toThrow(/coincide/);
  });
});
