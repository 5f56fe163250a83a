import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SPLAT_TRANSFORM_CLI } from '../../src/features/splats/build/run-splat-transform.ts';

export interface SplatBounds {
  count: number;
  /** Smallest and largest x, y, z of the splats' centres, in the file's own axes (as the site draws it). */
  min: [number, number, number];
  max: [number, number, number];
}

/**
 * The count and bounding box of a splat file (.ply, .spz, …), read by splat-transform's `--stats`, for
 * tests that check what an import turned, resized or cropped. Its statistics are of the file's columns
 * as written, not of the frame its actions work in (see capture-frame.ts).
 */
export async function splatBounds(path: string): Promise<SplatBounds> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [SPLAT_TRANSFORM_CLI, '-q', '-g', 'cpu', path, '--stats', 'json', 'null'],
    { maxBuffer: 16 << 20 },
  );
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
    numGaussians: number;
    stats: { columns: string[]; data: { min: number[]; max: number[] } }[];
  };
  const stats = report.stats[0];
  if (!stats) throw new Error(`${path}: splat-transform gave no statistics`);
  const at = (values: number[]) =>
    ['x', 'y', 'z'].map((c) => values[stats.columns.indexOf(c)] as number) as [number, number, number];
  return { count: report.numGaussians, min: at(stats.data.min), max: at(stats.data.max) };
}
