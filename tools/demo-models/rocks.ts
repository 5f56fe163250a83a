import { type Lod, pick } from './exhibit-model.ts';
import { lathe, type ProfilePoint } from './lathe.ts';
import { boundsOf, type MeshData, sizeOf, type Vec3 } from './mesh-data.ts';
import { hashNoise } from './noise.ts';
import { flatShade } from './normals.ts';
import { box } from './primitives.ts';

/**
 * A faceted rock of exactly `size` (x, y, z), standing on y = 0: a subdivided box whose surface
 * points sink inwards by up to `roughness` and slide sideways by under a third of a grid cell, both
 * from a seeded hash of their position, so facets never fold over; flat-shaded, then stretched back
 * to the stated size.
 */
export function faceted(size: Vec3, divisions: number, roughness: number, seed: number): MeshData {
  const grid = box(size, [0, size[1] / 2, 0], divisions);
  const positions = Float32Array.from(grid.positions);
  for (let i = 0; i < positions.length; i += 3) {
    const p = [0, 1, 2].map((a) => grid.positions[i + a]! - (a === 1 ? size[1] / 2 : 0));
    const key = p.map((v) => Math.round(v * 1e4));
    // Which faces the point lies on: one for a face, two on an edge, three at a corner.
    const out = p.map((v, a) => (Math.abs(v) >= size[a]! / 2 - 1e-6 ? Math.sign(v) : 0));
    const length = Math.hypot(...out);
    const sink = roughness * (0.5 + 0.5 * hashNoise(seed, ...key));
    for (let a = 0; a < 3; a++) {
      const slide = out[a] === 0 ? 0.3 * (size[a]! / divisions) * hashNoise(seed + 1 + a, ...key) : 0;
      positions[i + a]! += (-out[a]! / length) * sink + slide;
    }
  }
  const rough = flatShade({ ...grid, positions });
  const { min } = boundsOf(rough);
  const actual = sizeOf(boundsOf(rough));
  const stretched = Float32Array.from(
    rough.positions,
    (v, i) => ((v - min[i % 3]!) / actual[i % 3]! - (i % 3 === 1 ? 0 : 0.5)) * size[i % 3]!,
  );
  return flatShade({ ...rough, positions: stretched });
}

/**
 * A limestone tower: a tapering prism of `sides` sides with a rounded top, weathered by a seeded
 * hash of each corner's position: pushed in or out from the axis (never round it, so no facet folds
 * over) and nudged up or down a little; flat-shaded. Stands on y = 0.
 */
export function karstMass(lod: Lod, height: number, radius: number, seed: number, taper = 0.55): MeshData {
  const levels = pick(lod, 14, 4);
  const profile: ProfilePoint[] = [[0, 0]];
  for (let i = 0; i < levels; i++) {
    const t = i / levels;
    profile.push([radius * (1 - taper * t ** 1.3), height * t]);
  }
  profile.push([radius * (1 - taper) * 0.6, height * 0.97], [0, height]);
  const smooth = lathe(profile, { segments: pick(lod, 16, 7) });
  const positions = Float32Array.from(smooth.positions);
  for (let i = 0; i < positions.length; i += 3) {
    const key = [0, 1, 2].map((k) => Math.round(smooth.positions[i + k]! * 1e4));
    const swell = 1 + 0.2 * hashNoise(seed, ...key);
    positions[i]! *= swell;
    positions[i + 2]! *= swell;
    if (positions[i + 1]! > 0) positions[i + 1]! += (0.25 * height * hashNoise(seed + 1, ...key)) / (levels + 2);
  }
  return flatShade({ ...smooth, positions });
}
