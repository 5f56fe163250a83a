import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFrontMatterField } from '../../../content/loader/front-matter.ts';
import type { Catalog } from '../../../content/schemas/catalog.ts';
import { urls } from '../../../urls.ts';
import { needsImport, UploadRefused, uploadedSource } from '../../media/build.ts';
import { importScan } from './import-scan.ts';
import { recordedHeight } from './placement.ts';
import { ImportProblem } from './sniff.ts';

/** Where the editor saves scanned meshes: in the repository, never in public/ or dist/. */
export const SCANS_FOLDER = 'content/media/scans';

/** The importer, replaceable in tests that only count its runs. */
export type ScanImporter = typeof importScan;

/**
 * What the build does for scans uploaded in the editor (`scan: media/scans/…`): imports each one whose
 * levels are missing or were made from other bytes (`model.sourceSha256` remembers the upload's hash),
 * exactly as `npm run models:import` would: public/models/{id}.light.glb and {id}.glb, and the exhibit's
 * `model`. With nothing new it only hashes. A file the importer refuses stops the build naming the
 * exhibit's file, the field and the reason. Returns the ids imported.
 */
export async function runPendingScanImports(
  root: string,
  catalog: Catalog,
  importer: ScanImporter = importScan,
): Promise<string[]> {
  const imported: string[] = [];
  for (const exhibit of catalog.exhibits) {
    if (!exhibit.scan) continue;
    const source = await uploadedSource(root, exhibit.file, 'scan', exhibit.scan);
    if (!needsImport(exhibit.model?.sourceSha256, source)) continue;
    const expectedHeight = recordedHeight(exhibit.dimensions);
    try {
      await importer(source.path, {
        id: exhibit.id,
        outDir: join(root, 'public', 'models'),
        ...(expectedHeight ? { expectedHeight } : {}),
      });
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      throw new UploadRefused(exhibit.file, 'scan', exhibit.scan, `${error.problem} ${error.todo}`);
    }
    const paths = urls.model(exhibit.id);
    const model = { src: paths.src, light: paths.light, origin: 'scan', sourceSha256: source.sha256 };
    const file = join(root, exhibit.file);
    writeFileSync(file, setFrontMatterField(readFileSync(file, 'utf8'), 'model', model));
    imported.push(exhibit.id);
  }
  return imported;
}
