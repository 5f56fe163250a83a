import { Document } from '@gltf-transform/core';
import { buildExhibitModel } from '../demo-models/model-builders.ts';
import type { MaterialSpec } from '../demo-models/materials.ts';
import { hashNoise } from '../demo-models/noise.ts';
import { matrixFromTrs, transformPoint } from '../demo-models/transform.ts';
import { stoneTexture } from './stone-texture.ts';

/**
 * Scan-like test material made from an exhibit's procedural model, as a photogrammetry capture of the
 * real object would look to the importer: one dense, evenly tessellated mesh per material (the parts'
 * clean primitives are gone), its surface moved by a few millimetres of smooth noise (the capture's
 * reconstruction error and the stone's weathering) and a photo-like texture instead of flat colours.
 * Deterministic: the same id and options give the same document. Nothing here is a real capture.
 */
export interface ScanLikeOptions {
  /** About how many triangles the "capture" has (the subdivision aims at it). */
  triangles: number;
  /** Texture edge in pixels. */
  texture: number;
  /** Largest surface displacement, metres. */
  relief: number;
  seed: number;
}

export const SCAN_LIKE_DEFAULTS: ScanLikeOptions = { triangles: 70_000, texture: 1024, relief: 0.004, seed: 17 };

/** Every triangle of the detailed model in world space (instances expanded), by material: 9 numbers each. */
export function worldTriangles(id: string): Map<MaterialSpec, number[]> {
  const byMaterial = new Map<MaterialSpec, number[]>();
  for (const part of buildExhibitModel(id, 'detailed').parts) {
    const out = byMaterial.get(part.material) ?? [];
    byMaterial.set(part.material, out);
    const { positions, indices } = part.mesh;
    for (const placement of part.instances ?? [part.transform ?? {}]) {
      const m = matrixFromTrs(placement);
      for (const index of indices) {
        out.push(...transformPoint(m, positions[index * 3]!, positions[index * 3 + 1]!, positions[index * 3 + 2]!));
      }
    }
  }
  return byMaterial;
}

const edge = (t: number[], a: number, b: number) =>
  Math.hypot(t[b]! - t[a]!, t[b + 1]! - t[a + 1]!, t[b + 2]! - t[a + 2]!);
const longestEdge = (t: number[], i: number) => Math.max(edge(t, i, i + 3), edge(t, i + 3, i + 6), edge(t, i, i + 6));

/** Subdivisions per triangle so that the whole model has about `target` triangles (n² each). */
function subdivisionLength(groups: number[][], target: number): number {
  const count = (length: number) => {
    let n = 0;
    for (const t of groups)
      for (let i = 0; i < t.length; i += 9) n += Math.min(48, Math.ceil(longestEdge(t, i) / length)) ** 2;
    return n;
  };
  let [lo, hi] = [0.0005, 2];
  for (let k = 0; k < 40; k++) {
    const mid = Math.sqrt(lo * hi);
    if (count(mid) > target) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Smooth value noise in [-1, 1]: hashed lattice values, interpolated with smoothstep. */
function valueNoise(seed: number, x: number, y: number, z: number): number {
  const [ix, iy, iz] = [Math.floor(x), Math.floor(y), Math.floor(z)];
  const s = (v: number) => v * v * (3 - 2 * v);
  const [fx, fy, fz] = [s(x - ix), s(y - iy), s(z - iz)];
  let sum = 0;
  for (let c = 0; c < 8; c++) {
    const [dx, dy, dz] = [c & 1, (c >> 1) & 1, (c >> 2) & 1];
    const w = (dx ? fx : 1 - fx) * (dy ? fy : 1 - fy) * (dz ? fz : 1 - fz);
    sum += w * hashNoise(seed, ix + dx, iy + dy, iz + dz);
  }
  return sum;
}

/** The capture's error at a point: a function of the position only, so a closed surface stays closed. */
function displacement(p: readonly number[], relief: number, seed: number): number[] {
  return [0, 1, 2].map((axis) => {
    const s = seed + axis * 101;
    const coarse = valueNoise(s, p[0]! / 0.03, p[1]! / 0.03, p[2]! / 0.03);
    const fine = valueNoise(s + 7, p[0]! / 0.007, p[1]! / 0.007, p[2]! / 0.007);
    return relief * (0.7 * coarse + 0.3 * fine);
  });
}

/** The object's lowest corner and its largest extent: what the texture projection is measured from. */
interface Frame {
  min: number[];
  span: number;
}

function frameOf(groups: number[][]): Frame {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const t of groups)
    for (let i = 0; i < t.length; i++) {
      min[i % 3] = Math.min(min[i % 3]!, t[i]!);
      max[i % 3] = Math.max(max[i % 3]!, t[i]!);
    }
  return { min, span: Math.max(...max.map((m, a) => m - min[a]!)) * 1.0001 };
}

interface Built {
  positions: number[];
  uvs: number[];
  indices: number[];
  /** Each vertex's point before displacement: vertices split only by their texture projection share it. */
  points: string[];
}

/**
 * One material's triangles, subdivided, displaced and box-projected onto the texture, which spans the
 * whole object once (UVs within [0, 1], so the importer can quantize them), as a capture's atlas does.
 */
function tessellate(triangles: number[], length: number, frame: Frame, options: ScanLikeOptions): Built {
  const built: Built = { positions: [], uvs: [], indices: [], points: [] };
  const vertexAt = new Map<string, number>();
  const moved = new Map<string, number[]>();
  for (let i = 0; i < triangles.length; i += 9) {
    const [a, b, c] = [0, 3, 6].map((o) => triangles.slice(i + o, i + o + 3));
    const u = [0, 1, 2].map((k) => b![k]! - a![k]!);
    const v = [0, 1, 2].map((k) => c![k]! - a![k]!);
    const normal = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
    if (Math.hypot(...normal) < 1e-12) continue;
    const axis = normal.map(Math.abs).indexOf(Math.max(...normal.map(Math.abs)));
    const [s, t] = [0, 1, 2].filter((k) => k !== axis) as [number, number];
    const n = Math.min(48, Math.ceil(longestEdge(triangles, i) / length));
    const id = (p: number, q: number) => {
      const point = [0, 1, 2].map((k) => a![k]! + (u[k]! * p) / n + (v[k]! * q) / n);
      const key = point.map((x) => Math.round(x * 1e5)).join(',');
      let shifted = moved.get(key);
      if (!shifted) {
        const d = displacement(point, options.relief, options.seed);
        shifted = point.map((x, k) => x + d[k]!);
        moved.set(key, shifted);
      }
      const uv = [(point[s]! - frame.min[s]!) / frame.span, (point[t]! - frame.min[t]!) / frame.span];
      const full = `${key}|${axis}`;
      let index = vertexAt.get(full);
      if (index === undefined) {
        index = built.positions.length / 3;
        vertexAt.set(full, index);
        built.positions.push(...shifted);
        built.uvs.push(...uv);
        built.points.push(key);
      }
      return index;
    };
    for (let p = 0; p < n; p++) {
      for (let q = 0; q < n - p; q++) {
        built.indices.push(id(p, q), id(p + 1, q), id(p, q + 1));
        if (p + q < n - 1) built.indices.push(id(p + 1, q), id(p + 1, q + 1), id(p, q + 1));
      }
    }
  }
  return built;
}

/**
 * Smooth normals, area-weighted over every triangle touching the same point (across the texture's
 * seams too), as a capture's reconstruction gives them: a stone's sharp edge becomes a narrow bevel.
 */
function smoothNormals(built: Built): Float32Array<ArrayBuffer> {
  const sums = new Map<string, number[]>();
  const p = built.positions;
  for (let i = 0; i < built.indices.length; i += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => built.indices[i + k]! * 3);
    const u = [0, 1, 2].map((k) => p[b! + k]! - p[a! + k]!);
    const v = [0, 1, 2].map((k) => p[c! + k]! - p[a! + k]!);
    const n = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
    for (const vertex of [a!, b!, c!]) {
      const key = built.points[vertex / 3]!;
      const sum = sums.get(key) ?? [0, 0, 0];
      sums.set(key, [sum[0]! + n[0]!, sum[1]! + n[1]!, sum[2]! + n[2]!]);
    }
  }
  const normals = new Float32Array(p.length);
  built.points.forEach((key, vertex) => {
    const n = sums.get(key) ?? [0, 1, 0];
    const length = Math.hypot(...n) || 1;
    normals.set([n[0]! / length, n[1]! / length, n[2]! / length], vertex * 3);
  });
  return normals;
}

/** The scan-like capture of exhibit `id` as a glTF document (metres, Y up), one node named `id`. */
export async function scanLikeDocument(id: string, options: ScanLikeOptions = SCAN_LIKE_DEFAULTS): Promise<Document> {
  const groups = worldTriangles(id);
  const length = subdivisionLength([...groups.values()], options.triangles);
  const frame = frameOf([...groups.values()]);
  const document = new Document();
  const buffer = document.createBuffer();
  const mesh = document.createMesh(id);
  let k = 0;
  for (const [spec, triangles] of groups) {
    const built = tessellate(triangles, length, frame, options);
    const jpeg = await stoneTexture(options.texture, spec.color, options.seed + k++);
    const texture = document.createTexture(`${id}-${spec.name}-photo`).setImage(jpeg).setMimeType('image/jpeg');
    const material = document
      .createMaterial(`${id}-${spec.name}`)
      .setBaseColorTexture(texture)
      .setRoughnessFactor(Math.max(0.6, spec.roughness))
      .setMetallicFactor(Math.min(spec.metallic, 0.3));
    const accessor = (array: Float32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>, type: 'VEC3' | 'VEC2' | 'SCALAR') =>
      document.createAccessor().setType(type).setArray(array).setBuffer(buffer);
    mesh.addPrimitive(
      document
        .createPrimitive()
        .setAttribute('POSITION', accessor(Float32Array.from(built.positions), 'VEC3'))
        .setAttribute('NORMAL', accessor(smoothNormals(built), 'VEC3'))
        .setAttribute('TEXCOORD_0', accessor(Float32Array.from(built.uvs), 'VEC2'))
        .setIndices(accessor(Uint32Array.from(built.indices), 'SCALAR'))
        .setMaterial(material),
    );
  }
  const scene = document.createScene(id);
  scene.addChild(document.createNode(id).setMesh(mesh));
  document.getRoot().setDefaultScene(scene);
  return document;
}
