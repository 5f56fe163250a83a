/**
 * `npm exec -- node tools/cli/bench-3d.ts [distDir] [--runs 3] [--skip-walk] [--skip-viewer]`: the 3D
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
import { peerTurnBreakdown, type WalkBreakdownRow, walkBreakdown } from '../bench/walk-breakdown.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    'skip-walk': { type: 'boolean', default: false },
    'skip-viewer': { type: 'boolean', default: false },
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
    const rows: WalkBreakdownRow[] = await walkBreakdown(preview.origin, runs);
    try {
      rows.push(await peerTurnBreakdown(preview.origin, runs));
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
