import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeIO } from '@gltf-transform/core';
import { importScan } from '../../src/features/object-viewer/build/import-scan.ts';
import { SCAN_LIKE_DEFAULTS, scanLikeDocument } from './scan-like-model.ts';

/**
 * The demo exhibits shown with a generated scan-like model (the Museum of Cham Sculpture's, whose
 * stone surfaces are what photogrammetry captures best): made, not committed, as `npm run
 * models:import -- <capture> --exhibit <id> --generated` would make them from a capture. Their front
 * matter says `model: { src: /models/generated/{id}.glb, light: …, origin: generated-scan }`.
 */
export const DEMO_SCANNED = [
  'my-son-e1-altar',
  'my-son-ganesha',
  'my-son-linga-yoni',
  'my-son-shiva',
  'tra-kieu-altar',
  'tra-kieu-apsara',
  'tra-kieu-lion',
  'tra-kieu-makara',
  'dong-duong-altar',
  'dong-duong-dvarapala',
  'dong-duong-tara',
  'thap-mam-dragon',
  'thap-mam-gajasimha',
  'thap-mam-garuda',
  'thap-mam-kala',
] as const;

/** Bump when the generator or the importer changes what they make, so cached files are made again. */
const GENERATOR_VERSION = '1';

/** Where the generated levels are served from (public/models/generated/, ignored by git). */
export function demoScanPaths(id: string): { src: string; light: string } {
  return { src: `/models/generated/${id}.glb`, light: `/models/generated/${id}.light.glb` };
}

const here = dirname(fileURLToPath(import.meta.url));
/** The code the models are made from: a change to any of it makes them again. */
const SOURCES = [
  join(here, 'scan-like-model.ts'),
  join(here, 'stone-texture.ts'),
  join(here, '../demo-models/exhibits/cham-altars-and-gods.ts'),
  join(here, '../demo-models/exhibits/cham-guardian-beasts.ts'),
  join(here, '../demo-models/exhibits/cham-parts.ts'),
  join(here, '../../src/features/object-viewer/build/limits.ts'),
  join(here, '../../src/features/object-viewer/build/levels.ts'),
];

/**
 * Makes the demo's scan-like models in public/models/generated/ unless they are there and were made by
 * the same code: a ".key" file beside each holds its hash. Runs before `astro build`/`astro dev` and
 * `npm run check`, so a fresh clone has them (about 4 s an exhibit on a laptop; nothing once cached).
 */
export async function ensureDemoScans(root: string, log: (line: string) => void = () => {}): Promise<number> {
  const outDir = join(root, 'public', 'models', 'generated');
  mkdirSync(outDir, { recursive: true });
  const key = keyOf();
  const keyFile = (id: string) => join(outDir, `${id}.key`);
  const stale = DEMO_SCANNED.filter((id) => {
    const paths = demoScanPaths(id);
    return !(
      existsSync(join(root, 'public', paths.src)) &&
      existsSync(join(root, 'public', paths.light)) &&
      existsSync(keyFile(id)) &&
      readFileSync(keyFile(id), 'utf8') === key
    );
  });
  if (stale.length === 0) return 0;
  const started = performance.now();
  const io = new NodeIO();
  for (const id of stale) {
    const capture = join(outDir, `${id}.capture.glb`);
    await io.write(capture, await scanLikeDocument(id, SCAN_LIKE_DEFAULTS));
    try {
      await importScan(capture, { id, outDir, up: 'y', unit: 'm' });
    } finally {
      rmSync(capture, { force: true });
    }
    writeFileSync(keyFile(id), key);
  }
  log(`demo scans: made ${stale.length} scan-like model(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return stale.length;
}

function keyOf(): string {
  const hash = createHash('sha256').update(GENERATOR_VERSION).update(JSON.stringify(SCAN_LIKE_DEFAULTS));
  for (const file of SOURCES) hash.update(readFileSync(file));
  return hash.digest('hex');
}
