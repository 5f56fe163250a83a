import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getBounds } from '@gltf-transform/core';
import type { InstancedMesh } from '@gltf-transform/extensions';
import { describe, expect, it } from 'vitest';
import { modelPaths, readExhibitModelSources } from './exhibit-sources.ts';
import { generateModel } from './generate-model.ts';
import { modelIO } from './optimize.ts';
import { LIGHT_MODEL_MAX_BYTES } from './size-report.ts';

const publicDir = join(process.cwd(), 'public');
const read = (path: string) => new Uint8Array(readFileSync(join(publicDir, path)));

describe('generated models in public/models', () => {
  it('read back with NodeIO: the named root and parts survive, compressed with EXT_meshopt_compression', async () => {
    const io = await modelIO();
    const document = await io.readBinary(read(modelPaths('quang-chinh-bronze-drum').light));
    const root = document.getRoot();
    expect(root.listExtensionsUsed().map((e) => e.extensionName)).toContain('EXT_meshopt_compression');
    const scene = root.getDefaultScene()!;
    const [exhibitNode] = scene.listChildren();
    expect(exhibitNode?.getName()).toBe('quang-chinh-bronze-drum');
    const parts = exhibitNode!.listChildren().map((n) => n.getName());
    expect(parts).toEqual(
      expect.arrayContaining(['quang-chinh-bronze-drum/tympanum', 'quang-chinh-bronze-drum/star-relief']),
    );
    // Decoded and dequantized, the drum is still 40 cm across and 31 cm tall, standing on the floor.
    const { min, max } = getBounds(scene);
    expect(max[1] - min[1]).toBeCloseTo(0.31, 2);
    expect(max[2] - min[2]).toBeCloseTo(0.4, 2);
    expect(min[1]).toBeCloseTo(0, 3);
  });

  it('keeps the stake field instanced: 24 stakes drawn from one mesh', async () => {
    const io = await modelIO();
    const document = await io.readBinary(read(modelPaths('bach-dang-stakes').light));
    const stakes = document
      .getRoot()
      .listNodes()
      .find((n) => n.getName() === 'bach-dang-stakes/stakes');
    const batch = stakes?.getExtension<InstancedMesh>('EXT_mesh_gpu_instancing');
    expect(batch?.getAttribute('TRANSLATION')?.getCount()).toBe(24);
  });

  it('are current and deterministic: regenerating gives the same bytes as the files', async () => {
    const io = await modelIO();
    for (const { id, origin } of readExhibitModelSources(process.cwd())) {
      if (origin !== 'procedural') continue; // imported by models:import, not built here
      const paths = modelPaths(id);
      const light = await generateModel(id, 'light', io);
      expect(light.bytes.byteLength).toBeLessThanOrEqual(LIGHT_MODEL_MAX_BYTES);
      expect(
        Buffer.from(light.bytes).equals(read(paths.light)),
        `${paths.light} is stale: run npm run models:generate`,
      ).toBe(true);
      const detailed = await generateModel(id, 'detailed', io);
      expect(
        Buffer.from(detailed.bytes).equals(read(paths.src)),
        `${paths.src} is stale: run npm run models:generate`,
      ).toBe(true);
    }
  });
});
