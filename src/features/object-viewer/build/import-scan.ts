import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LEVELS } from './limits.ts';
import { writeLevel, type WrittenLevel } from './levels.ts';
import type { Unit } from './placement.ts';
import { prepareScan, type Prepared } from './prepare.ts';
import { readSource, scanIO } from './read-source.ts';
import { formatOf, ImportProblem } from './sniff.ts';

export interface ImportOptions {
  id: string;
  /** Folder the levels go to: public/models in a project. */
  outDir: string;
  unit?: Unit;
  up?: 'y' | 'z';
  expectedHeight?: number;
}

export interface ImportReport extends Prepared {
  file: string;
  levels: Omit<WrittenLevel, 'simplified'>[];
  seconds: number;
}

/** Reads, checks and places one scan, then writes its two levels as `{id}.light.glb` and `{id}.glb`. */
export async function importScan(file: string, options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const format = formatOf(file);
  const document = await readSource(file);
  const prepared = await prepareScan(file, document, {
    id: options.id,
    gltf: format === 'glb' || format === 'gltf',
    up: options.up ?? 'y',
    ...(options.unit ? { unit: options.unit } : {}),
    ...(options.expectedHeight ? { expectedHeight: options.expectedHeight } : {}),
  });
  const io = await scanIO();
  mkdirSync(options.outDir, { recursive: true });
  const levels: WrittenLevel[] = [];
  // The detailed level first, from the source; the first level from the detailed one (a tenth of the
  // work of simplifying 2 million triangles again). Listed first level first.
  let from = document;
  for (const budget of [...LEVELS].sort((a, b) => b.triangles - a.triangles)) {
    try {
      const level = await writeLevel(io, from, budget, join(options.outDir, `${options.id}${budget.suffix}`));
      levels.unshift(level);
      from = level.simplified;
    } catch (error) {
      throw new ImportProblem(
        file,
        `could not be brought within budget: ${(error as Error).message}.`,
        'Reduce the texture to 8K or less and the mesh to 5 million triangles or less, then import again.',
      );
    }
  }
  return {
    file,
    ...prepared,
    levels: levels.map(({ simplified: _, ...level }) => level),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
