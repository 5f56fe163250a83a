import { readFileSync } from 'node:fs';
import { dequantize } from '@gltf-transform/functions';
import sharp from 'sharp';
import { scanIO } from '../../src/features/object-viewer/build/read-source.ts';

/** A base-colour texture decoded to 8-bit RGB, row by row from the top. */
export interface SurfaceTexture {
  width: number;
  height: number;
  rgb: Uint8Array;
}

/** One material's triangles in world space (metres, Y up), as a renderer needs them. */
export interface MeshPart {
  positions: Float32Array;
  normals: Float32Array;
  uvs: Float32Array;
  indices: Uint32Array;
  texture?: SurfaceTexture;
  /** Base colour factor, linear RGB. */
  color: [number, number, number];
  metallic: number;
  roughness: number;
}

/**
 * Reads a model as the site serves it (meshopt-compressed, quantized, WebP textures: what the importer
 * writes) into plain world-space triangles with their textures decoded.
 */
export async function readScanMesh(file: string): Promise<MeshPart[]> {
  const document = await (await scanIO()).readBinary(new Uint8Array(readFileSync(file)));
  await document.transform(dequantize());
  const parts: MeshPart[] = [];
  for (const node of document.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const m = node.getWorldMatrix();
    for (const primitive of mesh.listPrimitives()) {
      const position = primitive.getAttribute('POSITION');
      const normal = primitive.getAttribute('NORMAL');
      const uv = primitive.getAttribute('TEXCOORD_0');
      const index = primitive.getIndices();
      if (!position || !normal || !index) throw new Error(`${file}: a primitive without positions, normals or indices`);
      const count = position.getCount();
      const positions = new Float32Array(count * 3);
      const normals = new Float32Array(count * 3);
      const uvs = new Float32Array(count * 2);
      const p = [0, 0, 0];
      const n = [0, 0, 0];
      const t = [0, 0];
      for (let i = 0; i < count; i++) {
        position.getElement(i, p);
        normal.getElement(i, n);
        if (uv) uv.getElement(i, t);
        for (let r = 0; r < 3; r++) {
          positions[i * 3 + r] = m[r]! * p[0]! + m[4 + r]! * p[1]! + m[8 + r]! * p[2]! + m[12 + r]!;
          normals[i * 3 + r] = m[r]! * n[0]! + m[4 + r]! * n[1]! + m[8 + r]! * n[2]!;
        }
        const length = Math.hypot(normals[i * 3]!, normals[i * 3 + 1]!, normals[i * 3 + 2]!) || 1;
        for (let r = 0; r < 3; r++) normals[i * 3 + r]! /= length;
        uvs.set(t, i * 2);
      }
      const material = primitive.getMaterial();
      const image = material?.getBaseColorTexture()?.getImage();
      const [r, g, b] = material?.getBaseColorFactor() ?? [1, 1, 1, 1];
      parts.push({
        positions,
        normals,
        uvs,
        indices: Uint32Array.from(index.getArray() ?? []),
        ...(image ? { texture: await decodeTexture(image) } : {}),
        color: [r!, g!, b!],
        metallic: material?.getMetallicFactor() ?? 0,
        roughness: material?.getRoughnessFactor() ?? 1,
      });
    }
  }
  return parts;
}

async function decodeTexture(image: Uint8Array): Promise<SurfaceTexture> {
  const { data, info } = await sharp(image)
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, rgb: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}
