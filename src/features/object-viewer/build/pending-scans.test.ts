import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBounds } from '@gltf-transform/functions';
import { zipSync } from 'fflate';
import { scanDocument, scanMesh, scanObj, scanTexture } from '../../../../tools/model-import/scan-material.ts';
import { siteCopy } from '../../../../test/fixtures/site-copy.ts';
import { setFrontMatterField } from '../../../content/loader/front-matter.ts';
import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import { UploadRefused } from '../../media/build.ts';
import { runPendingScanImports, SCANS_FOLDER, type ScanImporter } from './pending-scans.ts';
import { scanIO } from './read-source.ts';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'pending-scans-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const id = 'dau-ram-pottery-vase';
const entry = `content/exhibits/${id}.vi.md`;
let site = '';
let glb: Uint8Array = new Uint8Array();
let objZip: Uint8Array = new Uint8Array();

/** An importer that must not run: the build had nothing to do. */
const mustNotRun: ScanImporter = () => {
  throw new Error('the importer ran');
};
const upload = (name: string, bytes: Uint8Array) => {
  mkdirSync(join(site, SCANS_FOLDER), { recursive: true });
  writeFileSync(join(site, SCANS_FOLDER, name), bytes);
  // What Decap writes when the expert saves: the field naming the upload, nothing else.
  const file = join(site, entry);
  writeFileSync(file, setFrontMatterField(readFileSync(file, 'utf8'), 'scan', `media/scans/${name}`));
};
const front = () => readFileSync(join(site, entry), 'utf8');
/** Sets (or, with undefined, removes) a field the editor saves beside the upload. */
const setField = (field: string, value: string | undefined) =>
  writeFileSync(
    join(site, entry),
    value === undefined
      ? front().replace(new RegExp(`^${field}: .*\n`, 'm'), '')
      : setFrontMatterField(front(), field, value),
  );

beforeAll(async () => {
  site = siteCopy(root, join(scratch, 'site'), ['models']);
  // A small scan-like vase in millimetres, textured: a few thousand triangles, made here, never committed.
  const io = await scanIO();
  glb = await io.writeBinary(
    scanDocument(scanMesh({ triangles: 3_000, texture: 0, height: 253 }), await scanTexture(256), 'vase'),
  );
  // Its OBJ twin, Z up as many scanners write it, zipped in a folder with its MTL and texture.
  const { obj, mtl } = scanObj(
    scanMesh({ triangles: 3_000, texture: 0, height: 253, zUp: true }),
    'vase',
    'vase.mtl',
    'tex/vase.jpg',
  );
  const enc = (t: string) => new TextEncoder().encode(t);
  objZip = zipSync({
    'vase/vase.obj': enc(obj),
    'vase/vase.mtl': enc(mtl),
    'vase/tex/vase.jpg': await scanTexture(256),
  });
}, 120_000);

describe('the build step for scans uploaded in the editor', () => {
  it('does nothing on the checkout as it is: no exhibit names an upload', async () => {
    expect(await runPendingScanImports(root, loadCatalog(root), mustNotRun)).toEqual([]);
  });

  it('imports a new upload into both levels and the exhibit’s model, then does nothing while its bytes stay the same', async () => {
    const before = statSync(join(site, 'public/models', `${id}.glb`)).size;
    upload('vase.glb', glb);
    expect(await runPendingScanImports(site, loadCatalog(site))).toEqual([id]);
    const sha256 = createHash('sha256').update(glb).digest('hex');
    expect(front()).toMatch(`sourceSha256: ${sha256}`);
    expect(front()).toMatch(/origin: scan\n/);
    expect(front()).toMatch('scan: media/scans/vase.glb');
    expect(statSync(join(site, 'public/models', `${id}.glb`)).size).not.toBe(before);
    expect(statSync(join(site, 'public/models', `${id}.light.glb`)).size).toBeGreaterThan(0);
    // The content check accepts what it wrote; the next build only hashes.
    expect(await runPendingScanImports(site, loadCatalog(site), mustNotRun)).toEqual([]);
  }, 120_000);

  it('imports again when the upload is replaced by other bytes', async () => {
    const runs: string[] = [];
    const counting: ScanImporter = async (file, options) => {
      runs.push(file);
      writeFileSync(join(options.outDir, `${options.id}.glb`), 'x');
      writeFileSync(join(options.outDir, `${options.id}.light.glb`), 'x');
      return {} as Awaited<ReturnType<ScanImporter>>;
    };
    upload('vase.glb', new Uint8Array([...glb, 0, 0, 0, 0]));
    expect(await runPendingScanImports(site, loadCatalog(site), counting)).toEqual([id]);
    expect(runs).toEqual([join(site, SCANS_FOLDER, 'vase.glb')]);
    expect(await runPendingScanImports(site, loadCatalog(site), mustNotRun)).toEqual([]);
  });

  it('stops on a file the importer refuses, naming the exhibit’s file, the field and the reason', async () => {
    upload('cut.glb', glb.subarray(0, Math.floor(glb.length / 2)));
    const refusal = await runPendingScanImports(site, loadCatalog(site)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UploadRefused);
    expect((refusal as Error).message).toMatch(`${entry} → scan: media/scans/cut.glb: is truncated`);
  });

  it('imports an OBJ zipped with its MTL and texture as models:import would, with the unit and up axis set in the editor', async () => {
    upload('vase.zip', objZip);
    setField('scanUnits', 'mm');
    setField('scanUp', 'z');
    expect(await runPendingScanImports(site, loadCatalog(site))).toEqual([id]);
    expect(front()).toMatch(/origin: scan\n/);
    // Stood up (Z up turned to Y up), millimetres made metres: the vase's 25.3 cm, on its plinth.
    const io = await scanIO();
    const scene = (await io.read(join(site, 'public/models', `${id}.glb`))).getRoot().getDefaultScene();
    const { min, max } = getBounds(scene!);
    expect(max[1] - min[1]).toBeCloseTo(0.253, 2);
    expect(min[1]).toBeCloseTo(0, 3);
    expect(await runPendingScanImports(site, loadCatalog(site), mustNotRun)).toEqual([]);
  }, 120_000);

  it('imports again when the unit or up axis is changed in the editor, passing them as --units and --up would', async () => {
    const runs: { unit?: string; up?: string }[] = [];
    const counting: ScanImporter = async (_file, options) => {
      runs.push({ unit: options.unit, up: options.up });
      return {} as Awaited<ReturnType<ScanImporter>>;
    };
    setField('scanUnits', 'cm');
    expect(await runPendingScanImports(site, loadCatalog(site), counting)).toEqual([id]);
    setField('scanUp', undefined);
    expect(await runPendingScanImports(site, loadCatalog(site), counting)).toEqual([id]);
    expect(await runPendingScanImports(site, loadCatalog(site), mustNotRun)).toEqual([]);
    expect(runs).toEqual([
      { unit: 'cm', up: 'z' },
      { unit: 'cm', up: undefined },
    ]);
    setField('scanUnits', undefined);
  });

  it('refuses a zip whose OBJ names a material file it does not hold, naming the exhibit’s file, the field and the file expected', async () => {
    upload('no-mtl.zip', zipSync({ 'vase.obj': new TextEncoder().encode('mtllib vase.mtl\nv 0 0 0\n') }));
    const refusal = await runPendingScanImports(site, loadCatalog(site), mustNotRun).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UploadRefused);
    expect((refusal as Error).message).toBe(
      `${entry} → scan: media/scans/no-mtl.zip: holds vase.obj, which names the material file vase.mtl, but the zip has no vase.mtl beside it. Put vase.mtl in the zip where vase.obj expects it, and upload the zip again.`,
    );
  });

  it('refuses, in the content check, an unknown unit or up axis', () => {
    setField('scanUnits', 'ft');
    expect(() => loadCatalog(site)).toThrow(/scanUnits: expected "mm", "cm", "m" or "in"/);
    setField('scanUnits', undefined);
    setField('scanUp', 'x');
    expect(() => loadCatalog(site)).toThrow(/scanUp: expected "y" or "z"/);
    setField('scanUp', undefined);
  });

  it('refuses, in the content check, an entry naming an upload that is not there', () => {
    const file = join(site, entry);
    writeFileSync(file, setFrontMatterField(front(), 'scan', 'media/scans/never-uploaded.ply'));
    expect(() => loadCatalog(site)).toThrow(
      `${entry} → scan: the uploaded file content/media/scans/never-uploaded.ply, which does not exist: upload it again`,
    );
  });
});
