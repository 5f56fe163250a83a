import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { splatLoadOrder } from '../../src/features/splats/index.ts';
import { startPreview } from './preview.ts';
import { splatBench, writeSparkPeer } from './splats.ts';

const RUNS = Number(process.env.SPLAT_RUNS ?? 3);

/**
 * `npm run bench -- --splats`: the demo splat exhibit in our viewer (coarse level first, then the
 * detail) beside Spark loading the detailed file whole, RUNS cold loads each; writes splats.json.
 */
export async function measureSplats(root: string, distDir: string, outDir: string): Promise<void> {
  const catalog = loadCatalog(root);
  const exhibit = catalog.exhibits.find((e) => e.splat);
  if (!exhibit?.splat) throw new Error('no exhibit has a splat');
  // The desktop viewport: our viewer ends on the desktop level where there is one, else the phone one.
  const levels = splatLoadOrder(exhibit.splat, false);
  const whole = levels[levels.length - 1]!;
  writeSparkPeer(root, distDir, whole.src);
  const preview = await startPreview(root, distDir);
  try {
    const report = await splatBench(
      preview.origin,
      `/en/exhibits/${exhibit.id}/`,
      { whole: whole.src, wholeBytes: whole.bytes, coarseBytes: exhibit.splat.coarse.bytes },
      RUNS,
    );
    writeFileSync(join(outDir, 'splats.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await preview.stop();
  }
}
