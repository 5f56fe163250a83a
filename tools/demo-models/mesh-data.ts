import type { Vec3 } from '../../src/content/schemas/scene.ts';

/** One triangle mesh as the GPU takes it: xyz per vertex, a unit normal per vertex, three indices per triangle. */
export interface MeshData {
  positions: Float32Array<ArrayBuffer>;
  normals: Float32Array<ArrayBuffer>;
  indices: Uint32Array<ArrayBuffer>;
}

export type { Vec3 };

export interface Bounds {
  min: Vec3;
  max: Vec3;
}

export function meshFrom(
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  indices: ArrayLike<number>,
): MeshData {
  return {
    positions: Float32Array.from(positions),
    normals: Float32Array.from(normals),
    indices: Uint32Array.from(indices),
  };
}

export function vertexCount(mesh: MeshData): number {
  return mesh.positions.length / 3;
}

export function triangleCount(mesh: MeshData): number {
  return mesh.indices.length / 3;
}

export function emptyBounds(): Bounds {
  return { min: [Infinity, Infinity, Infinity], max: [-Infinity, -Infinity, -Infinity] };
}

/** Grows `bounds` to hold the point (x, y, z); returns it for chaining. */
export function expandBounds(bounds: Bounds, x: number, y: number, z: number): Bounds {
  const p = [x, y, z];
  for (let a = 0; a < 3; a++) {
    bounds.min[a] = Math.min(bounds.min[a]!, p[a]!);
    bounds.max[a] = Math.max(bounds.max[a]!, p[a]!);
  }
  return bounds;
}

export function boundsOf(mesh: MeshData): Bounds {
  const bounds = emptyBounds();
  const p = mesh.positions;
  for (let i = 0; i < p.length; i += 3) expandBounds(bounds, p[i]!, p[i + 1]!, p[i + 2]!);
  return bounds;
}

export function sizeOf(bounds: Bounds): Vec3 {
  return [bounds.max[0] - bounds.min[0], bounds.max[1] - bounds.min[1], bounds.max[2] - bounds.min[2]];
}

/** Concatenates meshes into one, offsetting each one's indices past the vertices before it. */
export function mergeMeshes(meshes: readonly MeshData[]): MeshData {
  let vertices = 0;
  let indices = 0;
  for (const mesh of meshes) {
    vertices += vertexCount(mesh);
    indices += mesh.indices.length;
  }
  const out: MeshData = {
    positions: new Float32Array(vertices * 3),
    normals: new Float32Array(vertices * 3),
    indices: new Uint32Array(indices),
  };
  let v = 0;
  let i = 0;
  for (const mesh of meshes) {
    out.positions.set(mesh.positions, v * 3);
    out.normals.set(mesh.normals, v * 3);
    for (let k = 0; k < mesh.indices.length; k++) out.indices[i + k] = mesh.indices[k]! + v;
    v += vertexCount(mesh);
    i += mesh.indices.length;
  }
  return out;
}
