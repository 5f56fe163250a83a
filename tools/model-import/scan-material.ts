import { Document } from '@gltf-transform/core';
import sharp from 'sharp';
import { BufferAttribute, BufferGeometry } from 'three';
import { hashNoise } from '../demo-models/noise.ts';

/**
 * Scan-like test material, made deterministically (no public scan can be fetched here): a vase-shaped
 * photogrammetry mesh with noisy surface (like a capture's reconstruction error) and a photo-like
 * texture (smooth colour fields plus per-pixel grain, which compresses as badly as a photograph).
 */
export interface ScanOptions {
  /** Triangles in the mesh (rounded to the grid): 2,000,000 for a typical capture. */
  triangles: number;
  /** Texture edge in pixels: 8192 for an "8K" capture. */
  texture: number;
  /** Height of the object in the file's units (captures are often in millimetres). */
  height: number;
  /** Z up, as many capture tools write. */
  zUp?: boolean;
  seed?: number;
}

export interface ScanMesh {
  positions: Float32Array<ArrayBuffer>;
  normals: Float32Array<ArrayBuffer>;
  uvs: Float32Array<ArrayBuffer>;
  indices: Uint32Array<ArrayBuffer>;
}

/** The vase's radius (relative to its height) at height t ∈ [0, 1]. */
function profile(t: number): number {
  return 0.18 + 0.17 * Math.sin(Math.PI * (t * 0.85 + 0.1)) - 0.06 * Math.sin(Math.PI * 2.2 * t) ** 2;
}

export function scanMesh({ triangles, height, zUp = false, seed = 16 }: ScanOptions): ScanMesh {
  const segments = Math.max(8, Math.round(Math.sqrt(triangles / 2)));
  const rings = Math.max(2, Math.round(triangles / 2 / segments));
  const columns = segments + 1; // the seam is doubled so the texture wraps once
  const count = (rings + 1) * columns;
  const positions = new Float32Array(count * 3);
  const uvs = new Float32Array(count * 2);
  for (let r = 0; r <= rings; r++) {
    const t = r / rings;
    for (let s = 0; s <= segments; s++) {
      const a = (s / segments) * Math.PI * 2;
      const bumps = 0.004 * hashNoise(seed, r, s % segments) + 0.01 * Math.sin(a * 7 + t * 19);
      const radius = (profile(t) + bumps) * height;
      const i = r * columns + s;
      const x = Math.cos(a) * radius;
      const y = Math.sin(a) * radius;
      const up = t * height;
      positions.set(zUp ? [x, y, up] : [x, up, -y], i * 3);
      uvs.set([s / segments, 1 - t], i * 2);
    }
  }
  const indices = new Uint32Array(rings * segments * 6);
  let k = 0;
  for (let r = 0; r < rings; r++) {
    for (let s = 0; s < segments; s++) {
      const a = r * columns + s;
      const b = a + columns;
      indices.set([a, a + 1, b, b, a + 1, b + 1], k);
      k += 6;
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(new BufferAttribute(indices, 1));
  geometry.computeVertexNormals();
  const normals = geometry.getAttribute('normal').array as Float32Array<ArrayBuffer>;
  return { positions, normals, uvs, indices };
}

/** A JPEG like a capture's photo texture: terracotta fields, dark patches, per-pixel grain. */
export async function scanTexture(edge: number, seed = 16): Promise<Buffer> {
  const small = 256;
  const base = Buffer.alloc(small * small * 3);
  for (let y = 0; y < small; y++) {
    for (let x = 0; x < small; x++) {
      const n = 0.5 + 0.5 * Math.sin(x / 9 + 3 * hashNoise(seed, x >> 4, y >> 4)) * Math.cos(y / 13);
      const i = (y * small + x) * 3;
      base[i] = 150 + 70 * n;
      base[i + 1] = 90 + 40 * n;
      base[i + 2] = 55 + 25 * n;
    }
  }
  const { data } = await sharp(base, { raw: { width: small, height: small, channels: 3 } })
    .resize(edge, edge, { kernel: 'cubic' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Grain: a cheap integer hash per pixel, ±12 levels.
  let h = seed >>> 0;
  for (let i = 0; i < data.length; i++) {
    h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + i) >>> 0;
    data[i] = Math.max(0, Math.min(255, (data[i] ?? 0) + ((h >>> 24) % 25) - 12));
  }
  return sharp(data, { raw: { width: edge, height: edge, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** The scan as a glTF document: one node and mesh named `name`, a textured material. */
export function scanDocument(mesh: ScanMesh, jpeg: Uint8Array, name: string): Document {
  const document = new Document();
  const buffer = document.createBuffer();
  const accessor = (array: Float32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>, type: 'VEC3' | 'VEC2' | 'SCALAR') =>
    document.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  const texture = document.createTexture(`${name}-photo`).setImage(jpeg).setMimeType('image/jpeg');
  const material = document.createMaterial(`${name}-surface`).setBaseColorTexture(texture).setRoughnessFactor(0.9);
  material.setMetallicFactor(0);
  const primitive = document
    .createPrimitive()
    .setAttribute('POSITION', accessor(mesh.positions, 'VEC3'))
    .setAttribute('NORMAL', accessor(mesh.normals, 'VEC3'))
    .setAttribute('TEXCOORD_0', accessor(mesh.uvs, 'VEC2'))
    .setIndices(accessor(mesh.indices, 'SCALAR'))
    .setMaterial(material);
  const scene = document.createScene(name);
  scene.addChild(document.createNode(name).setMesh(document.createMesh(name).addPrimitive(primitive)));
  document.getRoot().setDefaultScene(scene);
  return document;
}

/** The same scan as OBJ text and its MTL, the texture referenced by `textureFile`. */
export function scanObj(
  mesh: ScanMesh,
  name: string,
  mtlFile: string,
  textureFile: string,
): { obj: string; mtl: string } {
  const lines: string[] = [`mtllib ${mtlFile}`, `o ${name}`];
  const { positions: p, normals: n, uvs: t, indices } = mesh;
  const fixed = (v: number) => Number(v.toFixed(5));
  for (let i = 0; i < p.length; i += 3) lines.push(`v ${fixed(p[i]!)} ${fixed(p[i + 1]!)} ${fixed(p[i + 2]!)}`);
  for (let i = 0; i < t.length; i += 2) lines.push(`vt ${fixed(t[i]!)} ${fixed(t[i + 1]!)}`);
  for (let i = 0; i < n.length; i += 3) lines.push(`vn ${fixed(n[i]!)} ${fixed(n[i + 1]!)} ${fixed(n[i + 2]!)}`);
  lines.push(`usemtl ${name}-surface`);
  for (let i = 0; i < indices.length; i += 3) {
    const [a, b, c] = [indices[i]! + 1, indices[i + 1]! + 1, indices[i + 2]! + 1];
    lines.push(`f ${a}/${a}/${a} ${b}/${b}/${b} ${c}/${c}/${c}`);
  }
  const mtl = `newmtl ${name}-surface\nKd 1 1 1\nmap_Kd ${textureFile}\n`;
  return { obj: `${lines.join('\n')}\n`, mtl };
}
