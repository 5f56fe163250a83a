import { getBounds, NodeIO } from '@gltf-transform/core';
import { describe, expect, it } from 'vitest';
import { modelBounds } from '../demo-models/exhibit-model.ts';
import { buildExhibitModel } from '../demo-models/model-builders.ts';
import { SCAN_LIKE_DEFAULTS, scanLikeDocument } from './scan-like-model.ts';

const options = { ...SCAN_LIKE_DEFAULTS, triangles: 20_000, texture: 256 };
const io = new NodeIO();

describe('scan-like test material made from a procedural model', () => {
  it('is deterministic: the same exhibit gives the same bytes', async () => {
    const a = await io.writeBinary(await scanLikeDocument('my-son-linga-yoni', options));
    const b = await io.writeBinary(await scanLikeDocument('my-son-linga-yoni', options));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('is a dense textured capture of the same object: about the triangles asked, a photo texture, the same size', async () => {
    const document = await scanLikeDocument('tra-kieu-altar', options);
    const primitives = document
      .getRoot()
      .listMeshes()
      .flatMap((m) => m.listPrimitives());
    const triangles = primitives.reduce((n, p) => n + (p.getIndices()?.getCount() ?? 0) / 3, 0);
    expect(triangles).toBeGreaterThan(options.triangles * 0.7);
    expect(triangles).toBeLessThanOrEqual(options.triangles);
    for (const p of primitives) {
      expect(p.getMaterial()?.getBaseColorTexture()?.getMimeType()).toBe('image/jpeg');
      const uvs = p.getAttribute('TEXCOORD_0')!.getArray()!;
      expect(Math.min(...uvs)).toBeGreaterThanOrEqual(0); // within [0, 1]: the importer quantizes them
      expect(Math.max(...uvs)).toBeLessThanOrEqual(1);
    }
    const procedural = modelBounds(buildExhibitModel('tra-kieu-altar', 'detailed').parts);
    const { min, max } = getBounds(document.getRoot().getDefaultScene()!);
    for (let axis = 0; axis < 3; axis++)
      expect(Math.abs(max[axis]! - min[axis]! - (procedural.max[axis] - procedural.min[axis]))).toBeLessThan(
        2 * options.relief,
      );
  });

  it('has an uneven surface where the procedural model has flat faces, as a capture’s reconstruction does', async () => {
    // The procedural E1 altar's upward faces lie on a handful of planes; the capture's are scattered.
    const heightsFacingUp = (positions: ArrayLike<number>, normals: ArrayLike<number>) => {
      const heights = new Set<number>();
      for (let i = 0; i < positions.length; i += 3)
        if (normals[i + 1]! > 0.95) heights.add(Math.round(positions[i + 1]! * 1e5));
      return heights.size;
    };
    const procedural = buildExhibitModel('my-son-e1-altar', 'detailed').parts.find((p) => p.name === 'body')!.mesh;
    expect(heightsFacingUp(procedural.positions, procedural.normals)).toBeLessThan(5);
    const document = await scanLikeDocument('my-son-e1-altar', options);
    const [primitive] = document.getRoot().listMeshes()[0]!.listPrimitives();
    const heights = heightsFacingUp(
      primitive!.getAttribute('POSITION')!.getArray()!,
      primitive!.getAttribute('NORMAL')!.getArray()!,
    );
    expect(heights).toBeGreaterThan(500);
  });
});
