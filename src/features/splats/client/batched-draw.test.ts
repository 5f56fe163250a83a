import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { batchedQuads, batchVertexShader, SPLATS_PER_INSTANCE } from './batched-draw.ts';

/** The splat vertex shader of the Spark this project installs, as its module ships it. */
function installedSparkVertexShader(): string {
  const module = createRequire(import.meta.url).resolve('@sparkjsdev/spark');
  const text = readFileSync(module.replace(/spark\.cjs(\.min)?\.js$/, 'spark.module.js'), 'utf8');
  const literal = /var splatVertex_default = ("(?:[^"\\]|\\.)*");/.exec(text)?.[1];
  if (!literal) throw new Error(`no splat vertex shader in ${module}`);
  return JSON.parse(literal) as string;
}

describe('batched splat draws', () => {
  it('applies to the installed Spark: each vertex picks its splat from its instance and its quad', () => {
    const batched = batchVertexShader(installedSparkVertexShader());
    expect(batched).not.toBeNull();
    expect(batched).toContain(`int splatOrder = gl_InstanceID * ${SPLATS_PER_INSTANCE} + int(position.z);`);
    expect(batched).toContain('uniform int batchedSplats;');
    // Spark's own pick by instance is gone: no vertex would read its splat from the instance alone.
    expect(batched).not.toMatch(/\[gl_InstanceID & 3\]/);
  });

  it('leaves a shader it does not know alone (a Spark that changed its shader keeps drawing its own way)', () => {
    expect(batchVertexShader('void main() { gl_Position = vec4(0.0); }')).toBeNull();
  });

  it('makes quads in the order the splats were sorted, each with its place in the instance', () => {
    const geometry = batchedQuads(3);
    const z = geometry.getAttribute('position');
    const index = Array.from(geometry.getIndex()!.array);
    expect(z.count).toBe(12);
    expect([0, 4, 8].map((v) => z.getZ(v))).toEqual([0, 1, 2]);
    expect(index).toEqual([0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 6, 7, 8, 9, 10, 8, 10, 11]);
    expect([0, 1, 2, 3].map((v) => [z.getX(v), z.getY(v)])).toEqual([
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ]);
  });
});
