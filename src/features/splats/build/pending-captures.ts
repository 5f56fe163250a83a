import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { setFrontMatterField } from '../../../content/loader/front-matter.ts';
import type { Catalog } from '../../../content/schemas/catalog.ts';
import { type Splat, splatSchema } from '../../../content/schemas/splat.ts';
import {
  importThroughCache,
  needsImport,
  UploadRefused,
  type UploadedSource,
  uploadedSource,
} from '../../media/build.ts';
import { type CaptureFields, capturePlacement } from './capture-frame.ts';
import { importSplat } from './import-splat.ts';
import { SplatInputError } from './inspect-header.ts';

/** Where the editor saves splat captures: in the repository, never in public/ or dist/. */
export const CAPTURES_FOLDER = 'content/media/splats';

/** The importer, replaceable in tests that only count its runs. */
export type SplatImporter = typeof importSplat;

type Exhibit = Catalog['exhibits'][number];

/**
 * What the levels are made from: the upload's bytes and, when the editor set them, its turn, size and
 * crop. Without them it is the upload's own hash, as recorded before they existed; with them a hash of
 * both, so changing one in the editor imports the capture again (as scanFingerprint does for scans).
 */
export function captureFingerprint(source: UploadedSource, exhibit: CaptureFields): string {
  const placement = capturePlacement(exhibit);
  if (Object.keys(placement).length === 0) return source.sha256;
  const text = `rotate=${placement.rotate ?? ''};scale=${placement.scale ?? ''};crop=${placement.crop ?? ''}`;
  return createHash('sha256').update(`${source.sha256};${text}`).digest('hex');
}

/**
 * What the build does for splat captures uploaded in the editor (`splatCapture: media/splats/…`):
 * imports each one not imported yet, replaced since or placed otherwise (`splat.sourceSha256`, see
 * captureFingerprint), exactly as `npm run splats:import -- --exhibit` would, with the editor's
 * `splatRotate`, `splatScale` and `splatCrop` as its --rotate, --scale and --crop: levels in
 * public/splats/{id}/ and the exhibit's `splat`. With nothing new it only hashes and runs no converter.
 * An import kept in the cache under the same fingerprint (import-cache.ts: a fresh clone of the editor's
 * commit) is copied back instead, with one line to `log`, and not listed as imported.
 * A refused capture stops the build naming the exhibit's file, the field and the reason. Returns the
 * ids imported.
 */
export async function runPendingSplatImports(
  root: string,
  catalog: Catalog,
  importer: SplatImporter = importSplat,
  log: (line: string) => void = () => undefined,
): Promise<string[]> {
  const imported: string[] = [];
  for (const exhibit of catalog.exhibits) {
    if (!exhibit.splatCapture) continue;
    const source = await uploadedSource(root, exhibit.file, 'splatCapture', exhibit.splatCapture);
    const fingerprint = captureFingerprint(source, exhibit);
    if (!needsImport(exhibit.splat?.sourceSha256, { ...source, sha256: fingerprint })) continue;
    const key = { kind: 'splats', fingerprint, id: exhibit.id } as const;
    const { recorded, fresh } = await importThroughCache(
      root,
      key,
      splatSchema,
      exhibit.splatCapture,
      log,
      async () => {
        const splat = { ...(await importCapture(root, exhibit, source.path, importer)), sourceSha256: fingerprint };
        return { recorded: splat, files: levelFiles(splat) };
      },
    );
    if (fresh) imported.push(exhibit.id);
    const file = join(root, exhibit.file);
    writeFileSync(file, setFrontMatterField(readFileSync(file, 'utf8'), 'splat', recorded));
  }
  return imported;
}

/** The files a recorded splat names, relative to the checkout: what the cache keeps of an import. */
const levelFiles = (splat: Splat) =>
  [splat.coarse, splat.phone, splat.desktop].flatMap((level) => (level ? [`public${level.src}`] : []));

/** Runs the importer on one capture into public/splats/{id}/, turning its refusal into the entry's. */
async function importCapture(root: string, exhibit: Exhibit, upload: string, importer: SplatImporter) {
  const folder = `/splats/${exhibit.id}`;
  try {
    const input = { input: upload, outDir: join(root, 'public', folder), publicBase: folder };
    return await importer({ ...input, ...capturePlacement(exhibit) });
  } catch (error) {
    if (!(error instanceof SplatInputError)) throw error;
    // The importer starts its sentences with the file's name; the refusal names the field's value instead.
    const reason = error.message.replace(`${basename(upload)}: `, '');
    throw new UploadRefused(exhibit.file, 'splatCapture', exhibit.splatCapture ?? '', reason);
  }
}
