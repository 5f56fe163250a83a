import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Splat, SplatLevel } from '../../../content/schemas/splat.ts';
import { converterActions } from './capture-frame.ts';
import { SplatInputError } from './inspect-header.ts';
import { type PlannedLevel, planLevels, type SplatLevelName } from './level-plan.ts';
import { readSplatFacts, scanPlyPositions } from './read-facts.ts';
import { ConverterError, runSplatTransform } from './run-splat-transform.ts';

export interface ImportSplatOptions {
  /** The capture: .ply, .spz, .splat or .sog. */
  input: string;
  /** Where the levels are written (public/splats/{id}), and their address on the site. */
  outDir: string;
  publicBase: string;
  /** Keep only splats inside [minX, minY, minZ, maxX, maxY, maxZ] (metres, after rotation and scaling). */
  crop?: readonly [number, number, number, number, number, number];
  /** Euler angles in degrees, applied first: capture tools often write y down. */
  rotate?: readonly [number, number, number];
  scale?: number;
  generated?: boolean;
  /** Per converter run; a run past it is stopped and reported. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

/**
 * Imports one capture: refuses what cannot be a splat (inspect-header.ts), drops splats at no
 * position, crops, and writes the levels of level-plan.ts as .spz, each decimated by
 * @playcanvas/splat-transform from the level above it. Returns the `splat` field for the content.
 */
export async function importSplat(options: ImportSplatOptions): Promise<Splat> {
  const name = basename(options.input);
  const log = options.log ?? (() => undefined);
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  const facts = await readSplatFacts(options.input).catch((error: unknown) => {
    if (error instanceof SplatInputError) throw error;
    throw new SplatInputError(`${name}: cannot be read (${(error as Error).message}). Check the path`);
  });
  if (facts.format === 'ply') {
    const tally = await scanPlyPositions(options.input, facts);
    if (tally.scanned > 0 && tally.nonFinite === tally.scanned)
      throw new SplatInputError(
        `${name}: no splat has a position (all ${tally.scanned} are NaN or infinite). Export it again from the capture tool`,
      );
    if (tally.nonFinite > 0)
      log(
        `${name}: ${tally.nonFinite} of ${tally.scanned} splats have no position (NaN or infinite, the first is splat ${tally.firstBad}); they are left out. If the object looks incomplete, export it again.`,
      );
  }
  const work = await mkdtemp(join(tmpdir(), 'splats-import-'));
  const convert = async (args: string[]) => {
    try {
      await runSplatTransform(args, timeoutMs);
    } catch (error) {
      if (!(error instanceof ConverterError)) throw error;
      throw new SplatInputError(
        `${name}: ${error.message}. Check that the file opens in the capture tool, and export it again`,
      );
    }
  };
  try {
    // 1. Clean: no unrenderable splats, rotated, scaled and cropped, as a PLY the next steps can count.
    const clean = join(work, 'clean.ply');
    // In the capture's own axes, as the page draws it (capture-frame.ts).
    const actions = ['-N', ...converterActions(options)];
    log(`${name}: ${facts.count?.toLocaleString('en-US') ?? 'reading'} splats (${facts.format})`);
    const nothingLeft = () =>
      new SplatInputError(
        `${name}: no splat is left${options.crop ? ' inside the crop box' : ''}. ${options.crop ? 'Widen the crop box (--crop, or splatCrop in the editor: metres, after turning and resizing)' : 'Export it again from the capture tool'}`,
      );
    // The converter itself refuses to write an empty file ("No Gaussians to write").
    await convert([options.input, ...actions, clean]).catch((error: unknown) => {
      throw error instanceof SplatInputError && /No Gaussians/i.test(error.message) ? nothingLeft() : error;
    });
    const cleanFacts = await readSplatFacts(clean).catch(() => undefined);
    if (!cleanFacts?.count) throw nothingLeft();
    const shDegree = shDegreeOf(cleanFacts.properties ?? []);
    // 2. Levels, largest first, each from the one above it.
    const plys = new Map<PlannedLevel['from'], string>([['input', clean]]);
    await mkdir(options.outDir, { recursive: true });
    const written: Partial<Record<SplatLevelName, SplatLevel>> = {};
    for (const level of planLevels(cleanFacts.count, shDegree)) {
      const source = plys.get(level.from) ?? clean;
      let ply = source;
      if (level.decimate) {
        ply = join(work, `${level.name}.ply`);
        log(`${name}: decimating to ${level.splats.toLocaleString('en-US')} splats (${level.name})`);
        await convert([source, '-d', String(level.splats), ply]);
      }
      plys.set(level.name, ply);
      const file = `${level.name}.spz`;
      // SPZ version 3 (gzipped): Spark 2.2 reads versions 2–3; splat-transform writes 4 by default.
      await convert(['--spz-version', '3', ply, '-H', String(level.shDegree), join(options.outDir, file)]);
      const { size } = await stat(join(options.outDir, file));
      const splats = (await readSplatFacts(join(options.outDir, file))).count ?? level.splats;
      written[level.name] = { src: `${options.publicBase}/${file}`, splats, bytes: size };
    }
    if (!written.coarse) throw new Error('the plan always ends with a coarse level');
    return {
      coarse: written.coarse,
      ...(written.phone ? { phone: written.phone } : {}),
      ...(written.desktop ? { desktop: written.desktop } : {}),
      generated: options.generated ?? false,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function shDegreeOf(properties: readonly string[]): 0 | 1 | 2 | 3 {
  const rest = properties.filter((p) => p.startsWith('f_rest_')).length;
  return rest >= 45 ? 3 : rest >= 24 ? 2 : rest >= 9 ? 1 : 0;
}
