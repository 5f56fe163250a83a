import type { MeshData } from './mesh-data.ts';
import { smoothNormals } from './normals.ts';

/**
 * Scallops a lathed body into `lobes` petals around the y axis: radius × (1 − depth) between petals,
 * unchanged at their middles (the first petal faces +z). Only vertices at or above `fromY` move; the
 * normals are recomputed, creases kept.
 */
export function scallop(mesh: MeshData, lobes: number, depth: number, fromY = -Infinity): MeshData {
  const positions = Float32Array.from(mesh.positions);
  for (let i = 0; i < positions.length; i += 3) {
    if (positions[i + 1]! < fromY) continue;
    const theta = Math.atan2(positions[i]!, positions[i + 2]!);
    const factor = 1 - depth * (1 - Math.abs(Math.cos((lobes * theta) / 2)));
    positions[i]! *= factor;
    positions[i + 2]! *= factor;
  }
  return smoothNormals({ positions, normals: mesh.normals, indices: mesh.indices });
}

/** Scales a mesh about the y axis (x and z only), e.g. to make a round dome oval. Recomputes normals. */
export function squash(mesh: MeshData, x: number, y: number, z: number): MeshData {
  const positions = Float32Array.from(mesh.positions);
  for (let i = 0; i < positions.length; i += 3) {
    positions[i]! *= x;
    positions[i + 1]! *= y;
    positions[i + 2]! *= z;
  }
  return smoothNormals({ positions, normals: mesh.normals, indices: mesh.indices });
}
