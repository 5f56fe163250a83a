import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteCopy } from '../../../../test/fixtures/site-copy.ts';
import { splatBounds } from '../../../../tools/splats/splat-bounds.ts';
import { writeGeneratedPly } from '../../../../tools/splats/write-generated-ply.ts';
import { setFrontMatterField } from '../../../content/loader/front-matter.ts';
import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import { converterActions } from './capture-frame.ts';
import { CAPTURES_FOLDER, runPendingSplatImports, type SplatImporter } from './pending-captures.ts';

/*
 * The editor's splatRotate, splatScale and splatCrop beside an uploaded capture: checked by the content
 * check, given to the importer as --rotate, --scale and --crop, and part of the hash that decides
 * whether the next build imports again.
 */
const scratch = mkdtempSync(join(tmpdir(), 'capture-placement-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const id = 'dau-ram-pottery-vase';
const entry = `content/exhibits/${id}.vi.md`;
let site = '';
let uploadSha256 = '';

const mustNotRun: SplatImporter = () => {
  throw new Error('the importer ran');
};
const front = () => readFileSync(join(site, entry), 'utf8');
/** What Decap writes when the expert saves the field (null: the field emptied). */
const setField = (key: string, value: unknown) =>
  writeFileSync(join(site, entry), setFrontMatterField(front(), key, value));
const recordedSha256 = () => /sourceSha256: ([0-9a-f]{64})/.exec(front())?.[1];
const coarse = () => splatBounds(join(site, 'public/splats', id, 'coarse.spz'));

beforeAll(async () => {
  site = siteCopy(process.cwd(), join(scratch, 'site'), ['splats']);
  // The generated jar, 5,000 splats standing on y = 0, 0.37 m tall and 0.43 m wide: one coarse level.
  const ply = join(scratch, 'jar.ply');
  await writeGeneratedPly(ply, { count: 5_000, shDegree: 0 });
  const bytes = readFileSync(ply);
  uploadSha256 = createHash('sha256').update(bytes).digest('hex');
  mkdirSync(join(site, CAPTURES_FOLDER), { recursive: true });
  writeFileSync(join(site, CAPTURES_FOLDER, 'jar.ply'), bytes);
  setField('splatCapture', 'media/splats/jar.ply');
});

describe('an uploaded capture turned, resized and cropped by the editor’s fields', () => {
  it('keeps only the splats inside splatCrop, in the capture’s own axes, and imports nothing more while it stays', async () => {
    setField('splatCrop', { minX: -1, minY: 0.1, minZ: -1, maxX: 1, maxY: 0.2, maxZ: 1 });
    expect(await runPendingSplatImports(site, loadCatalog(site))).toEqual([id]);
    const { count, min, max } = await coarse();
    // A band of the jar a tenth of a metre high: about a quarter of its splats, all inside the box.
    expect(count).toBeGreaterThan(500);
    expect(count).toBeLessThan(2_500);
    expect(min[1]).toBeGreaterThanOrEqual(0.099);
    expect(max[1]).toBeLessThanOrEqual(0.201);
    expect(front()).toMatch(new RegExp(`splats: ${count}$`, 'm'));
    // The recorded hash covers the box, so it is not the upload's own.
    expect(recordedSha256()).not.toBe(uploadSha256);
    expect(await runPendingSplatImports(site, loadCatalog(site), mustNotRun)).toEqual([]);
  }, 120_000);

  it('imports again when the fields change: turned 90° about x and twice the size, the jar lies along z', async () => {
    const before = recordedSha256();
    setField('splatCrop', null);
    setField('splatRotate', { x: 90, y: 0, z: 0 });
    setField('splatScale', 2);
    expect(await runPendingSplatImports(site, loadCatalog(site))).toEqual([id]);
    expect(recordedSha256()).not.toBe(before);
    const { count, min, max } = await coarse();
    expect(count).toBe(5_000);
    // Its height (0.37 m, up y) now runs along z, doubled; its width (0.43 m) along x and y, doubled.
    expect(max[2] - min[2]).toBeCloseTo(0.74, 2);
    expect(min[2]).toBeCloseTo(0, 2);
    expect(max[1] - min[1]).toBeCloseTo(0.86, 1);
    expect(max[0] - min[0]).toBeCloseTo(0.86, 1);
    expect(await runPendingSplatImports(site, loadCatalog(site), mustNotRun)).toEqual([]);
  }, 120_000);

  it('with the fields emptied it records the upload’s own hash again, as before the fields existed', async () => {
    setField('splatRotate', null);
    setField('splatScale', null);
    expect(await runPendingSplatImports(site, loadCatalog(site))).toEqual([id]);
    expect(recordedSha256()).toBe(uploadSha256);
    const { max } = await coarse();
    expect(max[1]).toBeCloseTo(0.37, 2);
  }, 120_000);

  it('stops on a box that keeps nothing, naming the exhibit’s file, the field and what to do', async () => {
    setField('splatCrop', { minX: 5, minY: 5, minZ: 5, maxX: 6, maxY: 6, maxZ: 6 });
    await expect(runPendingSplatImports(site, loadCatalog(site))).rejects.toThrow(
      `${entry} → splatCapture: media/splats/jar.ply: no splat is left inside the crop box. Widen the crop box`,
    );
    setField('splatCrop', null);
  }, 60_000);
});

describe('the content check refuses the fields before anything is imported', () => {
  const refusal = (key: string, value: unknown) => {
    setField(key, value);
    try {
      loadCatalog(site);
      return '';
    } catch (error) {
      return (error as Error).message;
    } finally {
      setField(key, null);
    }
  };

  it('a crop box whose minimum is not below its maximum', () => {
    expect(refusal('splatCrop', { minX: -1, minY: 0.5, minZ: -1, maxX: 1, maxY: 0.2, maxZ: 1 })).toContain(
      `${entry} → splatCrop.maxY: expected maxY above minY (0.5): the box keeps what lies between them, found 0.2`,
    );
  });

  it('a crop box with a corner missing, or not a number', () => {
    const message = refusal('splatCrop', { minX: -1, minY: 0, minZ: -1, maxX: 1, maxY: 'top', maxZ: 1 });
    expect(message).toContain(`${entry} → splatCrop.maxY: expected the box’s largest y (its top) in metres`);
    expect(refusal('splatCrop', { minX: -1, minY: 0, maxX: 1, maxY: 1, maxZ: 1 })).toContain(
      `${entry} → splatCrop.minZ: expected the box’s smallest z in metres, a number such as -0.5, but it is missing`,
    );
  });

  it('a scale of 0 or below, and an infinite one', () => {
    expect(refusal('splatScale', 0)).toContain(`${entry} → splatScale: expected a factor above 0`);
    expect(refusal('splatScale', -2)).toContain(`${entry} → splatScale: expected a factor above 0`);
    expect(refusal('splatScale', Number.POSITIVE_INFINITY)).toContain(`${entry} → splatScale: expected a factor`);
  });

  it('a turn outside -360..360 degrees, or one axis left out', () => {
    expect(refusal('splatRotate', { x: 720, y: 0, z: 0 })).toContain(
      `${entry} → splatRotate.x: expected the turn about x in degrees, from -360 to 360`,
    );
    expect(refusal('splatRotate', { x: 180, y: 0 })).toContain(`${entry} → splatRotate.z:`);
  });
});

describe('converterActions', () => {
  it('maps a box and a turn in the capture’s axes into splat-transform’s frame (x and y negated)', () => {
    expect(converterActions({ rotate: [90, -30, 45], scale: 0.001, crop: [-1, 0, -2, 1, 0.4, 2] })).toEqual([
      '-r',
      '-90,30,45',
      '-s',
      '0.001',
      '-B',
      '-1,-0.4,-2,1,0,2',
    ]);
    expect(converterActions({})).toEqual([]);
  });
});
