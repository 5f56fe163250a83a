import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { setFrontMatterField } from '../../../content/loader/front-matter.ts';
import type { Catalog } from '../../../content/schemas/catalog.ts';
import { publicPathSchema, sha256Schema } from '../../../content/schemas/common.ts';
import { urls } from '../../../urls.ts';
import {
  importThroughCache,
  needsImport,
  UploadRefused,
  type UploadedSource,
  uploadedSource,
} from '../../media/build.ts';
import { importScan } from './import-scan.ts';
import { recordedHeight } from './placement.ts';
import { ImportProblem } from './sniff.ts';
import { unpackScanZip } from './unpack-scan-zip.ts';

/** Where the editor saves scanned meshes: in the repository, never in public/ or dist/. */
export const SCANS_FOLDER = 'content/media/scans';

/** The importer, replaceable in tests that only count its runs. */
export type ScanImporter = typeof importScan;

type Exhibit = Catalog['exhibits'][number];

/**
 * What the levels are made from: the upload's bytes and, when the editor set them, its unit and up
 * axis (as `--units` and `--up`). Without them it is the upload's own hash, as recorded before they
 * existed; with them, a hash of both, so changing the unit in the editor imports the scan again.
 */
export function scanFingerprint(source: UploadedSource, exhibit: Pick<Exhibit, 'scanUnits' | 'scanUp'>): string {
  if (!exhibit.scanUnits && !exhibit.scanUp) return source.sha256;
  const placement = `units=${exhibit.scanUnits ?? ''};up=${exhibit.scanUp ?? ''}`;
  return createHash('sha256').update(`${source.sha256};${placement}`).digest('hex');
}

/**
 * What the build does for scans uploaded in the editor (`scan: media/scans/…`): imports each one whose
 * levels are missing or were made from other bytes or placement (`model.sourceSha256`, see
 * scanFingerprint), exactly as `npm run models:import` would, with the editor's `scanUnits` and
 * `scanUp` as its --units and --up: public/models/{id}.light.glb and {id}.glb, and the exhibit's
 * `model`. A .zip (an OBJ with its MTL and textures, a glTF with its files) is unpacked safely into a
 * scratch folder first (unpack-scan-zip.ts). With nothing new it only hashes. An import kept in the
 * cache under the same fingerprint (import-cache.ts: a fresh clone of the editor's commit) is copied
 * back instead, with one line to `log`, and not listed as imported. A file the importer
 * refuses stops the build naming the exhibit's file, the field and the reason. Returns the ids imported.
 */
export async function runPendingScanImports(
  root: string,
  catalog: Catalog,
  importer: ScanImporter = importScan,
  log: (line: string) => void = () => undefined,
): Promise<string[]> {
  const imported: string[] = [];
  for (const exhibit of catalog.exhibits) {
    if (!exhibit.scan) continue;
    const source = await uploadedSource(root, exhibit.file, 'scan', exhibit.scan);
    const fingerprint = scanFingerprint(source, exhibit);
    if (!needsImport(exhibit.model?.sourceSha256, { ...source, sha256: fingerprint })) continue;
    const key = { kind: 'scans', fingerprint, id: exhibit.id } as const;
    const paths = urls.model(exhibit.id);
    const { recorded: model, fresh } = await importThroughCache(
      root,
      key,
      recordedModelSchema,
      exhibit.scan,
      log,
      async () => {
        await importUpload(exhibit, source.path, join(root, 'public', 'models'), importer);
        const recorded = { src: paths.src, light: paths.light, origin: 'scan' as const, sourceSha256: fingerprint };
        return { recorded, files: [`public${paths.src}`, `public${paths.light}`] };
      },
    );
    if (fresh) imported.push(exhibit.id);
    const file = join(root, exhibit.file);
    writeFileSync(file, setFrontMatterField(readFileSync(file, 'utf8'), 'model', model));
  }
  return imported;
}

/** The model an import records, as the cache gives it back: checked, since the cache may be restored by CI. */
const recordedModelSchema = z.strictObject({
  src: publicPathSchema,
  light: publicPathSchema,
  origin: z.literal('scan'),
  sourceSha256: sha256Schema,
});

/** Runs the importer on one upload (a zip unpacked first), turning its refusal into the entry's. */
async function importUpload(exhibit: Exhibit, upload: string, outDir: string, importer: ScanImporter): Promise<void> {
  const expectedHeight = recordedHeight(exhibit.dimensions);
  const scratch = /\.zip$/i.test(upload) ? mkdtempSync(join(tmpdir(), 'scan-zip-')) : undefined;
  try {
    const mesh = scratch ? await unpackScanZip(upload, scratch) : upload;
    await importer(mesh, {
      id: exhibit.id,
      outDir,
      ...(exhibit.scanUnits ? { unit: exhibit.scanUnits } : {}),
      ...(exhibit.scanUp ? { up: exhibit.scanUp } : {}),
      ...(expectedHeight ? { expectedHeight } : {}),
    });
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    throw new UploadRefused(exhibit.file, 'scan', exhibit.scan ?? '', `${error.problem} ${error.todo}`);
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
