/**
 * `npm exec -- node tools/cli/bench-3d.ts [distDir] [--runs 3] [--skip-walk] [--skip-viewer] [--variants a,b] [--skip-peer]`: the 3D
 * parts of `npm run bench` against a site already built (default dist/), without rebuilding it: where
 * a walking frame goes beside model-viewer turning, and the object viewer beside model-viewer.
 * Prints Markdown tables as each part ends.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { objectViewerBench, writeObjectViewerPeers } from '../bench/object-viewer.ts';
import { startPreview } from '../bench/preview.ts';
import { objectViewerSection, walkBreakdownSection } from '../bench/report-viewer-markdown.ts';
import { writeModelViewerPeer } from '../bench/tour.ts';
import { peerTurnBreakdown, WALK_VARIANTS, type WalkBreakdownRow, walkBreakdown } from '../bench/walk-breakdown.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    'skip-walk': { type: 'boolean', default: false },
    'skip-viewer': { type: 'boolean', default: false },
    // Only these walk variants (names from WALK_VARIANTS, comma-separated), e.g. "as shipped,without the splat".
    variants: { type: 'string' },
    'skip-peer': { type: 'boolean', default: false },
  },
});
const root = join(import.meta.dirname, '..', '..');
const distDir = positionals[0] ?? join(root, 'dist');
const runs = Number(values.runs);
writeModelViewerPeer(root, distDir);
if (!values['skip-viewer']) await writeObjectViewerPeers(join(root, 'bench', 'out'), distDir);
const preview = await startPreview(root, distDir);
try {
  if (!values['skip-walk']) {
    const wanted = values.variants?.split(',').map((name) => name.trim());
    const variants = wanted ? WALK_VARIANTS.filter((v) => wanted.includes(v.name)) : WALK_VARIANTS;
    if (wanted && variants.length !== wanted.length)
      throw new Error(
        `unknown walk variant in "${values.variants}"; known: ${WALK_VARIANTS.map((v) => v.name).join(', ')}`,
      );
    const rows: WalkBreakdownRow[] = await walkBreakdown(preview.origin, runs, variants);
    try {
      if (!values['skip-peer']) rows.push(await peerTurnBreakdown(preview.origin, runs));
    } catch (error) {
      console.log(`model-viewer turning: not measured (${(error as Error).message})`);
    }
    console.log(walkBreakdownSection(rows).join('\n'));
  }
  if (!values['skip-viewer'])
    console.log(objectViewerSection(await objectViewerBench(preview.origin, distDir, runs)).join('\n'));
} finally {
  await preview.stop();
}
