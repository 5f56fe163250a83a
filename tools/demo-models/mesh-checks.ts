import { type MeshData, vertexCount } from './mesh-data.ts';
import { faceNormal } from './normals.ts';

/**
 * Edges of the surface that lack a partner running the other way, once coincident vertices are
 * merged. 0 means the surface is closed (watertight) and consistently wound.
 */
export function openEdgeCount(mesh: MeshData): number {
  const ids = weldByPosition(mesh);
  const edges = new Map<string, number>();
  const { indices } = mesh;
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const key = `${ids[indices[t + k]!]}>${ids[indices[t + ((k + 1) % 3)]!]}`;
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  }
  let open = 0;
  for (const [key, count] of edges) {
    const [a, b] = key.split('>');
    if (count !== 1 || edges.get(`${b}>${a}`) !== 1) open++;
  }
  return open;
}

/** Volume enclosed by a closed mesh; positive when its faces wind counter-clockwise seen from outside. */
export function signedVolume(mesh: MeshData): number {
  const { positions: p, indices } = mesh;
  let volume = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]! * 3, indices[t + 1]! * 3, indices[t + 2]! * 3];
    volume +=
      (p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
        p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
        p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!)) /
      6;
  }
  return volume;
}

/** Share of triangles whose winding faces the same way as their vertex normals (1 = all of them). */
export function windingAgreement(mesh: MeshData): number {
  const { positions: p, normals: n, indices } = mesh;
  let agree = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const v = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    const [a, b, c] = v.map((i) => [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!]) as [number[], number[], number[]];
    const face = faceNormal(a, b, c);
    const sum = [0, 1, 2].map((k) => v.reduce((s, i) => s + n[i * 3 + k]!, 0));
    if (face[0]! * sum[0]! + face[1]! * sum[1]! + face[2]! * sum[2]! > 0) agree++;
  }
  return indices.length === 0 ? 1 : agree / (indices.length / 3);
}

/** Largest distance of a normal's length from 1. */
export function normalLengthError(mesh: MeshData): number {
  let worst = 0;
  for (let i = 0; i < mesh.normals.length; i += 3) {
    const length = Math.hypot(mesh.normals[i]!, mesh.normals[i + 1]!, mesh.normals[i + 2]!);
    worst = Math.max(worst, Math.abs(length - 1));
  }
  return worst;
}

function weldByPosition(mesh: MeshData): number[] {
  const seen = new Map<string, number>();
  return Array.from({ length: vertexCount(mesh) }, (_, v) => {
    const key = Array.from(mesh.positions.subarray(v * 3, v * 3 + 3), (x) => Math.round(x * 1e5)).join(',');
    if (!seen.has(key)) seen.set(key, seen.size);
    return seen.get(key)!;
  });
}
