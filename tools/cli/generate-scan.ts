/**
 * `npm run models:generate-scan -- <folder> [--triangles 2000000] [--texture 8192] [--name scan]`:
 * writes deterministic scan-like test material into <folder>: {name}.glb (Z-up, millimetres, as
 * capture tools write) and its OBJ+MTL twin with a JPEG texture. Nothing here is a real capture.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { NodeIO } from '@gltf-transform/core';
import { scanDocument, scanMesh, scanObj, scanTexture } from '../model-import/scan-material.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    triangles: { type: 'string', default: '2000000' },
    texture: { type: 'string', default: '8192' },
    height: { type: 'string', default: '253' },
    name: { type: 'string', default: 'scan' },
  },
});
const dir = positionals[0];
if (!dir) {
  console.error(
    'usage: npm run models:generate-scan -- <folder> [--triangles N] [--texture EDGE] [--height MM] [--name NAME]',
  );
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
const mesh = scanMesh({ triangles: Number(values.triangles), texture: 0, height: Number(values.height), zUp: true });
const jpeg = await scanTexture(Number(values.texture));
const name = values.name;
await new NodeIO().write(join(dir, `${name}.glb`), scanDocument(mesh, jpeg, name));
const { obj, mtl } = scanObj(mesh, name, `${name}.mtl`, `${name}.jpg`);
writeFileSync(join(dir, `${name}.obj`), obj);
writeFileSync(join(dir, `${name}.mtl`), mtl);
writeFileSync(join(dir, `${name}.jpg`), jpeg);
console.log(
  `${dir}: ${name}.glb, ${name}.obj + .mtl + .jpg (${mesh.indices.length / 3} triangles, ${values.texture}² texture)`,
);
