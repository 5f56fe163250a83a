import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDocument } from '../../src/content/loader/documents.ts';
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
});
