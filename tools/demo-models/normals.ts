import { type MeshData, meshFrom } from './mesh-data.ts';

/** Gives every triangle its own three vertices and its face normal: the faceted look of cut stone. */
export function flatShade(mesh: MeshData): MeshData {
  const { positions: p, indices } = mesh;
  const positions = new Float32Array(indices.length * 3);
  const normals = new Float32Array(indices.length * 3);
  for (let t = 0; t < indices.length; t += 3) {
    const corners = [indices[t]!, indices[t + 1]!, indices[t + 2]!].map((v) => [
      p[v * 3]!,
      p[v * 3 + 1]!,
      p[v * 3 + 2]!,
    ]);
    const n = faceNormal(corners[0]!, corners[1]!, corners[2]!);
    corners.forEach((c, k) => {
      positions.set(c, (t + k) * 3);
      normals.set(n, (t + k) * 3);
    });
  }
  return { positions, normals, indices: Uint32Array.from(indices.keys()) };
}

/**
 * Recomputes vertex normals as the area-weighted mean of the faces around each vertex. Vertices are
 * taken by index, so a crease made of doubled vertices stays hard.
 */
export function smoothNormals(mesh: MeshData): MeshData {
  const { positions: p, indices } = mesh;
  const sums = new Float64Array(p.length);
  for (let t = 0; t < indices.length; t += 3) {
    const v = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    const [a, b, c] = v.map((i) => [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!]) as [number[], number[], number[]];
    const n = cross(sub(b, a), sub(c, a)); // length = twice the area: the weighting
    for (const i of v) for (let k = 0; k < 3; k++) sums[i * 3 + k]! += n[k]!;
  }
  const normals = new Float32Array(p.length);
  for (let i = 0; i < p.length; i += 3) {
    const length = Math.hypot(sums[i]!, sums[i + 1]!, sums[i + 2]!) || 1;
    normals.set([sums[i]! / length, sums[i + 1]! / length, sums[i + 2]! / length], i);
  }
  return meshFrom(p, normals, indices);
}

export function faceNormal(a: number[], b: number[], c: number[]): number[] {
  const n = cross(sub(b, a), sub(c, a));
  const length = Math.hypot(n[0]!, n[1]!, n[2]!) || 1;
  return [n[0]! / length, n[1]! / length, n[2]! / length];
}

function sub(a: number[], b: number[]): number[] {
  return [a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!];
}

function cross(a: number[], b: number[]): number[] {
  return [a[1]! * b[2]! - a[2]! * b[1]!, a[2]! * b[0]! - a[0]! * b[2]!, a[0]! * b[1]! - a[1]! * b[0]!];
}
