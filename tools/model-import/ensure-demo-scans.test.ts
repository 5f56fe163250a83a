import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDocument } from '../../src/content/loader/documents.ts';
import { countTriangles } from '../../src/features/object-viewer/build/prepare.ts';
import { LEVELS } from '../../src/features/object-viewer/build/limits.ts';
import { readExhibitModelSources } from '../demo-models/exhibit-sources.ts';
import { scanIO } from '../../src/features/object-viewer/build/read-source.ts';
import { GALLERY_LIGHT_MAX_TRIANGLES } from '../demo-models/size-report.ts';
import { DEMO_SCANNED, demoScanPaths } from './ensure-demo-scans.ts';

const root = process.cwd();

/** Each exhibit's `model` as its default-language file records it. */
function recordedModels(): Map<string, { src?: string; light?: string; origin?: string }> {
  const dir = join(root, 'content/exhibits');
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.vi.md'))
      .map((name) => {
        const read = readContentDocument(join(dir, name), `content/exhibits/${name}`);
        const model = 'document' in read ? read.document.data.model : undefined;
        return [name.slice(0, -'.vi.md'.length), (model ?? {}) as { src?: string; light?: string; origin?: string }];
      }),
  );
}

describe('the demo’s generated scans', () => {
  it('are exactly the exhibits whose content points at them, each labelled as generated', () => {
    const models = recordedModels();
    const pointing = [...models].filter(([, m]) => m.src?.startsWith('/models/generated/')).map(([id]) => id);
    expect(pointing.sort()).toEqual([...DEMO_SCANNED].sort());
    for (const id of DEMO_SCANNED)
      expect(models.get(id), id).toEqual({ ...demoScanPaths(id), origin: 'generated-scan' });
  });

  it('cover the Cham museum’s national treasures named in the brief', () => {
    expect(DEMO_SCANNED).toEqual(expect.arrayContaining(['tra-kieu-altar', 'my-son-e1-altar', 'dong-duong-tara']));
  });

  // The files are made by npm run check / build (ensure-demo-scans.ts), which run before the unit tests.
  it('keep each level within its budget, and each gallery’s first levels within the walk’s 300k triangles', async () => {
    const io = await scanIO();
    const galleries = new Map<string, number>();
    const sources = readExhibitModelSources(process.cwd());
    for (const id of DEMO_SCANNED) {
      for (const [level, path] of [
        [LEVELS.find((l) => l.name === 'first')!, demoScanPaths(id).light],
        [LEVELS.find((l) => l.name === 'detailed')!, demoScanPaths(id).src],
      ] as const) {
        const bytes = new Uint8Array(readFileSync(join(root, 'public', path)));
        expect(bytes.byteLength, path).toBeLessThanOrEqual(level.bytes);
        const triangles = countTriangles(await io.readBinary(bytes));
        expect(triangles, path).toBeLessThanOrEqual(level.triangles);
        if (level.name === 'first') {
          const gallery = sources.find((e) => e.id === id)!.gallery;
          galleries.set(gallery, (galleries.get(gallery) ?? 0) + triangles);
        }
      }
    }
    for (const [gallery, triangles] of galleries)
      expect(triangles, gallery).toBeLessThanOrEqual(GALLERY_LIGHT_MAX_TRIANGLES);
  });
});
