import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importScan } from './import-scan.ts';
import { LEVELS } from './limits.ts';
import { scanIO } from './read-source.ts';
import { scanDocument, scanMesh, scanObj, scanTexture } from '../../../../tools/model-import/scan-material.ts';

// What capture tools hand over: 2 million triangles, an 8K photo texture, Z up, millimetres. Made
// here (deterministically, about 100 MB on disk while the test runs), never committed.
const dir = mkdtempSync(join(tmpdir(), 'scan-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a 2M-triangle scan with an 8K texture', () => {
  it('comes out as a first level and a detailed level within their budgets, from GLB and from OBJ+MTL', async () => {
    const mesh = scanMesh({ triangles: 2_000_000, texture: 0, height: 253, zUp: true });
    const jpeg = await scanTexture(8192);
    const io = await scanIO();
    writeFileSync(join(dir, 'scan.glb'), await io.writeBinary(scanDocument(mesh, jpeg, 'vase-scan')));
    const { obj, mtl } = scanObj(mesh, 'vase-scan', 'scan.mtl', 'scan.jpg');
    writeFileSync(join(dir, 'scan.obj'), obj);
    writeFileSync(join(dir, 'scan.mtl'), mtl);
    writeFileSync(join(dir, 'scan.jpg'), jpeg);
    expect(mesh.indices.length / 3).toBeGreaterThanOrEqual(1_990_000);

    for (const source of ['scan.glb', 'scan.obj']) {
      const report = await importScan(join(dir, source), {
        id: 'vase',
        outDir: join(dir, `out-${source}`),
        up: 'z',
        expectedHeight: 0.253,
      });
      expect(report.size[1]).toBeCloseTo(0.253, 3);
      for (const [i, level] of report.levels.entries()) {
        const budget = LEVELS[i]!;
        expect(level.triangles).toBeLessThanOrEqual(budget.triangles);
        // Simplified, not emptied: at least a fifth of what the budget allows.
        expect(level.triangles).toBeGreaterThan(budget.triangles / 5);
        expect(statSync(level.path).size).toBeLessThanOrEqual(budget.bytes);
      }
      console.log(
        `${source}: ${report.seconds} s, ${report.levels.map((l) => `${l.level} ${l.triangles} tris ${l.bytes} B`).join(', ')}`,
      );
    }
  }, 900_000);
});
