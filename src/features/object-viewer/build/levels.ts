import { writeFileSync } from 'node:fs';
import type { Document, NodeIO } from '@gltf-transform/core';
import { cloneDocument, meshopt, prune, simplify, textureCompress } from '@gltf-transform/functions';
import { MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer';
import sharp from 'sharp';
import { type LevelBudget, targetTriangles } from './limits.ts';
import { countTriangles } from './prepare.ts';
import { quiet } from './read-source.ts';

export interface WrittenLevel {
  level: LevelBudget['name'];
  path: string;
  bytes: number;
  triangles: number;
  attempts: number;
  /** The level before compression: the next, smaller level is simplified from it (much faster than from the source). */
  simplified: Document;
}

/**
 * Writes one level of detail: simplified (meshoptimizer) to the budget's triangles, textures resized
 * to its edge and re-encoded as WebP, geometry quantized and meshopt-compressed. Over the byte budget,
 * it tries again with 70 % of the triangles and a lower WebP quality, up to four times.
 */
export async function writeLevel(
  io: NodeIO,
  source: Document,
  budget: LevelBudget,
  path: string,
): Promise<WrittenLevel> {
  await Promise.all([MeshoptEncoder.ready, MeshoptSimplifier.ready]);
  const sourceTriangles = countTriangles(source);
  let last: { bytes: number; triangles: number } | undefined;
  for (let attempt = 0; attempt < 4; attempt++) {
    const simplified = quiet(cloneDocument(source));
    const target = targetTriangles(sourceTriangles, budget.triangles, attempt);
    if (target < sourceTriangles)
      await simplified.transform(
        simplify({ simplifier: MeshoptSimplifier, ratio: target / sourceTriangles, error: 1 }),
      );
    // Textures are resized here too, so the next level does not resize an 8K image again.
    await simplified.transform(
      textureCompress({ encoder: sharp, targetFormat: 'png', resize: [budget.textureEdge, budget.textureEdge] }),
    );
    const level = quiet(cloneDocument(simplified));
    await level.transform(
      textureCompress({ encoder: sharp, targetFormat: 'webp', quality: Math.max(40, 80 - attempt * 12) }),
      prune({ keepLeaves: true }),
      meshopt({ encoder: MeshoptEncoder, level: 'medium' }),
    );
    const glb = await io.writeBinary(level);
    const triangles = countTriangles(level);
    last = { bytes: glb.length, triangles };
    if (glb.length <= budget.bytes && triangles <= budget.triangles) {
      writeFileSync(path, glb);
      return { level: budget.name, path, bytes: glb.length, triangles, attempts: attempt + 1, simplified };
    }
  }
  throw new Error(
    `the ${budget.name} level stays over its budget (${last?.bytes} bytes, ${last?.triangles} triangles; ` +
      `at most ${budget.bytes} bytes and ${budget.triangles} triangles)`,
  );
}
