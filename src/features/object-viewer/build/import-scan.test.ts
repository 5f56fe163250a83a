import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getBounds } from '@gltf-transform/functions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importScan } from './import-scan.ts';
import { scanIO } from './read-source.ts';
import { scanDocument, scanMesh, scanObj, scanTexture } from '../../../../tools/model-import/scan-material.ts';

// Small scan-like material (the 2M-triangle, 8K one is in large-scan.test.ts): made here, never committed.
const dir = mkdtempSync(join(tmpdir(), 'scan-import-'));
const out = join(dir, 'out');
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  const mesh = scanMesh({ triangles: 20_000, texture: 0, height: 253, zUp: true });
  const jpeg = await scanTexture(1024);
  const io = await scanIO();
  const glb = await io.writeBinary(scanDocument(mesh, jpeg, 'vase-scan'));
  writeFileSync(at('vase.glb'), glb);
  writeFileSync(at('cut.glb'), glb.subarray(0, Math.floor(glb.length / 2)));
  const { obj, mtl } = scanObj(mesh, 'vase-scan', 'vase.mtl', 'vase.jpg');
  writeFileSync(at('vase.obj'), obj);
  writeFileSync(at('vase.mtl'), mtl);
  writeFileSync(at('vase.jpg'), jpeg);
  writeFileSync(at('grey.obj'), obj.replace(/^mtllib .*$/m, '').replace(/^usemtl .*$/m, ''));
  writeFileSync(at('nan.obj'), obj.replace(/^v .*$/m, 'v nan 0 0'));
  writeFileSync(at('lost-texture.obj'), obj.replace('mtllib vase.mtl', 'mtllib lost.mtl'));
  writeFileSync(at('lost.mtl'), mtl.replace('vase.jpg', 'missing.jpg'));
  // A glTF whose accessor claims 2^31 elements in a 12-byte buffer.
  writeFileSync(
    at('huge-count.gltf'),
    JSON.stringify({
      asset: { version: '2.0' },
      buffers: [{ byteLength: 12, uri: 'data:application/octet-stream;base64,AAAAAAAAAAAAAAAA' }],
      bufferViews: [{ buffer: 0, byteLength: 12 }],
      accessors: [{ bufferView: 0, componentType: 5126, count: 2 ** 31, type: 'VEC3', min: [0, 0, 0], max: [0, 0, 0] }],
      meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
      nodes: [{ mesh: 0 }],
      scenes: [{ nodes: [0] }],
    }),
  );
  // A coloured (untextured) ASCII PLY, as scanners without a camera write: one square.
  writeFileSync(
    at('square.ply'),
    'ply\nformat ascii 1.0\nelement vertex 4\nproperty float x\nproperty float y\nproperty float z\nproperty uchar red\nproperty uchar green\nproperty uchar blue\nelement face 2\nproperty list uchar int vertex_indices\nend_header\n' +
      '0 0 0 200 120 80\n100 0 0 200 120 80\n100 0 300 200 120 80\n0 0 300 200 120 80\n3 0 1 2\n3 0 2 3\n',
  );
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = { id: 'dau-ram-pottery-vase', outDir: out, expectedHeight: 0.253 };

describe('models:import', () => {
  it('turns a Z-up millimetre GLB into two levels in metres, standing on the plinth, names kept', async () => {
    const report = await importScan(at('vase.glb'), { ...options, up: 'z' });
    expect(report.unit).toBe('mm');
    expect(report.size[1]).toBeCloseTo(0.253, 3);
    const io = await scanIO();
    for (const level of report.levels) {
      const document = await io.readBinary(new Uint8Array(readFileSync(level.path)));
      const scene = document.getRoot().getDefaultScene()!;
      const box = getBounds(scene);
      expect(box.min[1]).toBeCloseTo(0, 4);
      expect(box.max[1]).toBeCloseTo(0.253, 3);
      expect((box.min[0] + box.max[0]) / 2).toBeCloseTo(0, 3);
      expect(scene.listChildren()[0]!.getName()).toBe('dau-ram-pottery-vase');
      expect(
        document
          .getRoot()
          .listMeshes()
          .map((m) => m.getName()),
      ).toEqual(['vase-scan']);
      expect(
        document
          .getRoot()
          .listExtensionsUsed()
          .map((e) => e.extensionName),
      ).toEqual(expect.arrayContaining(['EXT_meshopt_compression', 'EXT_texture_webp']));
    }
    expect(report.levels.map((l) => l.path.replace(out, ''))).toEqual([
      '/dau-ram-pottery-vase.light.glb',
      '/dau-ram-pottery-vase.glb',
    ]);
  }, 120_000);

  it('takes the OBJ+MTL twin and an untextured PLY with vertex colours', async () => {
    const obj = await importScan(at('vase.obj'), { ...options, up: 'z' });
    expect(obj.triangles).toBe(20_000);
    expect(obj.size[1]).toBeCloseTo(0.253, 3);
    const ply = await importScan(at('square.ply'), { ...options, id: 'square', up: 'z', unit: 'mm' });
    expect(ply.size).toEqual([0.1, 0.3, 0]);
  }, 120_000);

  it.each([
    ['cut.glb', /cut\.glb: is truncated: its header declares \d+ bytes, the file has \d+\. Export it again/],
    [
      'huge-count.gltf',
      /huge-count\.gltf: fails the Khronos glTF validator .*ACCESSOR_TOO_LONG|huge-count\.gltf: fails the Khronos glTF validator/,
    ],
    ['nan.obj', /nan\.obj: has a vertex whose position is not a number .* at vertex 0\. Repair the mesh/],
    ['grey.obj', /grey\.obj: has no texture and no vertex colours.*Export the scan with its texture/],
    ['lost-texture.obj', /lost-texture\.obj: uses the texture missing\.jpg, which is not beside it\./],
    ['missing.glb', /missing\.glb: cannot be read \(ENOENT\)/],
  ])(
    'refuses %s, saying what is wrong and what to do',
    async (name, message) => {
      await expect(importScan(at(name), options)).rejects.toThrow(message);
    },
    60_000,
  );
});
