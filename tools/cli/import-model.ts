/**
 * `npm run models:import -- <file> --exhibit <id> [--units mm|cm|m|in] [--up y|z] [--generated]`:
 * takes a scanned mesh (glTF/GLB, OBJ+MTL, PLY), checks it, places it on its plinth and writes its two
 * levels of detail to public/models/{id}.light.glb and {id}.glb, then records them in the exhibit's
 * default-language file as `model: { src, light, origin }`. A refused file prints what is wrong with
 * it and what to do, and exits 1. `--generated` marks test material (the page says it is generated).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFrontMatterField } from '../../src/content/loader/front-matter.ts';
import { readExhibitModelSources } from '../demo-models/exhibit-sources.ts';
import { importScan } from '../../src/features/object-viewer/build/import-scan.ts';
import { recordedHeight, UNIT_METRES, type Unit } from '../../src/features/object-viewer/build/placement.ts';
import { ImportProblem } from '../../src/features/object-viewer/build/sniff.ts';
import { urls } from '../../src/urls.ts';

const usage = 'usage: npm run models:import -- <file> --exhibit <id> [--units mm|cm|m|in] [--up y|z] [--generated]';
const root = process.cwd();

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      exhibit: { type: 'string' },
      units: { type: 'string' },
      up: { type: 'string', default: 'y' },
      generated: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  const id = values.exhibit;
  const unit = values.units as Unit | undefined;
  if (!file || !id || (unit && !(unit in UNIT_METRES)) || (values.up !== 'y' && values.up !== 'z')) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  const exhibit = readExhibitModelSources(root).find((e) => e.id === id);
  if (!exhibit)
    throw new ImportProblem(
      `content/exhibits/${id}.*.md`,
      `there is no exhibit "${id}".`,
      'Create the exhibit first, or check the id.',
    );
  const expectedHeight = recordedHeight(exhibit.dimensions);
  const report = await importScan(file, {
    id,
    outDir: join(root, 'public', 'models'),
    up: values.up,
    ...(unit ? { unit } : {}),
    ...(expectedHeight ? { expectedHeight } : {}),
  });
  const paths = urls.model(id);
  const path = join(root, exhibit.file);
  const model = { src: paths.src, light: paths.light, origin: values.generated ? 'generated-scan' : 'scan' };
  writeFileSync(path, setFrontMatterField(readFileSync(path, 'utf8'), 'model', model));
  console.log(
    `${file}: ${report.triangles} triangles, unit ${report.unit}, ${report.size.join(' × ')} m after placing`,
  );
  for (const level of report.levels)
    console.log(
      `  ${level.level}: ${level.path} — ${level.triangles} triangles, ${(level.bytes / 1024).toFixed(0)} KB`,
    );
  console.log(`  ${exhibit.file}: model updated (${report.seconds} s)`);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ImportProblem ? error.message : `models:import failed: ${(error as Error).stack ?? error}`,
  );
  process.exitCode = 1;
});
