/**
 * `npm run models:generate`: builds every exhibit's 3D model from parameters (tools/demo-models), at two
 * levels of detail, optimizes them (dedup, weld, prune, quantize, EXT_meshopt_compression) and writes
 * public/models/{id}.glb and public/models/{id}.light.glb. Records both in the exhibit's front matter
 * as `model: { src, light }` and prints a size report. Exit code 1 when an exhibit has no model, a
 * model disagrees with the exhibit's `dimensions`, or a budget is broken (a light file over 1.5 MB, a
 * gallery's light models over 300k triangles). Output is deterministic: unchanged files are not rewritten.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { setFrontMatterField } from '../../src/content/loader/front-matter.ts';
import { readContentDocument } from '../../src/content/loader/documents.ts';
import { dimensionMismatches, parseDimensions } from '../demo-models/dimensions.ts';
import { type Lod, modelBounds } from '../demo-models/exhibit-model.ts';
import { modelPaths, readExhibitModelSources } from '../demo-models/exhibit-sources.ts';
import { generateModel } from '../demo-models/generate-model.ts';
import { buildExhibitModel, modelBuilders } from '../demo-models/model-builders.ts';
import { modelIO } from '../demo-models/optimize.ts';
import {
  budgetProblems,
  formatSizeReport,
  lightTrianglesByGallery,
  type ModelSizes,
} from '../demo-models/size-report.ts';

const root = process.cwd();
const problems: string[] = [];
const rows: ModelSizes[] = [];
const io = await modelIO();
let written = 0;

for (const exhibit of readExhibitModelSources(root)) {
  // Scans (and generated scan-like material) come from models:import: never overwritten here.
  if (exhibit.origin !== 'procedural') {
    console.log(`${exhibit.id}: ${exhibit.origin} from models:import, left as it is`);
    continue;
  }
  if (!modelBuilders[exhibit.id]) {
    problems.push(`${exhibit.file}: no model builder for "${exhibit.id}" in tools/demo-models/model-builders.ts`);
    continue;
  }
  const paths = modelPaths(exhibit.id);
  const sizes = { detailedBytes: 0, detailedTriangles: 0, lightBytes: 0, lightTriangles: 0 };
  for (const [lod, path] of [
    ['detailed', paths.src],
    ['light', paths.light],
  ] as [Lod, string][]) {
    const measured = modelBounds(buildExhibitModel(exhibit.id, lod).parts, true);
    for (const mismatch of dimensionMismatches(measured, parseDimensions(exhibit.dimensions ?? ''))) {
      problems.push(`${exhibit.file} → dimensions: the ${lod} model's ${mismatch}`);
    }
    const model = await generateModel(exhibit.id, lod, io);
    if (writeIfChanged(join(root, 'public', path), model.bytes)) written++;
    sizes[lod === 'detailed' ? 'detailedBytes' : 'lightBytes'] = model.bytes.byteLength;
    sizes[lod === 'detailed' ? 'detailedTriangles' : 'lightTriangles'] = model.triangles;
  }
  recordInFrontMatter(exhibit.file, paths);
  rows.push({ id: exhibit.id, gallery: exhibit.gallery, ...sizes });
}

console.log(formatSizeReport(rows));
console.log('\nLight triangles per gallery (budget 300,000):');
for (const [gallery, triangles] of lightTrianglesByGallery(rows))
  console.log(`  ${gallery}: ${triangles.toLocaleString('en-US')}`);
const totalBytes = rows.reduce((sum, r) => sum + r.detailedBytes + r.lightBytes, 0);
console.log(
  `\n${rows.length * 2} files, ${totalBytes.toLocaleString('en-US')} bytes; ${written} written, the rest unchanged.`,
);

problems.push(...budgetProblems(rows));
if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}

/** Writes the file only when its bytes differ, so a re-run leaves timestamps and caches alone. */
function writeIfChanged(file: string, bytes: Uint8Array): boolean {
  if (existsSync(file) && Buffer.from(readFileSync(file)).equals(bytes)) return false;
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, bytes);
  return true;
}

function recordInFrontMatter(file: string, paths: { src: string; light: string }): void {
  const read = readContentDocument(join(root, file), file);
  if ('document' in read && isDeepStrictEqual(read.document.data.model, paths)) return;
  const absolute = join(root, file);
  writeFileSync(absolute, setFrontMatterField(readFileSync(absolute, 'utf8'), 'model', paths));
}
