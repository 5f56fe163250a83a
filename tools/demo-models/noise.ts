import type { MeshData, Vec3 } from './mesh-data.ts';
import { seededRandom } from '../shared/seeded-random.ts';

/** The tools' one seeded generator (tools/shared/seeded-random.ts), re-exported where it was first needed. */
export { seededRandom };

/** A value in [-1, 1) that depends only on the integers given and the seed. */
export function hashNoise(seed: number, ...values: number[]): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const value of values) {
    h = Math.imul(h ^ (value | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return ((h >>> 0) / 4294967296) * 2 - 1;
}

/**
 * Moves every vertex by up to `amplitude` along each axis. The offset is a function of the vertex's
 * position (to 0.1 mm), so vertices that coincide — the corners shared by two faces — move together
 * and a closed surface stays closed. Normals are left as they were: recompute them afterwards.
 */
export function jitter(mesh: MeshData, amplitude: Vec3, seed: number): MeshData {
  const positions = Float32Array.from(mesh.positions);
  for (let i = 0; i < positions.length; i += 3) {
    const key = [0, 1, 2].map((k) => Math.round(mesh.positions[i + k]! * 1e4));
    for (let k = 0; k < 3; k++) positions[i + k]! += amplitude[k]! * hashNoise(seed + k * 7919, ...key);
  }
  return { positions, normals: Float32Array.from(mesh.normals), indices: Uint32Array.from(mesh.indices) };
}
