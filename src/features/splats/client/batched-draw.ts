import type { SparkRenderer } from '@sparkjsdev/spark';
import { BufferAttribute, InstancedBufferGeometry, type ShaderMaterial } from 'three';

/**
 * Splats drawn per instance. Spark draws one instance per splat (a quad, picked by gl_InstanceID from
 * its sorted order). A GPU takes that in its stride, but SwiftShader, the software renderer Chromium
 * falls back to on a phone or laptop without a usable GPU, runs every instance as a draw of its own:
 * 80,000 draws a frame for the demo jar, most of the time in locks and thread hand-offs, whatever the
 * size of the picture or the view. PlayCanvas draws its splats 128 to an instance for the same reason.
 * The order is kept: instance i holds sorted splats i·128 … i·128+127, drawn in that order.
 */
export const SPLATS_PER_INSTANCE = 128;

const PICK = `ivec2 orderingCoord = ivec2((gl_InstanceID >> 2) & 4095, gl_InstanceID >> 14);
    uint splatIndex = texelFetch(ordering, orderingCoord, 0)[gl_InstanceID & 3];`;

/**
 * Spark's splat vertex shader with each vertex's splat taken from its instance and its quad within it
 * (position.z), the quads past the last sorted splat dropped (moved outside the view, as Spark drops a
 * splat). Null when Spark's shader no longer has the lines this replaces: the caller then keeps Spark's
 * own drawing (a test fails on the installed Spark before that reaches a visitor).
 */
export function batchVertexShader(source: string, perInstance = SPLATS_PER_INSTANCE): string | null {
  if (!source.includes(PICK) || !source.includes('void main() {')) return null;
  return source.replace('void main() {', `uniform int batchedSplats;\n\nvoid main() {`).replace(
    PICK,
    `int splatOrder = gl_InstanceID * ${perInstance} + int(position.z);
    if (splatOrder >= batchedSplats) {
        return;
    }
    ivec2 orderingCoord = ivec2((splatOrder >> 2) & 4095, splatOrder >> 14);
    uint splatIndex = texelFetch(ordering, orderingCoord, 0)[splatOrder & 3];`,
  );
}

/** `perInstance` quads (corners ±1, the quad's place in z), indexed as Spark's single quad is. */
export function batchedQuads(perInstance = SPLATS_PER_INSTANCE): InstancedBufferGeometry {
  const positions = new Float32Array(perInstance * 12);
  const indices = new Uint16Array(perInstance * 6);
  const corners = [-1, -1, 1, -1, 1, 1, -1, 1];
  for (let q = 0; q < perInstance; q++) {
    for (let c = 0; c < 4; c++) positions.set([corners[2 * c]!, corners[2 * c + 1]!, q], q * 12 + c * 3);
    indices.set(
      [0, 1, 2, 0, 2, 3].map((i) => q * 4 + i),
      q * 6,
    );
  }
  const geometry = new InstancedBufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(new BufferAttribute(indices, 1));
  return geometry;
}

/**
 * Makes `spark` draw SPLATS_PER_INSTANCE splats per instance. Returns what to call after Spark's own
 * onBeforeRender each time (it sets one instance per splat), or null if Spark's shader did not match.
 */
export function batchSplatDraws(spark: SparkRenderer): (() => void) | null {
  const material = spark.material as ShaderMaterial;
  const batched = batchVertexShader(material.vertexShader);
  if (!batched) return null;
  material.vertexShader = batched;
  material.uniforms.batchedSplats = { value: 0 };
  material.needsUpdate = true;
  spark.geometry.dispose();
  spark.geometry = batchedQuads();
  return () => {
    const splats = spark.activeSplats;
    (material.uniforms.batchedSplats as { value: number }).value = splats;
    (spark.geometry as InstancedBufferGeometry).instanceCount = Math.ceil(splats / SPLATS_PER_INSTANCE);
  };
}
